/**
 * The in-memory copy of the slim tables that the aggregates read. Loaded once, then kept up to
 * date with the rows each import writes, so queries never scan IndexedDB.
 */
import type { DerivedRows, EntityLookup } from "./derive";
import type { ArticleRow, Dataset, MeetingRow, MentionRow, PersonRow, PhraseRow } from "./records";
import type { TifaDatabase } from "./schema";

export class DatasetStore implements EntityLookup {
  private articles = new Map<string, ArticleRow>();
  private meetings = new Map<string, MeetingRow>();
  private people = new Map<string, PersonRow>();
  private mentions = new Map<string, MentionRow>();
  private phrases = new Map<string, PhraseRow>();
  private snapshot: Dataset | null = null;
  /** For matching at import: meetings by province, present names by meeting. */
  private meetingsByProvince = new Map<string, Set<string>>();
  private presentByMeeting = new Map<string, Set<string>>();

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
    this.meetingsByProvince.clear();
    this.presentByMeeting.clear();
    for (const m of meetings) this.indexMeeting(m);
    for (const m of mentions) this.indexMention(m);
    this.snapshot = null;
  }

  apply(rows: DerivedRows): void {
    for (const r of rows.articles) this.articles.set(r.id, r);
    for (const r of rows.meetings) {
      this.meetings.set(r.id, r);
      this.indexMeeting(r);
    }
    for (const r of rows.people) this.people.set(r.id, r);
    for (const r of rows.mentions) {
      this.mentions.set(r.id, r);
      this.indexMention(r);
    }
    for (const r of rows.phrases) this.phrases.set(r.id, r);
    this.snapshot = null;
  }

  private indexMeeting(meeting: MeetingRow): void {
    if (!meeting.province) return;
    const ids =
      this.meetingsByProvince.get(meeting.province) ??
      this.meetingsByProvince.set(meeting.province, new Set()).get(meeting.province)!;
    ids.add(meeting.id);
  }

  private indexMention(mention: MentionRow): void {
    if (!mention.meetingId || !mention.present) return;
    const names =
      this.presentByMeeting.get(mention.meetingId) ??
      this.presentByMeeting.set(mention.meetingId, new Set()).get(mention.meetingId)!;
    names.add(mention.personId.slice(mention.personId.indexOf(":") + 1));
  }

  meetingsIn(province: string): MeetingRow[] {
    return [...(this.meetingsByProvince.get(province) ?? [])].map((id) => this.meetings.get(id)!);
  }

  presentNames(meetingId: string): string[] {
    return [...(this.presentByMeeting.get(meetingId) ?? [])];
  }

  person(id: string): PersonRow | undefined {
    return this.people.get(id);
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
