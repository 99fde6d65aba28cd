/**
 * Writing to the database: documents and everything derived from them, in transactions that
 * leave each file whole or absent.
 */
import { PARSER_VERSION } from "../ingest";
import { CORPUS_VALIDATORS_PREFIX } from "./corpus-file";
import { DERIVATION_VERSION } from "./derivation-version";
import { deriveRows, type DerivedRows, type EntityLookup } from "./derive";
import { DOCUMENT_ID_SCHEME, documentIdOf } from "./document-id";
import {
  newDocumentOf,
  prepareStoredDocuments,
  type NewDocument,
  type ParseDocument,
  type PreparedDocument,
} from "./prepare";
import type { TifaDatabase, DocumentRecord, DocumentRows } from "./schema";
import type { CorrectionRecord } from "../model/correction";
import type { NoteRecord } from "../model/note";
import { newRevision, REVISION_KEY } from "./revision";

export type { NewDocument, PreparedDocument };

function allTables(db: TifaDatabase) {
  return [db.documents, ...db.derivedTables];
}

export type ImportOutcome = { status: "imported"; articles: number; rows: DerivedRows } | { status: "duplicate" };

/**
 * What matching knows of the stored meetings and people; it learns each document's rows as they
 * are written, and the revision the database is at once they are.
 */
export type KnownEntities = EntityLookup & { apply(rows: DerivedRows): void; atRevision(revision: string): void };

/**
 * Marks a change of the derived tables: a snapshot of another revision is no longer used. Runs
 * inside the transaction that changes them.
 */
async function markRevision(db: TifaDatabase, known?: KnownEntities): Promise<void> {
  const revision = newRevision();
  await db.meta.put({ key: REVISION_KEY, value: revision });
  known?.atRevision(revision);
}

function documentRowsOf(id: string, rows: DerivedRows): DocumentRows {
  const { articles, mentions, phrases } = rows;
  return { id, articles, bodies: rows.bodies.map((b) => b.article), mentions, phrases };
}

/**
 * Writes documents and everything derived from them; must run inside a transaction over all
 * tables. `known` answers for what is stored and learns each document's rows as it goes, so
 * later documents match the meetings and people of earlier ones. One bulk write per table.
 */
async function writeDocuments(
  db: TifaDatabase,
  batch: readonly PreparedDocument[],
  known: KnownEntities,
): Promise<ImportOutcome[]> {
  const ids = batch.map((b) => b.doc.id);
  const [stored, corrections] = await Promise.all([
    db.documents.bulkGet(ids),
    db.corrections.where("documentId").anyOf(ids).toArray(),
  ]);
  const seen = new Set<string>();
  const outcomes: ImportOutcome[] = [];
  const records: DocumentRecord[] = [];
  const all: DerivedRows[] = [];
  for (const [i, { doc, articles }] of batch.entries()) {
    if (stored[i] || seen.has(doc.id)) {
      outcomes.push({ status: "duplicate" });
      continue;
    }
    seen.add(doc.id);
    const mine = corrections.filter((c) => c.documentId === doc.id);
    const rows = deriveRows(doc.id, doc.fileName, articles, known, mine);
    known.apply(rows);
    records.push({ ...doc, parserVersion: PARSER_VERSION, articleIds: rows.articles.map((a) => a.id) });
    all.push(rows);
    outcomes.push({ status: "imported", articles: articles.length, rows });
  }
  await db.documents.bulkPut(records);
  await db.documentRows.bulkPut(all.map((rows, i) => documentRowsOf(records[i]!.id, rows)));
  if (records.length) await markRevision(db, known);
  return outcomes;
}

/**
 * Imports parsed documents in one transaction: all of them or, if the transaction fails, none
 * (the caller then retries file by file, so that each file is whole or absent).
 */
export async function importBatch(
  db: TifaDatabase,
  batch: readonly PreparedDocument[],
  known: KnownEntities,
): Promise<ImportOutcome[]> {
  return db.transaction("rw", [...allTables(db), db.corrections, db.meta], () => writeDocuments(db, batch, known));
}

export interface ReplaceOptions {
  seedsDeclined?: boolean;
  onParsed?: (done: number, total: number) => void;
  /** Where the documents are parsed again (a pool of workers); in this thread by default. */
  parse?: ParseDocument;
  /** The analyst's corrections to keep instead of those stored (a restore brings its own). */
  corrections?: readonly CorrectionRecord[];
  /** The analyst's notes to keep instead of those stored (a restore brings its own). */
  notes?: readonly NoteRecord[];
}

/**
 * Replaces everything with these documents, parsed afresh, in one transaction. `fresh` knows
 * nothing yet: it learns the rows as they are written.
 */
export async function replaceAll(
  db: TifaDatabase,
  docs: readonly NewDocument[],
  fresh: KnownEntities,
  options: ReplaceOptions = {},
): Promise<void> {
  const parsed = await prepareStoredDocuments(docs, options.parse, options.onParsed);
  await replacePrepared(db, parsed, fresh, options);
}

