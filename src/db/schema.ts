/**
 * The browser database: one typed Dexie class. Raw documents are the source of truth; every
 * other table is derived from them by the parser and can be rebuilt (see `rederive`).
 * Never edit a released version: add a new one with its migration.
 */
import Dexie, { type DexieOptions, type Table } from "dexie";
import type { Article } from "../ingest/types";
import type { CorrectionRecord } from "../model/correction";
import type { NoteRecord } from "../model/note";
import type { ArticleRow, MentionRow, PhraseRow } from "./records";
import type { RecentRecord } from "./recent-articles";
import type { SnapshotRecord } from "./snapshot";

/** Where a document came from: the bundled articles, the user's own files, or a prebuilt corpus (read-only). */
export type DocumentSource = "seed" | "user" | "corpus";

export interface DocumentRecord {
  /** SHA-256 (hex) of the file's bytes: the same file imported twice is one document. */
  id: string;
  fileName: string;
  /** The decoded text, as it was in the file. */
  raw: string;
  encoding: string;
  source: DocumentSource;
  importedAt: number;
  parserVersion: string;
  articleIds: string[];
}

/** The parsed article with its normalized text and spans, read only by the article reader. */
export interface ArticleBody {
  id: string;
  article: Article;
}

/**
 * Everything derived from one document, as one record: an import writes one record per file
 * instead of one per article, mention, phrase, meeting and person. Meetings and people span
 * documents: they are kept in the snapshot, and derived again from these records, in import
 * order, when it is missing (db/store `deriveStoredRows`).
 */
export interface DocumentRows {
  /** The document's id. */
  id: string;
  /** In the order of the articles in the document: an article's index is its place here. */
  articles: ArticleRow[];
  /** The articles as parsed (text, spans, evidence), in the same order, read by the reader. */
  bodies: Article[];
  mentions: MentionRow[];
  phrases: PhraseRow[];
}

export interface MetaRecord {
  key: string;
  value: string;
}

export class TifaDatabase extends Dexie {
  documents!: Table<DocumentRecord, string>;
  documentRows!: Table<DocumentRows, string>;
  meta!: Table<MetaRecord, string>;
  /** The analyst's own records: like documents, never derived and never rebuilt. */
  corrections!: Table<CorrectionRecord, string>;
  notes!: Table<NoteRecord, string>;
  /** The slim rows as a few columnar records, read on a visit instead of every row (db/snapshot). */
  snapshot!: Table<SnapshotRecord, string>;
  /** The texts of the most recent articles, by province, in a few large records (db/recent-articles). */
  recentArticles!: Table<RecentRecord, string>;

  constructor(name = "tifa", options?: DexieOptions) {
    // Relaxed durability: a commit does not wait for the disk to flush. A crash can lose the last
    // import, never corrupt the database; imports run many small transactions (one per file).
    super(name, { chromeTransactionDurability: "relaxed", ...options });
    this.version(1).stores({
      documents: "id, fileName, importedAt, source",
      articles: "id, documentId, province, date, meetingType, meetingId",
      articleBodies: "id",
      meetings: "id, province, month, meetingType",
      people: "id, name, province",
      mentions: "id, personId, articleId, meetingId",
      phrases: "id, phrase, articleId, province, date",
      meta: "key",
    });
    this.version(2).stores({
      corrections: "id, documentId, createdAt",
      notes: "id, &targetKey, updatedAt",
    });
    this.version(3).stores({ snapshot: "key" });
    // Rows of one document in one record. The rows are derived again from the documents at the
    // next open (the derivation version changed with this schema), so nothing is migrated.
    this.version(4).stores({
      articles: null,
      articleBodies: null,
      mentions: null,
      phrases: null,
      documentRows: "id",
    });
    // Meetings and people are no longer stored row by row: they live in the snapshot, and are
    // derived again from the documents' records when it is missing (the derivation version changed).
    this.version(5).stores({ meetings: null, people: null });
    // Packs of recent texts, a cache built at the next quiet moment: nothing to migrate.
    this.version(6).stores({ recentArticles: "group" });
  }

  /** Every table derived from documents, in one list for transactions and clearing. */
  get derivedTables(): Table[] {
    return [this.documentRows, this.recentArticles];
  }
}
