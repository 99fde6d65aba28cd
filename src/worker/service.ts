/**
 * What the database worker does, as plain async methods. The worker entry wraps it in
 * messages; if no worker can be started, the page runs it directly.
 */
import { decodeBytes, parseText } from "../ingest";
import { aggregates, type AggregateName, type AggregateParams, type Filters } from "../queries/aggregates";
import { passingArticleIds } from "../queries/aggregates/apply-filters";
import { indexDataset } from "../queries/aggregates/dataset-index";
import { recurringExpressions, type Expression } from "../queries/aggregates/ngrams";
import { buildBackup, checkBackup, type Backup } from "../db/backup";
import { DatasetStore } from "../db/dataset";
import { TifaDatabase } from "../db/schema";
import { memoryDatabase } from "../db/memory";
import {
  clearAll,
  importBatch,
  rederiveIfParserChanged,
  replaceAll,
  type ImportOutcome,
  type PreparedDocument,
} from "../db/store";
import { sha256Hex } from "./hash";
import type { ArticleDetail, Counts, FileResult, IncomingFile, Progress } from "./protocol";
import { storageErrorMessage } from "./quota";
import { loadSeedFiles } from "./seeds";

type OnProgress = (progress: Progress) => void;

/** Files written per transaction: one commit per file is what limits import speed. */
const BATCH_SIZE = 40;

export class DatabaseService {
  private readonly dataset = new DatasetStore();
  private readonly ready: Promise<void>;

  /** True when the browser refused storage and the data lives only for this visit. */
  private ephemeral = false;

  constructor(private db: TifaDatabase = new TifaDatabase()) {
    this.ready = this.open();
  }

  private async open(): Promise<void> {
    try {
      await this.db.open();
    } catch {
      this.db = await memoryDatabase();
      this.ephemeral = true;
    }
    await rederiveIfParserChanged(this.db);
    await this.dataset.load(this.db);
  }

  /** Decodes and parses a file; a file that cannot become a document gets its result here. */
  private async prepare(file: IncomingFile, now: number): Promise<PreparedDocument | FileResult> {
    const bytes = new Uint8Array(file.bytes);
    const decoded = decodeBytes(bytes, file.name);
    if (!decoded.ok) return { file: file.name, status: "failed", message: decoded.message };
    const id = await sha256Hex(bytes);
    if (await this.db.documents.get(id)) return { file: file.name, status: "duplicate" };
    const articles = parseText(decoded.text, { fileName: file.name });
    if (!articles.length)
      return {
        file: file.name,
        status: "failed",
        message: `${file.name} holds no article Tifa can read: no paragraph of report text was found.`,
      };
    return {
      doc: {
        id,
        fileName: file.name,
        raw: decoded.text,
        encoding: decoded.encoding,
        source: file.source,
        importedAt: now,
      },
      articles,
    };
  }

  /** Writes a batch in one transaction; if that fails, file by file, so each file is whole or absent. */
  private async write(batch: readonly PreparedDocument[]): Promise<FileResult[]> {
    const result = (p: PreparedDocument, o: ImportOutcome): FileResult =>
      o.status === "imported"
        ? { file: p.doc.fileName, status: "imported", articles: o.articles }
        : { file: p.doc.fileName, status: "duplicate" };
    try {
      const outcomes = await importBatch(this.db, batch, this.dataset);
      return batch.map((p, i) => result(p, outcomes[i]!));
    } catch {
      await this.dataset.load(this.db);
    }
    const results: FileResult[] = [];
    for (const prepared of batch) {
      try {
        const [outcome] = await importBatch(this.db, [prepared], this.dataset);
        results.push(result(prepared, outcome!));
      } catch (error) {
        await this.dataset.load(this.db);
        results.push({
          file: prepared.doc.fileName,
          status: "failed",
          message: storageErrorMessage(prepared.doc.fileName, error),
        });
      }
    }
    return results;
  }