/** Everything derived again from these parsed documents, under the corrections, in one transaction. */
async function replacePrepared(
  db: TifaDatabase,
  parsed: readonly PreparedDocument[],
  fresh: KnownEntities,
  options: ReplaceOptions,
): Promise<void> {
  await db.transaction("rw", [...allTables(db), db.meta, db.corrections, db.notes], async () => {
    await Promise.all(allTables(db).map((t) => t.clear()));
    // The corpora opened before may not be among these documents: they are downloaded whole again.
    await db.meta.where("key").startsWith(CORPUS_VALIDATORS_PREFIX).delete();
    await markRevision(db, fresh);
    if (options.notes) {
      await db.notes.clear();
      await db.notes.bulkPut([...options.notes]);
    }
    if (options.corrections) {
      await db.corrections.clear();
      await db.corrections.bulkPut([...options.corrections]);
    }
    await writeDocuments(db, parsed, fresh);
    await db.meta.put({ key: "parserVersion", value: PARSER_VERSION });
    await db.meta.put({ key: "derivation", value: DERIVATION_VERSION });
    await db.meta.put({ key: "documentIds", value: DOCUMENT_ID_SCHEME });
    if (options.seedsDeclined !== undefined) {
      if (options.seedsDeclined) await db.meta.put({ key: "seeds", value: "declined" });
      else await db.meta.delete("seeds");
    }
  });
}

/** After a parser change, every record is derived again from the stored documents; none is lost. */
export async function rederiveIfParserChanged(
  db: TifaDatabase,
  fresh: KnownEntities,
  options: Pick<ReplaceOptions, "onParsed" | "parse"> = {},
): Promise<boolean> {
  const [parser, derivation] = await Promise.all([db.meta.get("parserVersion"), db.meta.get("derivation")]);
  if (parser?.value === PARSER_VERSION && derivation?.value === DERIVATION_VERSION) return false;
  const docs = await db.documents.orderBy("importedAt").toArray();
  await replaceAll(db, docs, fresh, options);
  return docs.length > 0;
}

/** Rows of one document as compared for a write: its bodies never change when only corrections do. */
const slimRows = (r: DocumentRows) => JSON.stringify([r.articles, r.mentions, r.phrases]);

/**
 * Every row derived again from the documents' records (the articles as they were parsed, not
 * parsed again), in the order the documents were imported: meetings and people, which are not
 * stored row by row, and each document's rows under the corrections in force. `fresh` learns
 * them as they are derived. Returns each document's record as derived now.
 */
export function deriveStoredRows(
  order: readonly string[],
  stored: ReadonlyMap<string, DocumentRows>,
  corrections: readonly CorrectionRecord[],
  fresh: KnownEntities,
): DocumentRows[] {
  const derived: DocumentRows[] = [];
  for (const id of order) {
    const mine = stored.get(id);
    if (!mine?.articles.length) continue;
    const rows = deriveRows(
      id,
      mine.articles[0]!.file,
      mine.bodies,
      fresh,
      corrections.filter((c) => c.documentId === id),
    );
    fresh.apply(rows);
    derived.push(documentRowsOf(id, rows));
  }
  return derived;
}

/**
 * Every row derived again from the stored documents as they were parsed, without parsing them
 * again: after the analyst's corrections change, and when a visit finds no snapshot of the
 * database. All documents, in the order they were imported: a corrected province or date
 * changes which reports are one meeting for the documents imported after it. Only the records
 * that change are written. With `keepUnchangedRevision` (a visit, where nothing else changed),
 * the database keeps its revision when no record changes.
 */
export async function rederiveStored(
  db: TifaDatabase,
  fresh: KnownEntities,
  { keepUnchangedRevision = false } = {},
): Promise<void> {
  await db.transaction("rw", [db.documentRows, db.documents, db.corrections, db.meta], async () => {
    const [order, stored, corrections, revision] = await Promise.all([
      db.documents.orderBy("importedAt").primaryKeys(),
      db.documentRows.toArray(),
      db.corrections.toArray(),
      db.meta.get(REVISION_KEY),
    ]);
    const byId = new Map(stored.map((r) => [r.id, r]));
    const derived = deriveStoredRows(order, byId, corrections, fresh);
    const changed = derived.filter((r) => slimRows(r) !== slimRows(byId.get(r.id)!));
    await db.documentRows.bulkPut(changed);
    if (keepUnchangedRevision && !changed.length && revision) fresh.atRevision(revision.value);
    else await markRevision(db, fresh);
  });
}

/** Everything goes: the documents, what was derived from them and the analyst's corrections and notes. */
export async function clearAll(db: TifaDatabase): Promise<void> {
  await db.transaction("rw", [...allTables(db), db.meta, db.corrections, db.notes, db.snapshot], async () => {
    await Promise.all([...allTables(db), db.meta, db.corrections, db.notes, db.snapshot].map((t) => t.clear()));
    await markRevision(db);
    await db.meta.put({ key: "parserVersion", value: PARSER_VERSION });
    await db.meta.put({ key: "derivation", value: DERIVATION_VERSION });
    await db.meta.put({ key: "documentIds", value: DOCUMENT_ID_SCHEME });
    // The user emptied the database on purpose: the bundled articles do not come back by themselves.
    await db.meta.put({ key: "seeds", value: "declined" });
  });
}

/**
 * Databases written before documents were identified by their text hold ids hashed from the
 * file's bytes: they are re-identified once (the first of two documents with one text is kept)
 * and everything is derived again. Returns whether anything changed.
 */
export async function migrateDocumentIds(db: TifaDatabase, fresh: KnownEntities): Promise<boolean> {
  if ((await db.meta.get("documentIds"))?.value === DOCUMENT_ID_SCHEME) return false;
  const docs = await db.documents.orderBy("importedAt").toArray();
  const renamed = new Map<string, NewDocument>();
  for (const doc of docs) {
    const id = await documentIdOf(doc.raw);
    if (!renamed.has(id)) renamed.set(id, { ...newDocumentOf(doc), id });
  }
  const unchanged = renamed.size === docs.length && docs.every((d) => renamed.has(d.id));
  if (unchanged) await db.meta.put({ key: "documentIds", value: DOCUMENT_ID_SCHEME });
  else await replaceAll(db, [...renamed.values()], fresh);
  return !unchanged;
}
