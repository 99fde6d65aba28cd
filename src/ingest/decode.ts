/**
 * Bytes → text. UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the text shows
 * its byte order), GB18030/GBK and Big5 are recognised, and Word documents (.docx) are read;
 * Shift-JIS is refused as Japanese, and other binary files (PDF, images, archives) are refused with a
 * reason, never guessed at. Chinese once read as Latin-1 and saved so is read again from its bytes
 * (mojibake.ts).
 */
import type { BinaryFormat } from "../model/problem";
import { docxText } from "./docx";
import { looksLikeMojibake, repairMojibake, type ReadAgain } from "./mojibake";
import type { FailureReason } from "./types";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | {
      ok: false;
      reason: FailureReason;
      message: string;
      format?: BinaryFormat;
      japanese?: true;
      word?: true;
      /** Why a PDF's text could not be read (decode-file.ts). */
      pdf?: "no-text" | "damaged";
    };

const MAGIC: readonly { bytes: readonly number[]; kind: string; format: BinaryFormat }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: "a PDF document", format: "pdf" },
  // A Word document (.docx) is a ZIP archive too, and is read (docx.ts).
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    kind: "a ZIP archive or an Office document other than Word (.docx)",
    format: "zip",
  },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: "an old Office document", format: "office" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: "a PNG image", format: "png" },
  { bytes: [0xff, 0xd8, 0xff], kind: "a JPEG image", format: "jpeg" },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "a GIF image", format: "gif" },
  { bytes: [0x1f, 0x8b], kind: "a gzip archive", format: "gzip" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: "an RTF document", format: "rtf" },
];

/** The kind of binary file the bytes open as, by their first bytes; undefined for text. */
function binaryKind(bytes: Uint8Array): (typeof MAGIC)[number] | undefined {
  return MAGIC.find((m) => startsWith(bytes, m.bytes));
}

export function binaryFormatOf(bytes: Uint8Array): BinaryFormat | null {
  return binaryKind(bytes)?.format ?? null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** One decoder per encoding, made on first use: a decoder keeps no state between whole decodes. */
const decoders = new Map<string, TextDecoder>();

function decode(bytes: Uint8Array, encoding: string): string | null {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, (decoder = new TextDecoder(encoding, { fatal: true })));
  try {
    return decoder.decode(bytes);
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

/**
 * What the double-byte pairs of a legacy CJK file say, counted in one pass. GBK (GB18030's two-byte
 * part) and Big5 share the frame, a lead byte 0x81–0xFE and one trail byte, but not how text fills it:
 * - Big5 puts about 40% of its characters, and the punctuation "，。、：「」", on trail bytes 0x40–0x7E
 *   (`big5Trail`); simplified text in GBK sits in GB2312, both bytes 0xA1–0xFE, and reaches those
 *   trails only for rare characters.
 * - Big5 orders characters by frequency: leads 0xC9–0xF9 hold its rare ones (`rare`), under 2% of
 *   a real text; GB2312 orders by pinyin, and a third or more of GBK text has those leads.
 * - GBK alone has leads 0x81–0x86, trails 0x80–0xA0 and GB18030's four-byte form, a digit second
 *   (`gbkOnly`). Leads 0x87–0xA0 and 0xFA–0xFE are GBK or Hong Kong Big5 and count for neither.
 * - Shift-JIS writes hiragana as 0x82 0x9F–0xF1 and katakana as 0x83 0x40–0x96, rare characters in
 *   GBK and absent from Big5; Japanese prose is largely kana.
 * Counting bytes rather than decoding with each candidate and scoring the text keeps this one linear
 * loop, without tables of which characters are common.
 */
interface PairCounts {
  pairs: number;
  big5Trail: number;
  rare: number;
  gbkOnly: number;
  kana: number;
}

function countPairs(bytes: Uint8Array): PairCounts {
  const counts: PairCounts = { pairs: 0, big5Trail: 0, rare: 0, gbkOnly: 0, kana: 0 };
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead > 0xfe) continue;
    const trail = bytes[i + 1]!;
    counts.pairs++;
    if ((lead === 0x82 && trail >= 0x9f && trail <= 0xf1) || (lead === 0x83 && trail >= 0x40 && trail <= 0x96))
      counts.kana++;
    if (trail >= 0x30 && trail <= 0x39) {
      counts.gbkOnly++;
      i += 3;
      continue;
    }
    if (lead <= 0x86 || (trail >= 0x80 && trail <= 0xa0)) counts.gbkOnly++;
    else if (lead >= 0xa1 && lead <= 0xf9 && trail <= 0x7e) counts.big5Trail++;
    if (lead >= 0xc9 && lead <= 0xf9) counts.rare++;
    i++;
  }
  return counts;
}

