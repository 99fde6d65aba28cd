/**
 * Every slim row the database holds, as its documents' records give them (not from the snapshot):
 * meetings and people derived again from those records, in import order.
 */
import { DatasetStore } from "../../src/analytics/dataset-store";
import { deriveStoredRows } from "../../src/db/store";
import type { SnapshotRows } from "../../src/db/snapshot";
import type { TifaDatabase } from "../../src/db/schema";

export async function storedRows(db: TifaDatabase): Promise<SnapshotRows> {
  const [order, records, corrections] = await Promise.all([
    db.documents.orderBy("importedAt").primaryKeys(),
    db.documentRows.toArray(),
    db.corrections.toArray(),
  ]);
  const fresh = new DatasetStore();
  deriveStoredRows(order, new Map(records.map((r) => [r.id, r])), corrections, fresh);
  const { meetings, people } = fresh.storedRows();
  return {
    articles: records.flatMap((d) => d.articles),
    meetings,
    people,
    mentions: records.flatMap((d) => d.mentions),
    phrases: records.flatMap((d) => d.phrases),
  };
}
