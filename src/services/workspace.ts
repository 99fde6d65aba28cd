/**
 * What the import and analytics services share: the database (or an in-memory one where the
 * browser refuses storage) and the in-memory dataset the aggregates and matching read.
 */
import { DatasetStore } from "../analytics/dataset-store";
import { memoryDatabase } from "../db/memory";
import { TifaDatabase } from "../db/schema";
import { migrateDocumentIds, rederiveIfParserChanged } from "../db/store";

export class Workspace {
  readonly dataset = new DatasetStore();
  /** True when the browser refused storage and the data lives only for this visit. */
  ephemeral = false;
  private readonly opened: Promise<void>;

  constructor(private database: TifaDatabase = new TifaDatabase()) {
    this.opened = this.open();
  }

  private async open(): Promise<void> {
    try {
      await this.database.open();
    } catch {
      this.database = await memoryDatabase();
      this.ephemeral = true;
    }
    await migrateDocumentIds(this.database, new DatasetStore());
    await rederiveIfParserChanged(this.database, new DatasetStore());
    await this.dataset.load(this.database);
  }

  /** The database, once it is open and its derived rows are those of this parser. */
  async db(): Promise<TifaDatabase> {
    await this.opened;
    return this.database;
  }

  /** Reads the dataset again after a write that did not go through `apply` (a failed batch, a restore). */
  async reload(): Promise<void> {
    await this.dataset.load(await this.db());
  }
}
