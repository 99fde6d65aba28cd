/**
 * A prebuilt corpus (`.tifa-corpus`, see docs/corpus-file.md): documents parsed once, by
 * `npm run corpus`, for every visitor to open without parsing. Gzip of NDJSON: a header line,
 * then one `PreparedDocument` per line, so it is written and read as a stream and never held
 * whole. A file that is not exactly one is told as a `Problem`; every id is checked against its text.
 */
import { gzipSync, Gunzip } from "fflate";
import { MAX_FILE_BYTES } from "../ingest";
import type { Problem } from "../model/problem";
import { hasExactKeys, isRecord } from "./analyst-records";
import { isArticle } from "./article-shape";
import { documentIdOf } from "./document-id";
import type { NewDocument, PreparedDocument } from "./prepare";

export const CORPUS_FORMAT = "tifa-corpus";
export const CORPUS_VERSION = 1;
export const CORPUS_EXTENSION = ".tifa-corpus";
/** Meta keys of what servers said of corpora opened whole (services/corpus-service), by address. */
export const CORPUS_VALIDATORS_PREFIX = "corpus-validators:";

export interface CorpusHeader {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_VERSION;
  /** The parser that read the documents: the app uses their articles as they are only if it is its own. */
  parserVersion: string;
  documents: number;
  articles: number;
  /** When the corpus was written (ISO 8601). */
  created: string;
}

export type CorpusItem =
  | { kind: "header"; header: CorpusHeader }
  /** The next documents in the file's order, without those `held` (counted). */
  | { kind: "documents"; documents: PreparedDocument[]; held: number }
  | { kind: "problem"; problem: Problem };

const HEADER_KEYS = ["format", "version", "parserVersion", "documents", "articles", "created"] as const;
const DOCUMENT_KEYS = ["id", "fileName", "raw", "encoding", "source", "importedAt"] as const;
const LINE_START = '{"doc":{"id":"';
const DOCUMENT_ID = /^[0-9a-f]{64}$/;

export function corpusHeader(
  parserVersion: string,
  documents: number,
  articles: number,
  now = new Date(),
): CorpusHeader {
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    parserVersion,
    documents,
    articles,
    created: now.toISOString(),
  };
}

export function headerLine(header: CorpusHeader): string {
  return `${JSON.stringify(Object.fromEntries(HEADER_KEYS.map((k) => [k, header[k]])))}\n`;
}

/** One document's line. The id comes first, so a reader can skip a document it holds without parsing the line. */
export function documentLine({ doc, articles, unread }: PreparedDocument): string {
  const ordered = Object.fromEntries(DOCUMENT_KEYS.map((k) => [k, doc[k]]));
  return `${JSON.stringify(unread ? { doc: ordered, articles, unread } : { doc: ordered, articles })}\n`;
}

/** The id at the start of a document's line as `documentLine` writes it, or null. */
export function peekDocumentId(line: string): string | null {
  if (!line.startsWith(LINE_START)) return null;
  const id = line.slice(LINE_START.length, LINE_START.length + 64);
  return DOCUMENT_ID.test(id) && line[LINE_START.length + 64] === '"' ? id : null;
}

/**
 * A whole corpus in memory (tests, small corpora): the header and the documents, each a gzip
 * member of its own. Gzip reads members one after another as one stream; that is how the corpus
 * tool puts the header first though it knows its counts last: it compresses the documents as
 * they come, the header once they are counted.
 */
export function writeCorpus(
  parserVersion: string,
  documents: readonly PreparedDocument[],
  now = new Date(),
): Uint8Array {
  const articles = documents.reduce((n, d) => n + d.articles.length, 0);
  const header = gzipText(headerLine(corpusHeader(parserVersion, documents.length, articles, now)));
  const body = gzipText(documents.map(documentLine).join(""));
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(header);
  bytes.set(body, header.length);
  return bytes;
}

