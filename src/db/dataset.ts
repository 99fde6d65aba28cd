/**
 * The in-memory copy of the slim tables that the aggregates read. Loaded once, then kept up to
 * date with the rows each import writes, so queries never scan IndexedDB.
 */
import type { DerivedRows } from "./derive";
import type { ArticleRow, Dataset, MeetingRow, MentionRow, PersonRow, PhraseRow } from "./records";
import type { TifaDatabase } from "./schema";

export class DatasetStore {
  private articles = new Map<string, ArticleRow>();
  private meetings = new Map<string, MeetingRow>();
  private people = new Map<string, PersonRow>();
  private mentions = new Map<string, MentionRow>();
  private phrases = new Map<string, PhraseRow>();
  private snapshot: Dataset | null = null;

  async load(db: TifaDatabase): Promise<void> {
    const [articles, meetings, people, mentions, phrases] = await Promise.all([
      db.articles.toArray(),
      db.meetings.toArray(),
      db.people.toArray(),
      db.mentions.toArray(),
      db.phrases.toArray(),
    ]);
    this.articles = new Map(articles.map((r) => [r.id, r]));
    this.meetings = new Map(meetings.map((r) => [r.id, r]));
    this.people = new Map(people.map((r) => [r.id, r]));
    this.mentions = new Map(mentions.map((r) => [r.id, r]));
    this.phrases = new Map(phrases.map((r) => [r.id, r]));
    this.snapshot = null;
  }

  apply(rows: DerivedRows): void {
    for (const r of rows.articles) this.articles.set(r.id, r);
    for (const r of rows.meetings) this.meetings.set(r.id, r);
    for (const r of rows.people) this.people.set(r.id, r);
    for (const r of rows.mentions) this.mentions.set(r.id, r);
    for (const r of rows.phrases) this.phrases.set(r.id, r);
    this.snapshot = null;
  }

  /** The same Dataset object until the data changes, so per-dataset indexes are reused. */
  current(): Dataset {
    this.snapshot ??= {
      articles: [...this.articles.values()],
      meetings: [...this.meetings.values()],
      people: [...this.people.values()],
      mentions: [...this.mentions.values()],
      phrases: [...this.phrases.values()],
    };
    return this.snapshot;
  }
}
