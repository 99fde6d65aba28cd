/**
 * Opening a prebuilt corpus (`.tifa-corpus`, made by `npm run corpus`) from an address or a
 * file: it is read as it downloads, and its documents are imported as they come, without parsing
 * when this app's parser made them. Documents already stored are skipped unread, so opening a
 * corpus again costs only its download. A corpus that cannot be read changes nothing stored.
 */
import { CORPUS_VALIDATORS_PREFIX, readCorpus, type CorpusHeader } from "../db/corpus-file";
import { prepareStoredDocument, type PreparedDocument } from "../db/prepare";
import { PARSER_VERSION } from "../ingest";
import { describeError, type Problem } from "../model/problem";
import type { ImportService } from "./import-service";
import { throttleProgress } from "./progress";
import type { FileResult, OnProgress } from "./types";
import type { Workspace } from "./workspace";

/** Documents per write: large enough for few transactions, small enough for a smooth progress bar. */
const BATCH = 100;

export type CorpusSource = { url: string } | { file: Blob; name: string };

export interface CorpusOpened {
  /** The address or the file's name. */
  name: string;
  header: CorpusHeader | null;
  /** Written now. */
  imported: number;
  articles: number;
  /** Stored already (this corpus opened before, or the same text imported otherwise). */
  already: number;
  /** Documents that could not be written, each with its problem. */
  failed: FileResult[];
  /** Made by another parser: its texts were parsed here instead. */
  reparsed: boolean;
  seconds: number;
  /** Why it stopped early; what was imported before stays, each document whole. */
  problem: Problem | null;
  /** The server said it has not changed since it was last opened whole: nothing was downloaded. */
  unchanged: boolean;
}

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * What the server said of a corpus at an address that was opened whole: asked again, a server
 * that answers "not modified" saves the download and the reading of every document.
 */
interface CorpusValidators {
  etag: string | null;
  lastModified: string | null;
  /** The documents it held, all stored when it was opened. */
  documents: number;
}

const validatorsKey = (url: string) => `${CORPUS_VALIDATORS_PREFIX}${url}`;

function validatorsOf(value: string | undefined): CorpusValidators | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<CorpusValidators>;
    return typeof parsed.documents === "number" ? (parsed as CorpusValidators) : null;
  } catch {
    return null;
  }
}

type Download =
  | { ok: true; unchanged: false; body: ReadableStream<Uint8Array>; validators: Omit<CorpusValidators, "documents"> }
  | { ok: true; unchanged: true }
  | { ok: false; problem: Problem };

/** A download's bytes, or that it has not changed, or why there are none: the fetch refused (offline, CORS, CSP) or an error status. */
async function download(url: string, known: CorpusValidators | null): Promise<Download> {
  if (!/^https?:/i.test(url))
    return { ok: false, problem: { kind: "corpus-unreachable", detail: "not an http or https address" } };
  const headers: Record<string, string> = {};
  if (known?.etag) headers["If-None-Match"] = known.etag;
  if (known?.lastModified) headers["If-Modified-Since"] = known.lastModified;
  let response: Response;
  try {
    // Validators make a request to another origin preflighted; a server that refuses that is asked plainly.
    response = await fetch(url, { credentials: "same-origin", headers }).catch((error: unknown) => {
      if (!Object.keys(headers).length) throw error;
      return fetch(url, { credentials: "same-origin" });
    });
  } catch (error) {
    return { ok: false, problem: { kind: "corpus-unreachable", detail: describeError(error).message } };
  }
  if (response.status === 304 && known) return { ok: true, unchanged: true };
  if (!response.ok) return { ok: false, problem: { kind: "corpus-http", status: response.status } };
  if (!response.body) return { ok: false, problem: { kind: "corpus-unreachable", detail: "no body" } };
  const validators = { etag: response.headers.get("ETag"), lastModified: response.headers.get("Last-Modified") };
  return { ok: true, unchanged: false, body: response.body, validators };
}

export class CorpusService {
  constructor(
    private readonly workspace: Workspace,
    private readonly imports: ImportService,
  ) {}

  /** `onHeader` is told what the corpus holds, and whether its texts are parsed here, before its documents come. */
  open(
    source: CorpusSource,
    onProgress: OnProgress = () => {},
    onHeader: (header: CorpusHeader, reparsing: boolean) => void = () => {},
  ): Promise<CorpusOpened> {
    return this.workspace.writingBatches(() => this.openNow(source, onProgress, onHeader));
  }

  private async openNow(
    source: CorpusSource,
    onProgress: OnProgress,
    onHeader: (header: CorpusHeader, reparsing: boolean) => void,
  ): Promise<CorpusOpened> {
    const started = performance.now();
    const name = "url" in source ? source.url : source.name;
    const opened: CorpusOpened = {
      name,
      header: null,
      imported: 0,
      articles: 0,
      already: 0,
      failed: [],
      reparsed: false,
      seconds: 0,
      problem: null,
      unchanged: false,
    };
    const done = () => ({ ...opened, seconds: (performance.now() - started) / 1000 });
    const db = await this.workspace.db();
    let body: ReadableStream<Uint8Array>;
    let validators: Omit<CorpusValidators, "documents"> | null = null;
    if ("url" in source) {
      const known = validatorsOf((await db.meta.get(validatorsKey(source.url)))?.value);
      const fetched = await download(source.url, known);
      if (!fetched.ok) return { ...done(), problem: fetched.problem };
      // Not modified since it was opened whole: every document of it is stored.
      if (fetched.unchanged) return { ...done(), already: known!.documents, unchanged: true };
      body = fetched.body;
      validators = fetched.validators;
    } else body = source.file.stream();

    const held = async (ids: readonly string[]) => (await db.documents.bulkGet([...ids])).map(Boolean);
    const report = throttleProgress(onProgress);
    try {
      for await (const item of readCorpus(streamChunks(body), { batch: BATCH, held })) {
        if (item.kind === "problem") {
          opened.problem = item.problem;
          break;
        }
        if (item.kind === "header") {
          opened.header = item.header;
          opened.reparsed = item.header.parserVersion !== PARSER_VERSION;
          onHeader(item.header, opened.reparsed);
        } else await this.write(item.documents, item.held, opened);
        const total = opened.header?.documents ?? 0;
        const count = opened.imported + opened.already + opened.failed.length;
        report({ done: count, total, file: name, articles: opened.articles });
      }
    } catch (error) {
      // The download broke off (the network went away mid-way).
      opened.problem = { kind: "corpus-unreachable", detail: describeError(error).message };
    }
    const whole =
      opened.header !== null &&
      opened.problem === null &&
      !opened.failed.length &&
      opened.imported + opened.already === opened.header.documents;
    if ("url" in source && validators && (validators.etag || validators.lastModified) && whole)
      await db.meta
        .put({
          key: validatorsKey(source.url),
          value: JSON.stringify({ ...validators, documents: opened.header!.documents }),
        })
        .catch(() => undefined);
    return done();
  }

  private async write(documents: PreparedDocument[], held: number, opened: CorpusOpened): Promise<void> {
    // Another parser made these articles: this one reads the texts again, as it would a stored document.
    const batch = opened.reparsed ? documents.map((d) => prepareStoredDocument(d.doc)) : documents;
    const results = batch.length ? await this.imports.importPrepared(batch) : [];
    opened.already += held;
    for (const result of results) {
      if (result.status === "imported") {
        opened.imported++;
        opened.articles += result.articles;
      } else if (result.status === "duplicate") opened.already++;
      else opened.failed.push(result);
    }
  }
}
