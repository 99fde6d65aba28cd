/**
 * The in-memory copy of the slim tables that the aggregates read. Loaded once, then kept up to
 * date with the rows each import writes, so queries never scan IndexedDB. It also answers the
 * lookups that matching needs at import, from indexes keyed so that matching one article costs
 * the same whatever the size of the database.
 */
import type { DerivedRows, EntityLookup } from "../db/derive";
import type { ArticleRow, Dataset, MeetingRow, MentionRow, PersonRow, PhraseRow } from "../db/records";
import type { TifaDatabase } from "../db/schema";
import {
  bucketOf,
  inSnapshotOrder,
  noChangedBuckets,
  readSnapshot,
  type ChangedBuckets,
  type SnapshotChanges,
  type SnapshotRows,
  type SnapshotTable,
} from "../db/snapshot";
import { mergeMapOf, mergePeople } from "../db/person-merges";
import { rederiveStored } from "../db/store";
import type { CorrectionRecord } from "../model/correction";
import { dayOfYear } from "../model/partial-date";
import { nameOfPerson, type PersonId } from "../model/person-id";

function addTo<K, V>(index: Map<K, Set<V>>, key: K, value: V): void {
  const values = index.get(key);
  if (values) values.add(value);
  else index.set(key, new Set([value]));
}

export class DatasetStore implements EntityLookup {
  private articles = new Map<string, ArticleRow>();
  private meetings = new Map<string, MeetingRow>();
  private people = new Map<PersonId, PersonRow>();
  private mentions = new Map<string, MentionRow>();
  private phrases = new Map<string, PhraseRow>();
  private snapshot: Dataset | null = null;
  private readonly listeners = new Set<() => void>();
  /** "Same person as" corrections, laid over the stored people when the views read them. */
  private merges = new Map<PersonId, PersonId>();
  private mergeCorrections: CorrectionRecord[] = [];
  /** For matching at import: meeting ids by "province|MM-DD", present names by meeting. */
  private meetingsByDay = new Map<string, Set<string>>();
  private presentByMeeting = new Map<string, Set<string>>();
  /**
   * The database revision these rows are of (db/snapshot): set by a load, and by every write that
   * applies its rows here. null for a database written before revisions.
   */
  revision: string | null = null;
  /** The last load read the snapshot of `revision` (rather than every row). */
  loadedFromSnapshot = false;
  /** The snapshot's buckets changed since it was last read or stored (db/snapshot). */
  private changedBuckets: ChangedBuckets = "all";

