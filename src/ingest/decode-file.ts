/**
 * Bytes → text for any file a user brings: a PDF's text layer is read (asynchronously, pdf.ts),
 * everything else as `decodeBytes` reads it.
 */
import { decodeBytes, MAX_FILE_BYTES, tooLargeMessage, type DecodeResult } from "./decode";
import { pdfText } from "./pdf";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((b, i) => bytes[i] === b);
}

export async function decodeFile(bytes: Uint8Array, name = "The file"): Promise<DecodeResult> {
  if (!isPdf(bytes)) return decodeBytes(bytes, name);
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, reason: "too-large", message: tooLargeMessage(name, bytes.length) };
  const read = await pdfText(bytes);
  if (read.ok) return { ok: true, text: read.text, encoding: "pdf" };
  return {
    ok: false,
    reason: "undecodable",
    pdf: read.reason,
    message:
      read.reason === "no-text"
        ? `${name} is a PDF with no text to read: a scan, or text in a font without a map to its characters. Copy its text into a .txt file and try again.`
        : `${name} is a damaged PDF: its text could not be read. Save it again, or copy its text into a .txt file, and try again.`,
  };
}
