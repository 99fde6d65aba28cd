/**
 * Opening a prebuilt corpus (`.tifa-corpus`, made by `npm run corpus`) from an address or a
 * file: it is read as it downloads, and its documents are imported as they come, without parsing
 * when this app's parser made them. Documents already stored are skipped unread, so opening a
 * corpus again costs only its download. A corpus that cannot be read changes nothing stored.
 */
import { readCorpus, type CorpusHeader } from "../db/corpus-file";
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

/** A download's bytes, or why there are none: the fetch refused (offline, CORS, CSP) or an error status. */
async function download(
  url: string,
): Promise<{ ok: true; body: ReadableStream<Uint8Array> } | { ok: false; problem: Problem }> {
  if (!/^https?:/i.test(url))
    return { ok: false, problem: { kind: "corpus-unreachable", detail: "not an http or https address" } };
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch (error) {
    return { ok: false, problem: { kind: "corpus-unreachable", detail: describeError(error).message } };
  }
  if (!response.ok) return { ok: false, problem: { kind: "corpus-http", status: response.status } };
  if (!response.body) return { ok: false, problem: { kind: "corpus-unreachable", detail: "no body" } };
  return { ok: true, body: response.body };
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
    };
    const done = () => ({ ...opened, seconds: (performance.now() - started) / 1000 });
    const db = await this.workspace.db();
    let body: ReadableStream<Uint8Array>;
    if ("url" in source) {
      const fetched = await download(source.url);
      if (!fetched.ok) return { ...done(), problem: fetched.problem };
      body = fetched.body;
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
