/**
 * The snapshot: every slim row the worker holds in memory, stored as a few columnar records
 * (each table in BUCKETS parts), so that a visit reads them in a few requests instead of one per
 * row, and a small import rewrites only the parts it changed. It is a cache:
 * the tables stay the source of what is derived, and a snapshot that does not carry the
 * database's current revision (or this parser's and derivation's versions) is not used.
 */
import { PARSER_VERSION } from "../ingest";
import { decodeRows, encodeRows, type ColumnSpec, type ColumnTable } from "./columns";
import { DERIVATION_VERSION } from "./derivation-version";
import type { ArticleRow, MeetingRow, MentionRow, PersonRow, PhraseRow } from "./records";
import type { TifaDatabase } from "./schema";

export const SNAPSHOT_FORMAT = 2;

/** Each table is stored in this many parts, so that a small import rewrites a few of them. */
export const BUCKETS = 16;

/** The rows a snapshot holds: the stored rows as they are, before any "same person as" is laid over them. */
export interface SnapshotRows {
  articles: ArticleRow[];
  meetings: MeetingRow[];
  people: PersonRow[];
  mentions: MentionRow[];
  phrases: PhraseRow[];
}

const SPECS: { [K in keyof SnapshotRows]: ColumnSpec<SnapshotRows[K][number]> } = {
  articles: {
    id: "string",
    documentId: "string",
    file: "string",
    title: "string",
    date: "string",
    published: "string",
    province: "string",
    city: "string",
    isMeeting: "bool",
    meetingType: "string",
    meetingId: "string",
    corrected: "flag",
  },
  meetings: {
    id: "string",
    date: "string",
    month: "string",
    province: "string",
    city: "string",
    meetingType: "string",
    title: "string",
    articleIds: "strings",
  },
  people: { id: "string", name: "string", province: "string", titles: "strings", corrected: "flag" },
  mentions: {
    id: "string",
    personId: "string",
    articleId: "string",
    meetingId: "string",
    role: "string",
    present: "bool",
    titles: "strings",
    start: "int",
    end: "int",
    corrected: "flag",
  },
  phrases: {
    id: "string",
    phrase: "string",
    articleId: "string",
    meetingId: "string",
    province: "string",
    date: "string",
    sentence: "text",
    start: "int",
    end: "int",
    corrected: "flag",
  },
};

export type SnapshotTable = keyof SnapshotRows;
const TABLES = Object.keys(SPECS) as SnapshotTable[];

/** What a stored snapshot was made from: it is used only while all of it still holds. */
export interface SnapshotStamp {
  format: number;
  parserVersion: string;
  derivation: string;
  /** The database's revision (meta "revision") when the rows were taken. */
  revision: string;
}

export interface SnapshotRecord {
  /** "stamp", or "<table>:<bucket>". */
  key: string;
  value: SnapshotStamp | ColumnTable;
}

export const REVISION_KEY = "revision";

/** A new revision mark: written with every change of the derived tables, in the same transaction. */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function currentStamp(revision: string): SnapshotStamp {
  return { format: SNAPSHOT_FORMAT, parserVersion: PARSER_VERSION, derivation: DERIVATION_VERSION, revision };
}

function sameStamp(a: SnapshotStamp, b: SnapshotStamp): boolean {
  return (
    a.format === b.format &&
    a.parserVersion === b.parserVersion &&
    a.derivation === b.derivation &&
    a.revision === b.revision
  );
}

/** FNV-1a of a string, into a bucket. */
function bucketOfKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BUCKETS;
}

/** The bucket a row is stored in: an article's mentions and phrases go with the article. */
export function bucketOf<T extends SnapshotTable>(table: T, row: SnapshotRows[T][number]): number {
  if (table === "mentions" || table === "phrases") return bucketOfKey((row as MentionRow | PhraseRow).articleId);
  return bucketOfKey(row.id);
}

const recordKey = (table: SnapshotTable, bucket: number) => `${table}:${bucket}`;
const ALL_KEYS = TABLES.flatMap((table) => Array.from({ length: BUCKETS }, (_, b) => recordKey(table, b)));

/** Buckets per table: those changed since the snapshot was last stored, or "all". */
export type ChangedBuckets = { [T in SnapshotTable]: Set<number> } | "all";

