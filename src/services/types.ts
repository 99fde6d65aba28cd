/** What the services take and give: plain data, so it crosses the worker boundary as it is. */
import type { ArticleRow } from "../db/records";
import type { DocumentSource } from "../db/schema";
import type { Article } from "../ingest/types";
import type { Problem } from "../model/problem";

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

export interface ArticleDetail {
  row: ArticleRow;
  article: Article;
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
  /** Documents the user imported (not the bundled articles): none means this browser holds only what ships with the app. */
  userDocuments: number;
  /** The browser refused storage, or it was full: the data lives only for this visit. */
  ephemeral: boolean;
  /** It was full: nothing could be kept in this browser's storage for this site. */
  storageFull: boolean;
}

export type RestoreResult = { ok: true; documents: number } | { ok: false; problem: Problem };