  /** Called after every change of what the views read. */
  onChange(listener: () => void): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    this.snapshot = null;
    for (const listener of this.listeners) listener();
  }

  /**
   * The rows of the database: its snapshot, or where there is none of its revision (a visit
   * after an import cut short), every row derived again from the documents' records.
   */
  async load(db: TifaDatabase): Promise<void> {
    const stored = await readSnapshot(db);
    if (!stored) {
      const written = new DatasetStore();
      await rederiveStored(db, written, { keepUnchangedRevision: true });
      this.adopt(written, await db.corrections.toArray());
      return;
    }
    this.setRows(stored.rows);
    this.revision = stored.revision;
    this.loadedFromSnapshot = true;
    this.changedBuckets = noChangedBuckets();
    this.setMerges(await db.corrections.toArray());
  }

  private setRows({ articles, meetings, people, mentions, phrases }: SnapshotRows): void {
    this.articles = new Map(articles.map((r) => [r.id, r]));
    this.meetings = new Map(meetings.map((r) => [r.id, r]));
    this.people = new Map(people.map((r) => [r.id, r]));
    this.mentions = new Map(mentions.map((r) => [r.id, r]));
    this.phrases = new Map(phrases.map((r) => [r.id, r]));
    this.meetingsByDay = new Map();
    this.presentByMeeting = new Map();
    for (const m of meetings) this.indexMeeting(m);
    for (const m of mentions) this.indexMention(m);
  }

  /**
   * Takes over the rows of a store that has just written every row of the database afresh (a
   * rederivation, a restore), instead of reading them all back; with the corrections in force.
   */
  adopt(written: DatasetStore, corrections: readonly CorrectionRecord[]): void {
    // In the order a load gives them: the views see the same order either way.
    this.setRows(inSnapshotOrder(written.storedRows()));
    this.revision = written.revision;
    this.loadedFromSnapshot = false;
    this.changedBuckets = "all";
    this.setMerges(corrections);
  }

  atRevision(revision: string): void {
    this.revision = revision;
  }

  /**
   * The rows for the snapshot and the buckets changed since it was last read or stored; from now
   * on changes are counted from here (`keepAllChanged` if the snapshot could not be stored).
   */
  takeSnapshotChanges(): SnapshotChanges {
    const changes = { rows: this.storedRows(), changed: this.changedBuckets };
    this.changedBuckets = noChangedBuckets();
    return changes;
  }

  /** The snapshot was not stored: the next one is written whole. */
  keepAllChanged(): void {
    this.changedBuckets = "all";
  }

  private markChanged<T extends SnapshotTable>(table: T, rows: readonly SnapshotRows[T][number][]): void {
    const changed = this.changedBuckets;
    if (changed === "all") return;
    for (const row of rows) changed[table].add(bucketOf(table, row));
  }

  /** The stored rows as they are (no merge laid over them). */
  storedRows(): SnapshotRows {
    return {
      articles: [...this.articles.values()],
      meetings: [...this.meetings.values()],
      people: [...this.people.values()],
      mentions: [...this.mentions.values()],
      phrases: [...this.phrases.values()],
    };
  }

  /** Takes the "same person as" corrections in force: from now on the views see those people as one. */
  setMerges(corrections: readonly CorrectionRecord[]): void {
    this.mergeCorrections = corrections.filter((c) => c.change.kind === "samePerson");
    this.merges = mergeMapOf(this.mergeCorrections, (id) => this.people.has(id)).merges;
    this.changed();
  }

  /** The record a person's id stands for in the views: the one a merge keeps, else the person's own. */
  mergedId(id: PersonId): PersonId {
    return this.merges.get(id) ?? id;
  }

  /** Ids of "same person as" corrections naming a person no record holds. */
  orphanedMerges(): string[] {
    return mergeMapOf(this.mergeCorrections, (id) => this.people.has(id)).orphaned;
  }

  apply(rows: DerivedRows): void {
    this.markChanged("articles", rows.articles);
    this.markChanged("meetings", rows.meetings);
    this.markChanged("people", rows.people);
    this.markChanged("mentions", rows.mentions);
    this.markChanged("phrases", rows.phrases);
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
    // A new person can be the one a merge waited for.
    if (rows.people.length && this.mergeCorrections.length) this.setMerges(this.mergeCorrections);
    this.changed();
  }

  /** A meeting keeps its province and its day of the year when reports merge into it, so its key never moves. */
  private indexMeeting(meeting: MeetingRow): void {
    const day = dayOfYear(meeting.date);
    if (meeting.province && day) addTo(this.meetingsByDay, `${meeting.province}|${day}`, meeting.id);
  }

  private indexMention(mention: MentionRow): void {
    if (mention.meetingId && mention.present)
      addTo(this.presentByMeeting, mention.meetingId, nameOfPerson(mention.personId));
  }

  meetingsOn(province: string, day: string): MeetingRow[] {
    return [...(this.meetingsByDay.get(`${province}|${day}`) ?? [])].map((id) => this.meetings.get(id)!);
  }

  presentNames(meetingId: string): string[] {
    return [...(this.presentByMeeting.get(meetingId) ?? [])];
  }

  person(id: PersonId): PersonRow | undefined {
    return this.people.get(id);
  }

  /** The same Dataset object until the data changes, so per-dataset indexes are reused. */
  current(): Dataset {
    this.snapshot ??= mergePeople(
      {
        articles: [...this.articles.values()],
        meetings: [...this.meetings.values()],
        people: [...this.people.values()],
        mentions: [...this.mentions.values()],
        phrases: [...this.phrases.values()],
      },
      this.merges,
    );
    return this.snapshot;
  }
}