/**
 * Shift-JIS when at least a fifth of the pairs are kana. Big5 when Big5 trails are at least 3 and a
 * tenth of the pairs, rare leads at most an eighth and GBK-only pairs at most one in fifty;
 * otherwise GB18030, which is also what a short text without telling bytes stays.
 */
function legacyEncoding(bytes: Uint8Array): "shift_jis" | "big5" | "gb18030" {
  const { pairs, big5Trail, rare, gbkOnly, kana } = countPairs(bytes);
  if (kana >= 2 && kana * 5 >= pairs) return "shift_jis";
  if (big5Trail >= 3 && big5Trail * 10 >= pairs && rare * 8 <= pairs && gbkOnly * 50 <= pairs) return "big5";
  return "gb18030";
}

/**
 * Code points a Chinese text is made of: ASCII; Latin with pinyin tones, Greek and Cyrillic (all in
 * GB2312); punctuation and symbols; CJK; full-width forms.
 */
const TEXT_RANGES: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0x4ff],
  [0x2000, 0x26ff],
  [0x3000, 0x9fff],
  [0xd800, 0xdfff],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
];

function textShare(text: string): number {
  let plausible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (TEXT_RANGES.some(([from, to]) => code >= from && code <= to)) plausible++;
  }
  return text.length ? plausible / text.length : 0;
}

/**
 * UTF-16 without a BOM: zero bytes, which UTF-8 and GB18030 text never has, and a sample that reads
 * as text (at least 95% of it) in one byte order and better than in the other. A byte-order rule
 * alone would fail on Chinese text: ASCII puts its zeros in the high byte, but 一, 开 and 最
 * (U+4E00, U+5F00, U+6700) put theirs in the low byte, and a report may have more of those.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length % 2) return null;
  const sample = bytes.subarray(0, 65536);
  const le = textShare(new TextDecoder("utf-16le").decode(sample));
  const be = textShare(new TextDecoder("utf-16be").decode(sample));
  if (Math.max(le, be) < 0.95) return null;
  if (le !== be) return le > be ? "utf-16le" : "utf-16be";
  // The same share both ways (a few letters or characters): most zeros are ASCII's high byte.
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  return odd >= even ? "utf-16le" : "utf-16be";
}

/**
 * The bytes less a UTF-8 character cut off at the end (a truncated download or copy): the
 * lead byte of a multi-byte sequence followed by fewer continuation bytes than it announces.
 */
function withoutCutCharacter(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

type Decoded = { text: string | null; encoding: string } | { refused: "binary" | "japanese" };

function decodeWithoutBom(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, 8192).includes(0)) {
    const order = utf16Order(bytes);
    return order ? { text: decode(bytes, order), encoding: order } : { refused: "binary" };
  }
  const whole = withoutCutCharacter(bytes);
  const utf8 = decode(bytes, "utf-8") ?? (whole === bytes ? null : decode(whole, "utf-8"));
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const legacy = legacyEncoding(bytes);
  if (legacy === "shift_jis") return { refused: "japanese" };
  const big5 = legacy === "big5" ? decode(bytes, "big5") : null;
  return big5 !== null ? { text: big5, encoding: "big5" } : { text: decode(bytes, "gb18030"), encoding: "gb18030" };
}