export function noChangedBuckets(): { [T in SnapshotTable]: Set<number> } {
  return { articles: new Set(), meetings: new Set(), people: new Set(), mentions: new Set(), phrases: new Set() };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A table's rows in its buckets (only those asked for), each bucket in the order of ids. */
function bucketed<T extends SnapshotTable>(
  table: T,
  rows: readonly SnapshotRows[T][number][],
  only?: ReadonlySet<number>,
): Map<number, SnapshotRows[T][number][]> {
  const buckets = new Map<number, SnapshotRows[T][number][]>();
  for (let b = 0; b < BUCKETS; b++) if (!only || only.has(b)) buckets.set(b, []);
  for (const row of rows) buckets.get(bucketOf(table, row))?.push(row);
  for (const list of buckets.values()) list.sort(byId);
  return buckets;
}

/**
 * The rows in the order the snapshot keeps them (by bucket, then by id): however they were
 * loaded, the views see them in one order (ties in a ranking fall the same way on every visit).
 */
export function inSnapshotOrder(rows: SnapshotRows): SnapshotRows {
  const ordered = <T extends SnapshotTable>(table: T) => [...bucketed(table, rows[table]).values()].flat();
  return {
    articles: ordered("articles"),
    meetings: ordered("meetings"),
    people: ordered("people"),
    mentions: ordered("mentions"),
    phrases: ordered("phrases"),
  };
}

/** The records of the buckets asked for (all by default), with the stamp. */
export function encodeSnapshot(
  rows: SnapshotRows,
  stamp: SnapshotStamp,
  changed: ChangedBuckets = "all",
): SnapshotRecord[] {
  const records: SnapshotRecord[] = [{ key: "stamp", value: stamp }];
  for (const table of TABLES) {
    const only = changed === "all" ? undefined : changed[table];
    for (const [bucket, list] of bucketed(table, rows[table], only))
      records.push({
        key: recordKey(table, bucket),
        value: encodeRows<object>(list, SPECS[table] as ColumnSpec<object>),
      });
  }
  return records;
}

/** The rows of stored snapshot records, or null when they are not whole or not of this stamp. */
export function decodeSnapshot(
  records: readonly (SnapshotRecord | undefined)[],
  stamp: SnapshotStamp,
): SnapshotRows | null {
  const byKey = new Map(records.flatMap((r) => (r ? [[r.key, r.value] as const] : [])));
  const stored = byKey.get("stamp") as SnapshotStamp | undefined;
  if (!stored || !sameStamp(stored, stamp)) return null;
  try {
    const decoded: Partial<Record<SnapshotTable, unknown[]>> = {};
    for (const table of TABLES) {
      const parts: unknown[][] = [];
      for (let b = 0; b < BUCKETS; b++) {
        const value = byKey.get(recordKey(table, b)) as ColumnTable | undefined;
        if (!value) return null;
        parts.push(decodeRows(value, SPECS[table] as ColumnSpec<object>));
      }
      decoded[table] = parts.flat();
    }
    return decoded as unknown as SnapshotRows;
  } catch {
    return null;
  }
}

export interface StoredRows {
  rows: SnapshotRows;
  /** The revision these rows are of; null for a database that has none yet (written before revisions). */
  revision: string | null;
  /** Read from the snapshot (else from the tables, row by row). */
  fromSnapshot: boolean;
}

/** Every slim row, from the snapshot when it holds, else from each document's record; both read with the revision, in one transaction. */
export async function readStoredRows(db: TifaDatabase): Promise<StoredRows> {
  return db.transaction("r", [db.meta, db.snapshot, db.documentRows, db.meetings, db.people], async () => {
    const revision = (await db.meta.get(REVISION_KEY))?.value ?? null;
    if (revision !== null) {
      const records = await db.snapshot.bulkGet(["stamp", ...ALL_KEYS]);
      const rows = decodeSnapshot(records, currentStamp(revision));
      if (rows) return { rows, revision, fromSnapshot: true };
    }
    const [documents, meetings, people] = await Promise.all([
      db.documentRows.toArray(),
      db.meetings.toArray(),
      db.people.toArray(),
    ]);
    const articles = documents.flatMap((d) => d.articles);
    const mentions = documents.flatMap((d) => d.mentions);
    const phrases = documents.flatMap((d) => d.phrases);
    return { rows: inSnapshotOrder({ articles, meetings, people, mentions, phrases }), revision, fromSnapshot: false };
  });
}

/** What the worker gives for a snapshot: its rows, and the buckets changed since `base` was stored. */
export interface SnapshotChanges {
  rows: SnapshotRows;
  changed: ChangedBuckets;
}

/**
 * Stores the rows as the snapshot of revision `revision`, if the database is still at it (else
 * nothing is written and null returned): only the changed buckets when the stored snapshot is
 * the one they changed from (`base`), else all of them. A database without a revision gets one
 * here: it has had no write since revisions began, so the rows read from it are its rows.
 */
export async function writeSnapshot(
  db: TifaDatabase,
  revision: string | null,
  base: string | null,
  changes: () => SnapshotChanges,
): Promise<string | null> {
  return db.transaction("rw", [db.meta, db.snapshot], async () => {
    const stored = (await db.meta.get(REVISION_KEY))?.value ?? null;
    if (stored !== revision) return null;
    const mark = revision ?? newRevision();
    if (revision === null) await db.meta.put({ key: REVISION_KEY, value: mark });
    const stamp = (await db.snapshot.get("stamp"))?.value as SnapshotStamp | undefined;
    const { rows, changed } = changes();
    const fromBase = base !== null && stamp !== undefined && sameStamp(stamp, currentStamp(base));
    await db.snapshot.bulkPut(encodeSnapshot(rows, currentStamp(mark), fromBase ? changed : "all"));
    return mark;
  });
}
