/**
 * Everything that writes: importing files and the bundled articles, backup, restore and clear.
 * Each file ends whole or absent, and gets its own result line, in the order given.
 */
import { buildBackup, checkBackup, type Backup } from "../db/backup";
import { decodeProblem } from "../db/decode-problem";
import { documentIdOf } from "../db/document-id";
import {
  PARSE_AHEAD,
  PARSE_BUDGET_MS,
  parseHere,
  POOL_FROM_FILES,
  type ParseDocument,
  type PreparedDocument,
} from "../db/prepare";
import { clearAll, importBatch, replaceAll, type ImportOutcome } from "../db/store";
import { DatasetStore } from "../analytics/dataset-store";
import { decodeBytes, MAX_FILE_BYTES, type DecodeResult } from "../ingest";
import type { Problem } from "../model/problem";
import { throttleProgress } from "./progress";
import { loadSeedFiles } from "./seeds";
import { storageProblem } from "./storage-problem";
import type { FileResult, IncomingFile, OnProgress, RestoreResult } from "./types";
import type { Workspace } from "./workspace";

/**
 * Bytes to text. The worker reads PDFs too (ingest/decode-file.ts); the services that run in the page
 * when no worker can start read the rest, and leave PDF.js out of the page's files.
 */
export type DecodeFile = (bytes: Uint8Array, name: string) => Promise<DecodeResult>;
const readBytes: DecodeFile = async (bytes, name) => decodeBytes(bytes, name);

/** Files written per transaction: one commit per file is what limits import speed. */
const BATCH_SIZE = 40;

async function readIncoming(
  file: IncomingFile,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: Problem }> {
  if ("bytes" in file) return { ok: true, bytes: new Uint8Array(file.bytes) };
  if (file.file.size > MAX_FILE_BYTES)
    return { ok: false, problem: { kind: "too-large", bytes: file.file.size, limit: MAX_FILE_BYTES } };
  try {
    return { ok: true, bytes: new Uint8Array(await file.file.arrayBuffer()) };
  } catch {
    return { ok: false, problem: { kind: "unreadable" } };
  }
}

export class ImportService {
  constructor(
    private readonly workspace: Workspace,
    private readonly parseBudgetMs = PARSE_BUDGET_MS,
    private readonly decode: DecodeFile = readBytes,
  ) {}

  /** Decodes and parses a file; a file that cannot become a document gets its result here. */
  private async prepare(
    file: IncomingFile,
    importedAt: number,
    parse: ParseDocument,
    stored: ReadonlySet<string>,
  ): Promise<PreparedDocument | FileResult> {
    const failed = (problem: Problem): FileResult => ({ file: file.name, status: "failed", problem });
    const read = await readIncoming(file);
    if (!read.ok) return failed(read.problem);
    const bytes = read.bytes;
    const decoded = await this.decode(bytes, file.name);
    if (!decoded.ok) return failed(decodeProblem(decoded, bytes.length));
    const id = await documentIdOf(decoded.text);
    if (stored.has(id)) return { file: file.name, status: "duplicate" };
    const doc = { id, fileName: file.name, raw: decoded.text, encoding: decoded.encoding, source: file.source };
    const preparation = await parse({ ...doc, importedAt }, this.parseBudgetMs);
    return preparation.ok ? preparation.prepared : failed(preparation.problem);
  }

  /** Writes a batch in one transaction; if that fails, file by file, so each file is whole or absent. */
  private async write(batch: readonly PreparedDocument[]): Promise<FileResult[]> {
    const db = await this.workspace.db();
    const dataset = this.workspace.dataset;
    const result = (p: PreparedDocument, o: ImportOutcome): FileResult =>
      o.status === "duplicate"
        ? { file: p.doc.fileName, status: "duplicate" }
        : p.unread
          ? { file: p.doc.fileName, status: "failed", problem: p.unread }
          : { file: p.doc.fileName, status: "imported", articles: o.articles };
    try {
      const outcomes = await importBatch(db, batch, dataset);
      this.offerRecent(outcomes);
      return batch.map((p, i) => result(p, outcomes[i]!));
    } catch {
      await this.workspace.reload();
    }
    const results: FileResult[] = [];
    for (const prepared of batch) {
      try {
        const [outcome] = await importBatch(db, [prepared], dataset);
        this.offerRecent([outcome!]);
        results.push(result(prepared, outcome!));
      } catch (error) {
        await this.workspace.reload();
        results.push({ file: prepared.doc.fileName, status: "failed", problem: storageProblem(error) });
      }
    }
    return results;
  }

