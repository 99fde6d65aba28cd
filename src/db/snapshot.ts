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
import { REVISION_KEY } from "./revision";
import type { TifaDatabase } from "./schema";

export const SNAPSHOT_FORMAT = 3;

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
    id: "text",
    documentId: "string",
    file: "string",
    title: "text",
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
    id: "text",
    date: "string",
    month: "string",
    province: "string",
    city: "string",
    meetingType: "string",
    title: "text",
    articleIds: "strings",
  },
  people: { id: "text", name: "string", province: "string", titles: "strings", corrected: "flag" },
  mentions: {
    id: "text",
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
    id: "text",
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

/** A table's rows in its buckets (only those asked for), in the order given. */
function inBuckets<T extends SnapshotTable>(
  table: T,
  rows: readonly SnapshotRows[T][number][],
  only?: ReadonlySet<number>,
): Map<number, SnapshotRows[T][number][]> {
  const buckets = new Map<number, SnapshotRows[T][number][]>();
  for (let b = 0; b < BUCKETS; b++) if (!only || only.has(b)) buckets.set(b, []);
  for (const row of rows) buckets.get(bucketOf(table, row))?.push(row);
  return buckets;
}

/** A table's rows in its buckets, each bucket in the order of ids. */
function bucketed<T extends SnapshotTable>(
  table: T,
  rows: readonly SnapshotRows[T][number][],
): Map<number, SnapshotRows[T][number][]> {
  const buckets = inBuckets(table, rows);
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

/** A pause between two parts of a long piece of work: the worker answers what waits meanwhile. */
export type Pause = () => Promise<void>;

export const nextTask: Pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The records of the buckets asked for (all by default), with the stamp; a bucket at a time,
 * with a pause after each, so that encoding a large dataset never holds the worker for long.
 */
export async function encodeSnapshot(
  rows: SnapshotRows,
  stamp: SnapshotStamp,
  changed: ChangedBuckets = "all",
  pause: Pause = nextTask,
): Promise<SnapshotRecord[]> {
  const records: SnapshotRecord[] = [{ key: "stamp", value: stamp }];
  for (const table of TABLES) {
    const only = changed === "all" ? undefined : changed[table];
    for (const [bucket, list] of inBuckets(table, rows[table], only)) {
      records.push({
        key: recordKey(table, bucket),
        value: encodeRows<object>(list.sort(byId), SPECS[table] as ColumnSpec<object>),
      });
      await pause();
    }
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

export interface StoredSnapshot {
  rows: SnapshotRows;
  /** The database's revision, which the snapshot is of. */
  revision: string;
}

/**
 * The slim rows from the snapshot, read with the database's revision in one transaction; null
 * when there is none of this revision, parser, derivation and format (the rows are then
 * derived again from the documents' records: db/store `rederiveStored`).
 */
export async function readSnapshot(db: TifaDatabase): Promise<StoredSnapshot | null> {
  return db.transaction("r", [db.meta, db.snapshot], async () => {
    const revision = (await db.meta.get(REVISION_KEY))?.value ?? null;
    if (revision === null) return null;
    const records = await db.snapshot.bulkGet(["stamp", ...ALL_KEYS]);
    const rows = decodeSnapshot(records, currentStamp(revision));
    return rows ? { rows, revision } : null;
  });
}

/** What the worker gives for a snapshot: its rows, and the buckets changed since `base` was stored. */
export interface SnapshotChanges {
  rows: SnapshotRows;
  changed: ChangedBuckets;
}

/**
 * Stores the rows as the snapshot of revision `revision`, if the database is still at it (else
 * nothing is written and false returned): only the changed buckets when the stored snapshot is
 * the one they changed from (`base`), else all of them. The rows are encoded before the write's
 * transaction (a transaction cannot wait for the pauses), which checks that neither the
 * database nor the stored snapshot has changed meanwhile.
 */
export async function writeSnapshot(
  db: TifaDatabase,
  revision: string,
  base: string | null,
  changes: () => SnapshotChanges,
  pause: Pause = nextTask,
): Promise<boolean> {
  const stampNow = async () => (await db.snapshot.get("stamp"))?.value as SnapshotStamp | undefined;
  const before = await stampNow();
  const fromBase = base !== null && before !== undefined && sameStamp(before, currentStamp(base));
  const { rows, changed } = changes();
  const records = await encodeSnapshot(rows, currentStamp(revision), fromBase ? changed : "all", pause);
  return db.transaction("rw", [db.meta, db.snapshot], async () => {
    const stored = (await db.meta.get(REVISION_KEY))?.value ?? null;
    if (stored !== revision) return false;
    const stamp = await stampNow();
    if (fromBase && !(stamp && sameStamp(stamp, before))) return false;
    await db.snapshot.bulkPut(records);
    return true;
  });
}