export function gzipText(text: string): Uint8Array {
  return gzipSync(new TextEncoder().encode(text), { level: 6, mtime: 0 });
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * The text lines of a gzip stream (of one or more members), or of the text itself, as the bytes
 * arrive. A start that is neither gzip nor a JSON object gives "corpus-foreign", data that does
 * not inflate "corpus-damaged", and an end inside a compressed block or a line "corpus-truncated"
 * (its counts are the reader's to fill in).
 */
export async function* corpusLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string | Problem> {
  // Not fatal: a byte that is not UTF-8 makes its line fail its checks, with the line's number.
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let lines: string[] = [];
  let given = 0;
  let mode: "gzip" | "text" | null = null;
  const take = (data: Uint8Array) => {
    const parts = (pending + decoder.decode(data, { stream: true })).split("\n");
    pending = parts.pop()!;
    lines.push(...parts);
  };
  const gunzip = new Gunzip(take);
  const inflate = (chunk: Uint8Array, final: boolean): boolean => {
    try {
      gunzip.push(chunk, final);
      return true;
    } catch {
      return false;
    }
  };
  for await (const chunk of chunks) {
    if (!chunk.length) continue;
    // A server that sent the file with `Content-Encoding: gzip` gives the reader its text: read as it is.
    mode ??=
      chunk[0] === GZIP_MAGIC[0] && (chunk.length < 2 || chunk[1] === GZIP_MAGIC[1])
        ? "gzip"
        : chunk[0] === 0x7b
          ? "text"
          : null;
    if (!mode) {
      yield { kind: "corpus-foreign" };
      return;
    }
    const inflated = mode === "gzip" ? inflate(chunk, false) : (take(chunk), true);
    const ready = lines;
    lines = [];
    given += ready.length;
    yield* ready;
    if (!inflated) {
      yield { kind: "corpus-damaged", line: given + 1 };
      return;
    }
  }
  if (!mode) {
    yield { kind: "corpus-foreign" };
    return;
  }
  const inflated = mode === "gzip" ? inflate(new Uint8Array(0), true) : true;
  pending += decoder.decode();
  yield* lines;
  // Data that ends inside a compressed block, or a line without its newline: the file stops short.
  if (!inflated || pending) yield { kind: "corpus-truncated", documents: 0, expected: 0 };
}

export function checkHeader(line: string): { ok: true; header: CorpusHeader } | { ok: false; problem: Problem } {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return { ok: false, problem: { kind: "corpus-foreign" } };
  }
  if (!isRecord(data) || data.format !== CORPUS_FORMAT) return { ok: false, problem: { kind: "corpus-foreign" } };
  if (data.version !== CORPUS_VERSION)
    return { ok: false, problem: { kind: "corpus-version", version: String(data.version) } };
  const { parserVersion, documents, articles, created } = data;
  const count = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
  const sound =
    hasExactKeys(data, HEADER_KEYS) &&
    typeof parserVersion === "string" &&
    parserVersion.length > 0 &&
    count(documents) &&
    count(articles) &&
    typeof created === "string" &&
    !Number.isNaN(Date.parse(created));
  return sound
    ? { ok: true, header: data as unknown as CorpusHeader }
    : { ok: false, problem: { kind: "corpus-damaged", line: 1 } };
}

function isCorpusDocument(v: unknown): v is NewDocument {
  return (
    isRecord(v) &&
    hasExactKeys(v, DOCUMENT_KEYS) &&
    typeof v.id === "string" &&
    DOCUMENT_ID.test(v.id) &&
    typeof v.fileName === "string" &&
    v.fileName.length > 0 &&
    typeof v.raw === "string" &&
    v.raw.length > 0 &&
    // A UTF-16 code unit is at most 3 bytes of UTF-8: the 5 MB import limit, checked without encoding.
    v.raw.length <= MAX_FILE_BYTES &&
    typeof v.encoding === "string" &&
    v.source === "corpus" &&
    typeof v.importedAt === "number" &&
    Number.isFinite(v.importedAt)
  );
}

/** A document line, checked in form (not yet its id against its text: see `checkDocumentId`). */
export function checkDocumentLine(
  line: string,
  lineNumber: number,
): { ok: true; prepared: PreparedDocument } | { ok: false; problem: Problem } {
  const damaged = { ok: false as const, problem: { kind: "corpus-damaged" as const, line: lineNumber } };
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return damaged;
  }
  if (!isRecord(data) || !isCorpusDocument(data.doc) || !Array.isArray(data.articles)) return damaged;
  if (!data.articles.every(isArticle)) return damaged;
  const unread = data.unread;
  const keys = unread === undefined ? ["doc", "articles"] : ["doc", "articles", "unread"];
  if (!hasExactKeys(data, keys)) return damaged;
  if (unread !== undefined) {
    const seconds = isRecord(unread) && unread.kind === "too-complex" ? unread.seconds : null;
    if (typeof seconds !== "number" || data.articles.length) return damaged;
    return { ok: true, prepared: { doc: data.doc, articles: [], unread: { kind: "too-complex", seconds } } };
  }
  return { ok: true, prepared: { doc: data.doc, articles: data.articles } };
}