  /** The texts just written, for the packs of recent articles (services/recent-texts). */
  private offerRecent(outcomes: readonly ImportOutcome[]): void {
    for (const outcome of outcomes) if (outcome.status === "imported") this.workspace.recentTexts.offer(outcome.rows);
  }

  /** Documents parsed already (a prebuilt corpus): written as files are, each whole or absent. */
  importPrepared(batch: readonly PreparedDocument[]): Promise<FileResult[]> {
    return this.write(batch);
  }

  /**
   * Imports, restores and clears run one at a time: a clear while the bundled articles are being
   * checked must not see them imported again after it.
   */
  private last: Promise<unknown> = Promise.resolve();
  private oneAtATime<T>(task: () => Promise<T>): Promise<T> {
    const write = () => this.workspace.writingBatches(task);
    const run = this.last.then(write, write);
    this.last = run.catch(() => undefined);
    return run;
  }

  /**
   * Resolves once the stored documents are ready. While the worker reads them again after a
   * parser change (at the open, before anything else can be answered), it reports how far.
   */
  async whenReady(onProgress: OnProgress = () => {}): Promise<void> {
    const report = throttleProgress(onProgress);
    await this.workspace.whenReady((done, total) => report({ done, total, file: "", articles: 0 }));
  }

  importFiles(files: readonly IncomingFile[], onProgress: OnProgress = () => {}, now?: number): Promise<FileResult[]> {
    return this.oneAtATime(() => this.importFilesNow(files, onProgress, now ?? Date.now()));
  }

  /**
   * The import time of the first of a drop's files; the next ones get one millisecond more each.
   * Later than every stored document's, so that the documents' order by import time is the order
   * they were matched in: meetings and people are derived again in that order (db/store `rederiveStored`).
   */
  private async firstImportTime(now: number): Promise<number> {
    const db = await this.workspace.db();
    const latest = (await db.documents.orderBy("importedAt").last())?.importedAt ?? 0;
    return Math.max(now, latest + 1);
  }

  private async importFilesNow(
    files: readonly IncomingFile[],
    onProgress: OnProgress,
    now: number,
  ): Promise<FileResult[]> {
    const firstImportedAt = await this.firstImportTime(now);
    const report = throttleProgress(onProgress);
    const slots: (FileResult | null)[] = [];
    let batch: { slot: number; prepared: PreparedDocument }[] = [];
    let articles = 0;
    const flush = async () => {
      const written = await this.write(batch.map((b) => b.prepared));
      written.forEach((r, i) => (slots[batch[i]!.slot] = r));
      articles += written.reduce((n, r) => n + (r.status === "imported" ? r.articles : 0), 0);
      batch = [];
    };
    // Files are read and parsed up to PARSE_AHEAD ahead, and written in their order.
    const ahead: Promise<PreparedDocument | FileResult>[] = [];
    const parse = files.length >= POOL_FROM_FILES ? this.workspace.parse : parseHere;
    // Files stored already are not parsed again; the write checks again, in its transaction.
    const stored = new Set(await (await this.workspace.db()).documents.toCollection().primaryKeys());
    const startPreparing = (i: number) => {
      const file = files[i];
      if (file)
        ahead[i] = this.prepare(file, firstImportedAt + i, parse, stored).catch((error: unknown): FileResult => ({
          file: file.name,
          status: "failed",
          problem: { kind: "unexpected", detail: String(error) },
        }));
    };
    for (let i = 0; i < PARSE_AHEAD; i++) startPreparing(i);
    for (const [i, file] of files.entries()) {
      const prepared = await ahead[i]!;
      delete ahead[i];
      startPreparing(i + PARSE_AHEAD);
      if ("doc" in prepared) {
        slots.push(null);
        batch.push({ slot: i, prepared });
      } else slots.push(prepared);
      if (batch.length >= BATCH_SIZE || i === files.length - 1) await flush();
      report({ done: i + 1, total: files.length, file: file.name, articles });
    }
    return slots.map((s) => s!);
  }

