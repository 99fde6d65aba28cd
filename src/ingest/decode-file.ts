/**
 * Bytes → text for any file a user brings: a PDF's text layer is read (asynchronously, pdf.ts),
 * everything else as `decodeBytes` reads it.
 */
import { binaryFormatOf, decodeBytes, MAX_FILE_BYTES, type DecodeResult } from "./decode";
import { pdfText } from "./pdf";

export async function decodeFile(bytes: Uint8Array, name = "The file"): Promise<DecodeResult> {
  // decodeBytes refuses what is too large, a PDF among them, with its own message.
  if (binaryFormatOf(bytes) !== "pdf" || bytes.length > MAX_FILE_BYTES) return decodeBytes(bytes, name);
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
