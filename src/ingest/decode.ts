/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK are recognised;
 * binary files (documents, images, archives) are refused with a reason, never guessed at.
 */
import type { BinaryFormat } from "../model/problem";
import type { FailureReason } from "./types";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: FailureReason; message: string; format?: BinaryFormat };

const MAGIC: readonly { bytes: readonly number[]; kind: string; format: BinaryFormat }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: "a PDF document", format: "pdf" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "a ZIP archive or Office document", format: "zip" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: "an old Office document", format: "office" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: "a PNG image", format: "png" },
  { bytes: [0xff, 0xd8, 0xff], kind: "a JPEG image", format: "jpeg" },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "a GIF image", format: "gif" },
  { bytes: [0x1f, 0x8b], kind: "a gzip archive", format: "gzip" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: "an RTF document", format: "rtf" },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are control characters other than tab and line breaks. */
function controlShare(text: string): number {
  const sample = text.slice(0, 20000);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 11) ||
      code === 0x7f ||
      code === 0xfffd
    )
      controls++;
  }
  return sample.length ? controls / sample.length : 0;
}

export function tooLargeMessage(name: string, size: number): string {
  return `${name} is ${(size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not imported. Split it into smaller files.`;
}

export function decodeBytes(bytes: Uint8Array, name = "The file"): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: "too-large", message: tooLargeMessage(name, bytes.length) };
  const binary = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (binary)
    return {
      ok: false,
      reason: "binary",
      format: binary.format,
      message: `${name} is ${binary.kind}, not text. Save it as .txt, .md or .html and try again.`,
    };

  let text: string | null = null;
  let encoding = "";
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) [text, encoding] = [decode(bytes.subarray(3), "utf-8"), "utf-8"];
  else if (startsWith(bytes, [0xff, 0xfe])) [text, encoding] = [decode(bytes.subarray(2), "utf-16le"), "utf-16le"];
  else if (startsWith(bytes, [0xfe, 0xff])) [text, encoding] = [decode(bytes.subarray(2), "utf-16be"), "utf-16be"];
  else {
    if (bytes.subarray(0, 8192).includes(0))
      return {
        ok: false,
        reason: "binary",
        format: "unknown",
        message: `${name} is a binary file, not text. Save it as .txt, .md or .html and try again.`,
      };
    text = decode(bytes, "utf-8");
    encoding = "utf-8";
    if (text === null) [text, encoding] = [decode(bytes, "gb18030"), "gb18030"];
  }
  if (text === null)
    return {
      ok: false,
      reason: "undecodable",
      message: `${name} could not be read as UTF-8, UTF-16 or GB18030 (GBK) text. Save it as UTF-8 and try again.`,
    };
  if (controlShare(text) > 0.05)
    return {
      ok: false,
      reason: "binary",
      format: "unknown",
      message: `${name} is a binary file, not text. Save it as .txt, .md or .html and try again.`,
    };
  if (!text.trim()) return { ok: false, reason: "empty", message: `${name} is empty: there is no text to import.` };
  return { ok: true, text, encoding };
}