  /**
   * Imports the bundled articles unless the user cleared them away. Those already stored are
   * answered at once, without a word of progress: a returning visit shows no import bar.
   */
  importSeeds(onProgress: OnProgress = () => {}): Promise<FileResult[]> {
    return this.oneAtATime(() => this.importSeedsNow(onProgress));
  }

  private async importSeedsNow(onProgress: OnProgress): Promise<FileResult[]> {
    const db = await this.workspace.db();
    if ((await db.meta.get("seeds"))?.value === "declined") return [];
    const seeds = await loadSeedFiles();
    const stored = await db.documents.bulkGet(await Promise.all(seeds.map((s) => documentIdOf(s.text))));
    const missing = seeds.filter((_, i) => !stored[i]);
    if (!missing.length) return seeds.map((s) => ({ file: s.name, status: "duplicate" }));
    const encoder = new TextEncoder();
    const files = () =>
      seeds.map((s) => ({
        name: s.name,
        bytes: encoder.encode(s.text).buffer as ArrayBuffer,
        source: "seed" as const,
      }));
    const results = await this.importFilesNow(files(), onProgress, Date.now());
    const full = results.some((r) => r.status === "failed" && r.problem.kind === "storage-full");
    if (full && (await this.workspace.fallBackToMemoryIfEmpty()))
      return this.importFilesNow(files(), onProgress, Date.now());
    return results;
  }

  /** The bundled articles again, when the user who cleared them away asks for them back. */
  bringBackSeeds(onProgress: OnProgress = () => {}): Promise<FileResult[]> {
    return this.oneAtATime(() => this.bringBackSeedsNow(onProgress));
  }

  private async bringBackSeedsNow(onProgress: OnProgress): Promise<FileResult[]> {
    const db = await this.workspace.db();
    await db.meta.delete("seeds");
    return this.importSeedsNow(onProgress);
  }

  async backup(): Promise<Backup> {
    const db = await this.workspace.db();
    const declined = (await db.meta.get("seeds"))?.value === "declined";
    const [documents, corrections, notes] = await Promise.all([
      db.documents.orderBy("importedAt").toArray(),
      db.corrections.orderBy("createdAt").toArray(),
      db.notes.orderBy("updatedAt").toArray(),
    ]);
    return buildBackup(documents, declined, corrections, notes);
  }

  /** Replaces the database with a backup's documents, or refuses and changes nothing. */
  restore(text: string, onProgress: OnProgress = () => {}): Promise<RestoreResult> {
    return this.oneAtATime(() => this.restoreNow(text, onProgress));
  }

  private async restoreNow(text: string, onProgress: OnProgress): Promise<RestoreResult> {
    const db = await this.workspace.db();
    const checked = await checkBackup(text);
    if (!checked.ok) return checked;
    const written = new DatasetStore();
    try {
      const report = throttleProgress(onProgress);
      const onParsed = (done: number, total: number) => report({ done, total, file: "", articles: 0 });
      const { seedsDeclined, corrections, notes } = checked;
      await replaceAll(db, checked.documents, written, {
        seedsDeclined,
        onParsed,
        corrections,
        notes,
        parse: this.workspace.parse,
      });
    } catch (error) {
      return { ok: false, problem: storageProblem(error) };
    }
    await this.workspace.adopt(written);
    return { ok: true, documents: checked.documents.length };
  }

  clear(): Promise<void> {
    return this.oneAtATime(() => this.clearNow());
  }

  private async clearNow(): Promise<void> {
    await clearAll(await this.workspace.db());
    await this.workspace.reload();
  }
}
