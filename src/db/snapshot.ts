/**
 * The snapshot: every slim row the worker holds in memory, stored as a handful of columnar
 * records, so that a visit reads them in a few requests instead of one per row. It is a cache:
 * the tables stay the source of what is derived, and a snapshot that does not carry the
 * database's current revision (or this parser's and derivation's versions) is not used.
 */
import { PARSER_VERSION } from "../ingest";
import { decodeRows, encodeRows, type ColumnSpec, type ColumnTable } from "./columns";
import { DERIVATION_VERSION } from "./derivation-version";
import type { ArticleRow, MeetingRow, MentionRow, PersonRow, PhraseRow } from "./records";
import type { TifaDatabase } from "./schema";

export const SNAPSHOT_FORMAT = 1;

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

const TABLES = Object.keys(SPECS) as (keyof SnapshotRows)[];

/** What a stored snapshot was made from: it is used only while all of it still holds. */
export interface SnapshotStamp {
  format: number;
  parserVersion: string;
  derivation: string;
  /** The database's revision (meta "revision") when the rows were taken. */
  revision: string;
}

export interface SnapshotRecord {
  key: "stamp" | keyof SnapshotRows;
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

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The rows in the order of their ids, as IndexedDB gives a table's rows: however they were
 * loaded, the views see them in one order (ties in a ranking fall the same way on every visit).
 */
export function inIdOrder(rows: SnapshotRows): SnapshotRows {
  return {
    articles: [...rows.articles].sort(byId),
    meetings: [...rows.meetings].sort(byId),
    people: [...rows.people].sort(byId),
    mentions: [...rows.mentions].sort(byId),
    phrases: [...rows.phrases].sort(byId),
  };
}

/** The records of a snapshot of these rows, stored in the order of their ids. */
export function encodeSnapshot(rows: SnapshotRows, stamp: SnapshotStamp): SnapshotRecord[] {
  const sorted = inIdOrder(rows);
  return [
    { key: "stamp", value: stamp },
    ...TABLES.map((table) => ({
      key: table,
      value: encodeRows<SnapshotRows[typeof table][number]>(sorted[table], SPECS[table]),
    })),
  ];
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
    const decoded: Partial<Record<keyof SnapshotRows, unknown[]>> = {};
    for (const table of TABLES) {
      const value = byKey.get(table) as ColumnTable | undefined;
      if (!value) return null;
      decoded[table] = decodeRows(value, SPECS[table] as ColumnSpec<object>);
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
      const records = await db.snapshot.bulkGet(["stamp", ...TABLES]);
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
    return { rows: inIdOrder({ articles, meetings, people, mentions, phrases }), revision, fromSnapshot: false };
  });
}

/**
 * Stores the rows as the snapshot of revision `revision`, if the database is still at it (else
 * nothing is written and false returned). A database without a revision gets one here: it has
 * had no write since revisions began, so the rows read from it are its rows.
 */
export async function writeSnapshot(
  db: TifaDatabase,
  revision: string | null,
  rows: () => SnapshotRows,
): Promise<string | null> {
  return db.transaction("rw", [db.meta, db.snapshot], async () => {
    const stored = (await db.meta.get(REVISION_KEY))?.value ?? null;
    if (stored !== revision) return null;
    const mark = revision ?? newRevision();
    if (revision === null) await db.meta.put({ key: REVISION_KEY, value: mark });
    await db.snapshot.bulkPut(encodeSnapshot(rows(), currentStamp(mark)));
    return mark;
  });
}
