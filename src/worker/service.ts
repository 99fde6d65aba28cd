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
import { clearAll, importDocument, rederiveIfParserChanged, replaceAll } from "../db/store";
import { sha256Hex } from "./hash";
import type { ArticleDetail, Counts, FileResult, IncomingFile, Progress } from "./protocol";
import { storageErrorMessage } from "./quota";
import { loadSeedFiles } from "./seeds";

type OnProgress = (progress: Progress) => void;

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

  async importFile(file: IncomingFile, now = Date.now()): Promise<FileResult> {
    await this.ready;
    const bytes = new Uint8Array(file.bytes);
    const decoded = decodeBytes(bytes, file.name);
    if (!decoded.ok) return { file: file.name, status: "failed", message: decoded.message };
    const id = await sha256Hex(bytes);
    if (await this.db.documents.get(id)) return { file: file.name, status: "duplicate" };
    const articles = parseText(decoded.text, { fileName: file.name });
    if (!articles.length) return { file: file.name, status: "failed", message: `${file.name} holds no article Tifa can read: no paragraph of report text was found.` };
    try {
      const doc = { id, fileName: file.name, raw: decoded.text, encoding: decoded.encoding, source: file.source, importedAt: now };
      const outcome = await importDocument(this.db, doc, articles);
      if (outcome.status === "duplicate") return { file: file.name, status: "duplicate" };
      this.dataset.apply(outcome.rows);
      return { file: file.name, status: "imported", articles: outcome.articles };
    } catch (error) {
      return { file: file.name, status: "failed", message: storageErrorMessage(file.name, error) };
    }
  }

  async importFiles(files: readonly IncomingFile[], onProgress: OnProgress = () => {}): Promise<FileResult[]> {
    const results: FileResult[] = [];
    let articles = 0;
    for (const [i, file] of files.entries()) {
      const result = await this.importFile(file);
      if (result.status === "imported") articles += result.articles;
      results.push(result);
      onProgress({ done: i + 1, total: files.length, file: file.name, articles });
    }
    return results;
  }

  /** Imports the bundled articles unless the user cleared them away; known ones are skipped. */
  async importSeeds(onProgress: OnProgress = () => {}): Promise<FileResult[]> {
    await this.ready;
    if ((await this.db.meta.get("seeds"))?.value === "declined") return [];
    const seeds = await loadSeedFiles();
    const encoder = new TextEncoder();
    const files = seeds.map((s) => ({ name: s.name, bytes: encoder.encode(s.text).buffer as ArrayBuffer, source: "seed" as const }));
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
    const run = aggregates[name] as (data: ReturnType<DatasetStore["current"]>, filters: Filters, params: AggregateParams<K>) => unknown;
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
    const sources = bodies.flatMap((b) => (b ? [{ articleId: b.id, province: b.article.province, text: b.article.text }] : []));
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
    return { row, article: body.article, document: { fileName: document.fileName, raw: document.raw, importedAt: document.importedAt } };
  }

  async backup(): Promise<Backup> {
    await this.ready;
    return buildBackup(await this.db.documents.orderBy("importedAt").toArray());
  }

  /** Replaces the database with a backup's documents, or refuses and changes nothing. */
  async restore(text: string, fileName: string): Promise<{ ok: true; documents: number } | { ok: false; message: string }> {
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
