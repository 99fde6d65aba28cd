/**
 * The one place a stored or arriving document is parsed: its text → its articles, or the
 * problem that keeps it from having any.
 */
import { parseDocument, type Article } from "../ingest";
import type { Problem } from "../model/problem";
import type { DocumentRecord } from "./schema";

/** A document as it arrives; the parser version and article ids are added when it is written. */
export type NewDocument = Omit<DocumentRecord, "parserVersion" | "articleIds">;

export function newDocumentOf({ id, fileName, raw, encoding, source, importedAt }: DocumentRecord): NewDocument {
  return { id, fileName, raw, encoding, source, importedAt };
}

export interface PreparedDocument {
  doc: NewDocument;
  articles: readonly Article[];
  /** Kept without articles: the parser ran out of time on it (it is read again when the parser changes). */
  unread?: Problem;
}

export type Preparation = { ok: true; prepared: PreparedDocument } | { ok: false; problem: Problem };

/**
 * How long one file may take to parse. The rules are linear and a 5 MB report parses in well
 * under a second; this is the safety net for text nobody foresaw, so one file never stalls an import.
 */
export const PARSE_BUDGET_MS = 20_000;

export function prepareDocument(doc: NewDocument, budgetMs = PARSE_BUDGET_MS): Preparation {
  const parsed = parseDocument(doc.raw, { fileName: doc.fileName, budgetMs });
  if (!parsed.ok && parsed.reason === "too-complex") {
    const problem: Problem = { kind: "too-complex", seconds: budgetMs / 1000 };
    return { ok: true, prepared: { doc, articles: [], unread: problem } };
  }
  if (!parsed.ok) {
    // A rule that throws is a bug: said in the file's result line, and in the console for a report.
    console.error(parsed.message);
    return { ok: false, problem: { kind: "parser-failed", rule: parsed.rule } };
  }
  if (!parsed.articles.length) return { ok: false, problem: { kind: "no-article" } };
  return { ok: true, prepared: { doc, articles: parsed.articles } };
}

/**
 * A stored document is kept whatever the parser makes of it today (documents are the source of
 * truth): one the parser cannot read has no articles until a parser that can.
 */
export function prepareStoredDocument(doc: NewDocument, budgetMs = PARSE_BUDGET_MS): PreparedDocument {
  return asStored(doc, prepareDocument(doc, budgetMs));
}

/** A stored document's parse: its articles, or none when the parser cannot read it today. */
function asStored(doc: NewDocument, preparation: Preparation): PreparedDocument {
  return preparation.ok ? preparation.prepared : { doc, articles: [] };
}

/** Parses a document somewhere: in this thread, or in a pool of workers. */
export type ParseDocument = (doc: NewDocument, budgetMs: number) => Promise<Preparation>;

export const parseHere: ParseDocument = async (doc, budgetMs) => prepareDocument(doc, budgetMs);

/** Fewer files than this are parsed in this thread: starting a pool of parsers costs more than it saves. */
export const POOL_FROM_FILES = 8;

/** Files read and parsed ahead of the one being written: the parsers stay busy while a batch commits. */
export const PARSE_AHEAD = 16;

/**
 * Stored documents parsed again (`prepareStoredDocument`), in their order, up to PARSE_AHEAD at
 * a time through `parse` (a pool from POOL_FROM_FILES documents on); `onParsed` is told of each.
 */
export async function prepareStoredDocuments(
  docs: readonly NewDocument[],
  parse: ParseDocument = parseHere,
  onParsed: (done: number, total: number) => void = () => {},
): Promise<PreparedDocument[]> {
  const through = docs.length >= POOL_FROM_FILES ? parse : parseHere;
  const prepared: PreparedDocument[] = new Array<PreparedDocument>(docs.length);
  let next = 0;
  let done = 0;
  const parseNext = async (): Promise<void> => {
    for (let i = next++; i < docs.length; i = next++) {
      const doc = docs[i]!;
      prepared[i] = asStored(doc, await through(doc, PARSE_BUDGET_MS));
      onParsed(++done, docs.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARSE_AHEAD, docs.length) }, parseNext));
  return prepared;
}