  async importFiles(
    files: readonly IncomingFile[],
    onProgress: OnProgress = () => {},
    now = Date.now(),
  ): Promise<FileResult[]> {
    await this.ready;
    const slots: (FileResult | null)[] = [];
    let batch: { slot: number; prepared: PreparedDocument }[] = [];
    let articles = 0;
    const flush = async () => {
      const written = await this.write(batch.map((b) => b.prepared));
      written.forEach((r, i) => (slots[batch[i]!.slot] = r));
      articles += written.reduce((n, r) => n + (r.status === "imported" ? r.articles : 0), 0);
      batch = [];
    };
    for (const [i, file] of files.entries()) {
      const prepared = await this.prepare(file, now);
      if ("doc" in prepared) {
        slots.push(null);
        batch.push({ slot: i, prepared });
      } else slots.push(prepared);
      if (batch.length >= BATCH_SIZE || i === files.length - 1) await flush();
      onProgress({ done: i + 1, total: files.length, file: file.name, articles });
    }
    return slots.map((s) => s!);
  }

  /** Imports the bundled articles unless the user cleared them away; known ones are skipped. */
  async importSeeds(onProgress: OnProgress = () => {}): Promise<FileResult[]> {
    await this.ready;
    if ((await this.db.meta.get("seeds"))?.value === "declined") return [];
    const seeds = await loadSeedFiles();
    const encoder = new TextEncoder();
    const files = seeds.map((s) => ({
      name: s.name,
      bytes: encoder.encode(s.text).buffer as ArrayBuffer,
      source: "seed" as const,
    }));
    return this.importFiles(files, onProgress);
  }

  async counts(): Promise<Counts> {
    await this.ready;
    const [documents, articles, meetings, people, phrases] = await Promise.all([
      this.db.documents.count(),
      this.db.articles.count(),
      this.db.meetings.count(),
      this.db.people.count(),
      this.db.phrases.count(),
    ]);
    return { documents, articles, meetings, people, phrases, ephemeral: this.ephemeral };
  }

  async aggregate<K extends AggregateName>(name: K, filters: Filters, params: AggregateParams<K>): Promise<unknown> {
    await this.ready;
    const run = aggregates[name] as (
      data: ReturnType<DatasetStore["current"]>,
      filters: Filters,
      params: AggregateParams<K>,
    ) => unknown;
    if (typeof run !== "function") throw new Error(`Unknown aggregate: ${String(name)}`);
    return run(this.dataset.current(), filters, params);
  }

  /** Recurring unquoted expressions in the passing articles (the most recent 500), from their text. */
  async expressions(filters: Filters, limit: number): Promise<Expression[]> {
    await this.ready;
    const data = this.dataset.current();
    const index = indexDataset(data);
    const ids = [...passingArticleIds(data, filters)]
      .map((id) => index.articleById.get(id)!)
      .sort((a, b) => (b.date ?? b.published ?? "").localeCompare(a.date ?? a.published ?? ""))
      .slice(0, 500)
      .map((a) => a.id);
    const bodies = await this.db.articleBodies.bulkGet(ids);
    const sources = bodies.flatMap((b) =>
      b ? [{ articleId: b.id, province: b.article.province, text: b.article.text }] : [],
    );
    const quoted = new Set(data.phrases.map((p) => p.phrase));
    return recurringExpressions(sources, quoted, { minArticles: 2, minLength: 4, maxLength: 16, limit });
  }

  /** One article for the reader: its row, the parsed text with spans, and the raw document. */
  async articleDetail(id: string): Promise<ArticleDetail | null> {
    await this.ready;
    const row = await this.db.articles.get(id);
    if (!row) return null;
    const [body, document] = await Promise.all([this.db.articleBodies.get(id), this.db.documents.get(row.documentId)]);
    if (!body || !document) return null;
    return {
      row,
      article: body.article,
      document: { fileName: document.fileName, raw: document.raw, importedAt: document.importedAt },
    };
  }

  async backup(): Promise<Backup> {
    await this.ready;
    return buildBackup(await this.db.documents.orderBy("importedAt").toArray());
  }

  /** Replaces the database with a backup's documents, or refuses and changes nothing. */
  async restore(
    text: string,
    fileName: string,
  ): Promise<{ ok: true; documents: number } | { ok: false; message: string }> {
    await this.ready;
    const checked = checkBackup(text, fileName);
    if (!checked.ok) return checked;
    try {
      await replaceAll(this.db, checked.documents);
    } catch (error) {
      return { ok: false, message: storageErrorMessage(fileName, error) };
    }
    await this.dataset.load(this.db);
    return { ok: true, documents: checked.documents.length };
  }

  async clear(): Promise<void> {
    await this.ready;
    await clearAll(this.db);
    await this.dataset.load(this.db);
  }
}
