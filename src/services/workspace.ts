/**
 * What the import and analytics services share: the database (or an in-memory one where the
 * browser refuses storage) and the in-memory dataset the aggregates and matching read.
 */
import { aggregates, prepareIndexes, prepareOpeningNetwork } from "../analytics";
import { indexDataset } from "../analytics/dataset-index";
import { DatasetStore } from "../analytics/dataset-store";
import { recentGroups } from "../analytics/recent";
import { FIRST_DRAW_KEY, firstDrawValue } from "../db/first-draw-summary";
import { memoryDatabase } from "../db/memory";
import { parseHere, type ParseDocument } from "../db/prepare";
import { TifaDatabase } from "../db/schema";
import { migrateDocumentIds, rederiveIfParserChanged } from "../db/store";
import { writeRecentPacks } from "../db/recent-articles";
import { writeSnapshot } from "../db/snapshot";
import { NO_FILTERS } from "../model/filters";
import { RecentTexts } from "./recent-texts";
import { isQuotaError } from "./storage-problem";

/** The map's stored counts and the snapshot are written once the data has not changed for this long. */
const CACHE_DELAY_MS = 300;

/** Why the data lives only in memory for this visit: storage refused (a blocked third-party frame) or full. */
export type EphemeralReason = "refused" | "full";

export class Workspace {
  readonly dataset = new DatasetStore();
  /** The texts of recent articles: those just imported, and the packs read. */
  readonly recentTexts = new RecentTexts();
  /** Set when the data lives only for this visit, and why. */
  ephemeral: EphemeralReason | null = null;
  private opened: Promise<void>;

  private summaryTimer: ReturnType<typeof setTimeout> | null = null;
  /** The stored counts as last read or written; null until known. */
  private storedSummary: string | null = null;
  /** The revision of the stored snapshot, as last read or written; null until known. */
  private snapshotRevision: string | null = null;
  /** The revision the stored packs of recent texts were chosen at, as last written; null until then. */
  private recentRevision: string | null = null;

  /**
   * @param parse where documents are parsed (a pool of workers in the browser): imports, restores
   * and the reading again of every stored document after a parser change.
   */
  constructor(
    private database: TifaDatabase = new TifaDatabase(),
    readonly parse: ParseDocument = parseHere,
  ) {
    this.opened = this.open();
    this.dataset.onChange(() => this.keepCaches());
  }

