/** Every slim row the database holds, read from each document's record (not from the snapshot). */
import type { SnapshotRows } from "../../src/db/snapshot";
import type { TifaDatabase } from "../../src/db/schema";

export async function storedRows(db: TifaDatabase): Promise<SnapshotRows> {
  const [documents, meetings, people] = await Promise.all([
    db.documentRows.toArray(),
    db.meetings.toArray(),
    db.people.toArray(),
  ]);
  return {
    articles: documents.flatMap((d) => d.articles),
    meetings,
    people,
    mentions: documents.flatMap((d) => d.mentions),
    phrases: documents.flatMap((d) => d.phrases),
  };
}