function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode(bytes.subarray(3), "utf-8"), encoding: "utf-8" };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be" };
  return decodeWithoutBom(bytes);
}

/** At most this share of characters lost, when bytes a text stood for are read again leniently. */
const MAX_LOST_SHARE = 0.02;

/**
 * Bytes a text stood for, read as text again (`repairMojibake`); leniently, as UTF-8 or GB18030 (the one
 * that loses fewer characters), when a byte was lost on the way (Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90 and 0x9D), so long as few
 * characters are lost.
 */
function readAgain(bytes: Uint8Array): ReadAgain | null {
  const decoded = decodeWithoutBom(bytes);
  if (!("refused" in decoded) && decoded.text !== null) return { text: decoded.text, encoding: decoded.encoding };
  const lost = (text: string) => text.match(/\ufffd/g)?.length ?? 0;
  const [best] = (["utf-8", "gb18030"] as const)
    .map((encoding) => ({ text: new TextDecoder(encoding).decode(bytes), encoding }))
    .sort((a, b) => lost(a.text) - lost(b.text));
  return best && lost(best.text) <= best.text.length * MAX_LOST_SHARE ? best : null;
}

function binaryFile(name: string): DecodeResult {
  return {
    ok: false,
    reason: "binary",
    format: "unknown",
    message: `${name} is a binary file, not text. Save it as .txt, .md or .html and try again.`,
  };
}

const DOCX_FILE = /\.docx$/i;

function emptyFile(name: string): DecodeResult {
  return { ok: false, reason: "empty", message: `${name} is empty: there is no text to import.` };
}

export function decodeBytes(bytes: Uint8Array, name = "The file"): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: "too-large", message: tooLargeMessage(name, bytes.length) };
  const binary = binaryKind(bytes);
  if (binary?.format === "zip") {
    const word = docxText(bytes);
    if (word.ok) return word.text.trim() ? { ok: true, text: word.text, encoding: "docx" } : emptyFile(name);
    // An archive that cannot be opened is a damaged Word document only by its name.
    if (word.reason === "too-large" || (word.reason === "damaged" && DOCX_FILE.test(name)))
      return {
        ok: false,
        reason: "undecodable",
        word: true,
        message: `${name} is a Word document whose text could not be read: it may be damaged, or too large once unpacked. Save it again in Word, or as .txt, and try again.`,
      };
  }
  if (binary)
    return {
      ok: false,
      reason: "binary",
      format: binary.format,
      message: `${name} is ${binary.kind}, not text. Save it as .txt, .md or .html and try again.`,
    };

  const decoded = decodeText(bytes);
  if ("refused" in decoded && decoded.refused === "japanese")
    return {
      ok: false,
      reason: "undecodable",
      japanese: true,
      message: `${name} looks like Japanese (Shift-JIS) text, not Chinese. Save it as UTF-8 if it is a Chinese report and try again.`,
    };
  if ("refused" in decoded) return binaryFile(name);
  const { text, encoding } = decoded;
  if (text === null)
    return {
      ok: false,
      reason: "undecodable",
      message: `${name} could not be read as UTF-8, UTF-16, GB18030 (GBK) or Big5 text. Save it as UTF-8 and try again.`,
    };
  if (!text.trim()) return emptyFile(name);
  // Chinese once read one byte a character and saved so: its bytes are read again.
  if (looksLikeMojibake(text)) {
    const repaired = repairMojibake(text, readAgain);
    if (repaired !== null) return { ok: true, text: repaired.text, encoding: repaired.encoding };
    return {
      ok: false,
      reason: "undecodable",
      message: `${name} looks like Chinese text that was once opened in the wrong encoding and saved so, and too much of it was lost to read it back. Save the original file as UTF-8 and try again.`,
    };
  }
  if (controlShare(text) > 0.05) return binaryFile(name);
  return { ok: true, text, encoding };
}