  /**
   * Once the data has stopped changing for a moment (an import changes it batch after batch), the
   * unfiltered map's counts are stored for the page's next first draw (db/first-draw-summary), and
   * the rows as a snapshot for the next visit's load (db/snapshot), then the texts of the most
   * recent articles in packs (db/recent-articles).
   */
  private keepCaches(): void {
    if (this.summaryTimer !== null) clearTimeout(this.summaryTimer);
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = null;
      // A pause between two batches of an import is not the end of it (see `writingBatches`).
      if (this.writing > 0) return;
      // The views' first queries after a change find their indexes built.
      prepareIndexes(this.dataset.current());
      prepareOpeningNetwork(this.dataset.current());
      // A cache that cannot be written only costs the next visit some time.
      this.writeFirstDrawSummary()
        .catch(() => undefined)
        .then(() => this.writeSnapshotInTurn())
        .then(() => this.writeRecentPacksInTurn());
    }, CACHE_DELAY_MS);
  }

  /** Writes of many batches under way (imports, restores, corpora): the caches wait for their end. */
  private writing = 0;

  /**
   * Runs a write of many batches. Building the indexes and the snapshot costs as much as the
   * whole dataset: done at every pause of a long import (a slow file, a slow download), it
   * would make the import slower the larger the database. They are kept once it ends.
   */
  async writingBatches<T>(task: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await task();
    } finally {
      this.writing--;
      if (this.writing === 0) this.keepCaches();
    }
  }

  private cacheWrites: Promise<void> = Promise.resolve();

  /**
   * One cache write at a time (the snapshot, the packs of recent texts): a write pauses while it
   * encodes, and one started meanwhile must see what the first took (or, if it failed, that every
   * part is to be written again). A cache that cannot be written only costs a later visit time.
   */
  private inTurn(write: () => Promise<void>): Promise<void> {
    this.cacheWrites = this.cacheWrites.then(write).catch(() => undefined);
    return this.cacheWrites;
  }

  private writeSnapshotInTurn(): Promise<void> {
    return this.inTurn(() => this.writeSnapshot());
  }

  private async writeSnapshot(): Promise<void> {
    const db = await this.db();
    if (this.ephemeral) return;
    const revision = this.dataset.revision;
    if (revision === null || revision === this.snapshotRevision) return;
    // Written only if the database is still at the rows' revision: a write under way or failed makes it wait for the next quiet moment.
    let written = false;
    try {
      written = await writeSnapshot(db, revision, this.snapshotRevision, () => this.dataset.takeSnapshotChanges());
    } finally {
      if (!written) this.dataset.keepAllChanged();
    }
    if (written) this.snapshotRevision = revision;
  }

  /** After the snapshot's write, in the same turn: both read the whole dataset. */
  private writeRecentPacksInTurn(): Promise<void> {
    return this.inTurn(() => this.writeRecentPacks());
  }

  private async writeRecentPacks(): Promise<void> {
    const db = await this.db();
    if (this.ephemeral) return;
    const revision = this.dataset.revision;
    if (revision === null || revision === this.recentRevision) return;
    const data = this.dataset.current();
    const articles = indexDataset(data).articleById;
    const documentOf = (id: string) => articles.get(id)?.documentId;
    const offered = this.recentTexts.offered();
    if (!(await writeRecentPacks(db, revision, recentGroups(data), documentOf, offered))) return;
    this.recentRevision = revision;
    this.recentTexts.forgetPacks();
    this.recentTexts.forgetOffered(offered);
    // The views' first texts (the recurring expressions, unfiltered) are those of the pack of all.
    await this.recentTexts.readAhead(db);
  }

  private async writeFirstDrawSummary(): Promise<void> {
    const db = await this.db();
    if (this.ephemeral) return;
    const data = this.dataset.current();
    const value = firstDrawValue(
      this.dataset.revision,
      aggregates.meetingsByProvince(data, NO_FILTERS, {}, async () => []),
      aggregates.meetingsByMonth(data, NO_FILTERS, { stackBy: "province" }, async () => []),
    );
    this.storedSummary ??= (await db.meta.get(FIRST_DRAW_KEY))?.value ?? "";
    if (value === this.storedSummary) return;
    await db.meta.put({ key: FIRST_DRAW_KEY, value });
    this.storedSummary = value;
  }

  private async open(): Promise<void> {
    try {
      await this.database.open();
    } catch (error) {
      // Creating the database can be the first write to fail when storage is full.
      return this.useMemory(isQuotaError(error) ? "full" : "refused");
    }
    try {
      await this.prepareStored();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await this.useMemory("full");
    }
  }

  /** How far the stored documents have been read again after a parser change; null when they are not. */
  private rereading: { done: number; total: number } | null = null;
  private readonly rereadingListeners = new Set<(done: number, total: number) => void>();

  private reportRereading(done: number, total: number): void {
    this.rereading = { done, total };
    for (const listener of this.rereadingListeners) listener(done, total);
  }

  /**
   * Resolves once the database is open and its rows are this parser's. Meanwhile, when the stored
   * documents are being read again (a new parser), `onRereading` is told how far that is.
   */
  async whenReady(onRereading: (done: number, total: number) => void): Promise<void> {
    if (this.rereading) onRereading(this.rereading.done, this.rereading.total);
    this.rereadingListeners.add(onRereading);
    try {
      await this.opened;
    } finally {
      this.rereadingListeners.delete(onRereading);
    }
  }

  private async prepareStored(): Promise<void> {
    // Rows derived again at the open (a new parser) are taken as written, not read back.
    const written = new DatasetStore();
    const reread = (done: number, total: number) => this.reportRereading(done, total);
    const derived =
      (await migrateDocumentIds(this.database, written)) ||
      (await rederiveIfParserChanged(this.database, written, { onParsed: reread, parse: this.parse }).finally(
        () => (this.rereading = null),
      ));
    if (derived) this.dataset.adopt(written, await this.database.corrections.toArray());
    else await this.dataset.load(this.database);
    if (this.dataset.loadedFromSnapshot) this.snapshotRevision = this.dataset.revision;
    prepareIndexes(this.dataset.current());
    // After the first view's queries, which wait for this opening and come first.
    setTimeout(() => {
      prepareOpeningNetwork(this.dataset.current());
      // A database of an older version, or an import cut short, has no packs of this revision yet.
      void this.writeRecentPacksInTurn();
    }, 0);
  }

  private async useMemory(reason: EphemeralReason): Promise<void> {
    this.database = await memoryDatabase();
    this.ephemeral = reason;
    await this.prepareStored();
  }

  /**
   * The browser's storage is full before anything could be kept: the visit goes on in memory
   * (as where storage is refused), and says so. Only while nothing is stored, so no data is left behind.
   */
  async fallBackToMemoryIfEmpty(): Promise<boolean> {
    const db = await this.db();
    if (this.ephemeral || (await db.documents.count()) > 0) return false;
    this.opened = this.useMemory("full");
    await this.opened;
    return true;
  }

  /** The database, once it is open and its derived rows are those of this parser. */
  async db(): Promise<TifaDatabase> {
    await this.opened;
    return this.database;
  }

  /**
   * After a write of every derived row through `written` (a rederivation, a restore) has
   * committed: its rows become the dataset, without reading them back.
   */
  async adopt(written: DatasetStore): Promise<void> {
    const db = await this.db();
    this.storedSummary = null;
    this.forgetRecentTexts();
    this.dataset.adopt(written, await db.corrections.toArray());
  }

  /** The articles were read afresh (a restore, a clear, a parser change): their ids may name other texts. */
  private forgetRecentTexts(): void {
    this.recentTexts.forgetOffered();
    this.recentTexts.forgetPacks();
  }

  /** Reads the dataset again after a write that did not go through `apply` (a failed batch). */
  async reload(): Promise<void> {
    // A restore or a clear may have replaced what is stored.
    this.storedSummary = null;
    this.forgetRecentTexts();
    await this.dataset.load(await this.db());
    if (this.dataset.loadedFromSnapshot) this.snapshotRevision = this.dataset.revision;
  }
}