/** Null when the document's id is the hash of its text, as every id must be. */
export async function checkDocumentId(prepared: PreparedDocument): Promise<Problem | null> {
  return (await documentIdOf(prepared.doc.raw)) === prepared.doc.id
    ? null
    : { kind: "corpus-tampered", document: prepared.doc.fileName };
}

export interface ReadOptions {
  /** Documents per item (the last may hold fewer). */
  batch?: number;
  /** Which of these ids are held already: their lines are skipped unread (the store has them, checked). */
  held?: (ids: readonly string[]) => Promise<readonly boolean[]>;
}

interface Line {
  text: string;
  number: number;
  id: string | null;
}

/**
 * A corpus as it arrives: its header, then its documents in batches, each checked; a problem
 * ends it. The header's counts are checked at the end, so a file cut at a line's end is found
 * short too.
 */
export async function* readCorpus(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadOptions = {},
): AsyncGenerator<CorpusItem> {
  const size = options.batch ?? 200;
  let header: CorpusHeader | null = null;
  let count = 0;
  let lines: Line[] = [];
  const flush = async (): Promise<CorpusItem> => {
    const batch = lines;
    lines = [];
    count += batch.length;
    return readBatch(batch, options.held);
  };
  let number = 0;
  for await (const next of corpusLines(chunks)) {
    if (typeof next !== "string") {
      if (header && lines.length) {
        const item = await flush();
        yield item;
        if (item.kind === "problem") return;
      }
      yield { kind: "problem", problem: header ? truncated(next, count, header) : { kind: "corpus-foreign" } };
      return;
    }
    number++;
    if (!header) {
      const checked = checkHeader(next);
      if (!checked.ok) {
        yield { kind: "problem", problem: checked.problem };
        return;
      }
      header = checked.header;
      yield { kind: "header", header };
      continue;
    }
    lines.push({ text: next, number, id: peekDocumentId(next) });
    if (lines.length < size) continue;
    const item = await flush();
    yield item;
    if (item.kind === "problem") return;
  }
  if (!header) {
    yield { kind: "problem", problem: { kind: "corpus-foreign" } };
    return;
  }
  if (lines.length) {
    const item = await flush();
    yield item;
    if (item.kind === "problem") return;
  }
  if (count < header.documents)
    yield { kind: "problem", problem: { kind: "corpus-truncated", documents: count, expected: header.documents } };
  else if (count > header.documents) yield { kind: "problem", problem: { kind: "corpus-damaged", line: number } };
}

/** A batch's lines: those held skipped, the others checked in form and id. */
async function readBatch(lines: readonly Line[], held: ReadOptions["held"]): Promise<CorpusItem> {
  const checkedFirst = new Map<number, PreparedDocument>();
  for (const line of lines) {
    if (line.id) continue;
    const checked = checkDocumentLine(line.text, line.number);
    if (!checked.ok) return { kind: "problem", problem: checked.problem };
    checkedFirst.set(line.number, checked.prepared);
    line.id = checked.prepared.doc.id;
  }
  const isHeld = held ? await held(lines.map((l) => l.id!)) : lines.map(() => false);
  const documents: PreparedDocument[] = [];
  for (const [i, line] of lines.entries()) {
    if (isHeld[i]) continue;
    let prepared = checkedFirst.get(line.number);
    if (!prepared) {
      const checked = checkDocumentLine(line.text, line.number);
      if (!checked.ok) return { kind: "problem", problem: checked.problem };
      prepared = checked.prepared;
    }
    if (prepared.doc.id !== line.id) return { kind: "problem", problem: { kind: "corpus-damaged", line: line.number } };
    const problem = await checkDocumentId(prepared);
    if (problem) return { kind: "problem", problem };
    documents.push(prepared);
  }
  return { kind: "documents", documents, held: lines.length - documents.length };
}

function truncated(problem: Problem, documents: number, header: CorpusHeader): Problem {
  return problem.kind === "corpus-truncated"
    ? { kind: "corpus-truncated", documents, expected: header.documents }
    : problem;
}
