/** What the services take and give: plain data, so it crosses the worker boundary as it is. */
import type { ArticleRow } from "../db/records";
import type { DocumentSource } from "../db/schema";
import type { Article } from "../ingest/types";
import type { Problem } from "../model/problem";
import type { CorrectionChange, CorrectionRecord } from "../model/correction";

/**
 * A file to import: its bytes, or the browser's `File` itself, which crosses to the worker as a
 * handle and is read there, so the page never stalls reading hundreds of dropped files.
 */
export type IncomingFile = { name: string; source: DocumentSource } & ({ bytes: ArrayBuffer } | { file: Blob });

/** One line per file, in the order the files were given. */
export type FileResult =
  | { file: string; status: "imported"; articles: number }
  | { file: string; status: "duplicate" }
  | { file: string; status: "failed"; problem: Problem };

export interface Progress {
  done: number;
  total: number;
  file: string;
  articles: number;
}

export type OnProgress = (progress: Progress) => void;

/** A correction as the Data page and the reader list it. */
export interface CorrectionItem {
  record: CorrectionRecord;
  /** Its target is not in the article as parsed now (or the article, or a merged person, is gone). */
  orphaned: boolean;
  /** The corrected article, when the database holds it; null for a merge of two people. */
  articleId: string | null;
  articleTitle: string | null;
  /** The file the article is in, to name an untitled one. */
  articleFile: string | null;
}

/** A person to pick for "same person as …". */
export interface PersonChoice {
  id: string;
  name: string;
  province: string | null;
}

/** A correction to make: of one article (by its id), or of people across articles (`articleId` null). */
export interface NewCorrection {
  articleId: string | null;
  change: CorrectionChange;
  author?: string;
}

export interface ArticleDetail {
  row: ArticleRow;
  /** The article as parsed, under the analyst's corrections. */
  article: Article;
  /** The corrections of this article, oldest first. */
  corrections: CorrectionItem[];
  /** Each person's id by their name in the article: their page is a click away. */
  people: { name: string; id: string }[];
  document: { fileName: string; raw: string; importedAt: number };
}

export interface Counts {
  documents: number;
  articles: number;
  meetings: number;
  people: number;
  phrases: number;
  /** Documents not bundled with the app (the user's own, or a prebuilt corpus's): none means this browser holds only what ships with it. */
  addedDocuments: number;
  /** The browser refused storage, or it was full: the data lives only for this visit. */
  ephemeral: boolean;
  /** It was full: nothing could be kept in this browser's storage for this site. */
  storageFull: boolean;
}

export type RestoreResult = { ok: true; documents: number } | { ok: false; problem: Problem };
