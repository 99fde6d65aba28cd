/**
 * Writing to the database: a document and everything derived from it in one transaction,
 * so a file is imported whole or not at all.
 */
import { parseText, PARSER_VERSION } from "../ingest";
import type { Article } from "../ingest/types";
import { deriveRows, type DerivedRows, type EntityLookup } from "./derive";
import type { TifaDatabase, DocumentRecord, DocumentSource } from "./schema";

export function lookupIn(db: TifaDatabase): EntityLookup {
  return {
    meetingsIn: (province) => db.meetings.where("province").equals(province).toArray(),
    presentNames: async (meetingId) =>
      (await db.mentions.where("meetingId").equals(meetingId).toArray()).filter((m) => m.present).map((m) => m.personId.slice(m.personId.indexOf(":") + 1)),
    person: (id) => db.people.get(id),
  };
}

export interface NewDocument {
  id: string;
  fileName: string;
  raw: string;
  encoding: string;
  source: DocumentSource;
  importedAt: number;
}

function allTables(db: TifaDatabase) {
  return [db.documents, ...db.derivedTables];
}

/** Writes the document and its rows; must run inside a transaction over all tables. */
export async function putDocument(db: TifaDatabase, doc: NewDocument, articles: readonly Article[]): Promise<{ record: DocumentRecord; rows: DerivedRows }> {
  const rows = await deriveRows(doc.id, doc.fileName, articles, lookupIn(db));
  const record: DocumentRecord = { ...doc, parserVersion: PARSER_VERSION, articleIds: rows.articles.map((a) => a.id) };
  await db.documents.put(record);
  await db.articles.bulkPut(rows.articles);
  await db.articleBodies.bulkPut(rows.bodies);
  await db.meetings.bulkPut(rows.meetings);
  await db.people.bulkPut(rows.people);
  await db.mentions.bulkPut(rows.mentions);
  await db.phrases.bulkPut(rows.phrases);
  return { record, rows };
}

export type ImportOutcome = { status: "imported"; articles: number; rows: DerivedRows } | { status: "duplicate" };

/** Imports one parsed document in one transaction; a document already stored changes nothing. */
export async function importDocument(db: TifaDatabase, doc: NewDocument, articles: readonly Article[]): Promise<ImportOutcome> {
  return db.transaction("rw", allTables(db), async () => {
    if (await db.documents.get(doc.id)) return { status: "duplicate" } as const;
    const { rows } = await putDocument(db, doc, articles);
    return { status: "imported", articles: articles.length, rows } as const;
  });
}

/** Replaces everything with these documents, parsed afresh, in one transaction. */
export async function replaceAll(db: TifaDatabase, docs: readonly NewDocument[]): Promise<void> {
  const parsed = docs.map((doc) => ({ doc, articles: parseText(doc.raw, { fileName: doc.fileName }) }));
  await db.transaction("rw", [...allTables(db), db.meta], async () => {
    await Promise.all(allTables(db).map((t) => t.clear()));
    for (const { doc, articles } of parsed) await putDocument(db, doc, articles);
    await db.meta.put({ key: "parserVersion", value: PARSER_VERSION });
  });
}

/** After a parser change, every record is derived again from the stored documents; none is lost. */
export async function rederiveIfParserChanged(db: TifaDatabase): Promise<boolean> {
  const stored = await db.meta.get("parserVersion");
  if (stored?.value === PARSER_VERSION) return false;
  const docs = await db.documents.orderBy("importedAt").toArray();
  await replaceAll(db, docs);
  return docs.length > 0;
}

export async function clearAll(db: TifaDatabase): Promise<void> {
  await db.transaction("rw", [...allTables(db), db.meta], async () => {
    await Promise.all([...allTables(db), db.meta].map((t) => t.clear()));
    await db.meta.put({ key: "parserVersion", value: PARSER_VERSION });
    // The user emptied the database on purpose: the bundled articles do not come back by themselves.
    await db.meta.put({ key: "seeds", value: "declined" });
  });
}
