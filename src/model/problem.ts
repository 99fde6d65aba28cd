/**
 * What went wrong with a file or a backup, as data: the worker reports a `Problem`, the page
 * words it in the reader's language (`lib/problem-text.ts`). Nothing here is user-facing text.
 */
export const BINARY_FORMATS = ["pdf", "zip", "office", "png", "jpeg", "gif", "gzip", "rtf", "unknown"] as const;
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

/** The parts of an analysis file that are checked one by one. */
export type AnalysisPart = "fields" | "documents" | "corrections" | "notes" | "view";

export type Problem =
  | { kind: "empty" }
  | { kind: "binary"; format: BinaryFormat }
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "undecodable" }
  /** A Word document (.docx) whose text cannot be read: damaged, or its body too large once unpacked. */
  | { kind: "word-unreadable" }
  /** A PDF with no text layer (a scan), or one that cannot be opened. */
  | { kind: "pdf-unreadable"; cause: "no-text" | "damaged" }
  /** Shift-JIS: Japanese text, not a Chinese report. */
  | { kind: "japanese" }
  | { kind: "no-article" }
  /** A rule of the parser threw: a bug, reported with the stage that failed. */
  | { kind: "parser-failed"; rule: string }
  /** Parsing took longer than the budget: the document is kept, without articles. */
  | { kind: "too-complex"; seconds: number }
  | { kind: "unreadable" }
  | { kind: "storage-full" }
  | { kind: "write-refused"; detail: string }
  | { kind: "backup-not-json" }
  | { kind: "backup-foreign" }
  | { kind: "backup-version"; version: string }
  | { kind: "backup-damaged" }
  /** A document whose text does not match its id: edited after the backup was made. */
  | { kind: "backup-tampered"; document: string }
  | { kind: "backup-duplicate"; document: string }
  | { kind: "backup-oversized"; document: string; bytes: number; limit: number }
  /** An analysis file (.tifa) that is not exactly one: refused before anything changes. */
  | { kind: "analysis-not-json" }
  | { kind: "analysis-foreign" }
  | { kind: "analysis-version"; version: string }
  /** Which part is malformed; `item` names the document when one repeats. */
  | { kind: "analysis-damaged"; part: AnalysisPart; item?: string }
  | { kind: "analysis-oversized"; bytes: number; limit: number }
  /** A prebuilt corpus (`.tifa-corpus`) that could not be fetched: offline, refused by CORS or the page's policy. */
  | { kind: "corpus-unreachable"; detail: string }
  /** The corpus's server answered with an error status (404: not there). */
  | { kind: "corpus-http"; status: number }
  | { kind: "corpus-foreign" }
  | { kind: "corpus-version"; version: string }
  /** A line (counted from 1, the header being line 1) that is not a document as the corpus tool writes it. */
  | { kind: "corpus-damaged"; line: number }
  /** A document whose text does not match its id. */
  | { kind: "corpus-tampered"; document: string }
  /** The file ends before the documents its header announces. */
  | { kind: "corpus-truncated"; documents: number; expected: number }
  /** Anything not foreseen, with the error's own words. */
  | { kind: "unexpected"; detail: string };

/** An error's name and message, from anything thrown (a DOMException, a Dexie error, a string). */
export function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) return { name: error.name, message: error.message };
  if (typeof error === "object" && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === "string" ? name : "Error", message: typeof message === "string" ? message : "" };
  }
  return { name: "Error", message: String(error) };
}
