/** The typed messages between the page and the database worker. */
import type { AggregateName, AggregateParams, Filters } from "../queries/aggregates";
import type { DocumentSource } from "../db/schema";
import type { ArticleRow } from "../db/records";
import type { Article } from "../ingest/types";

export interface IncomingFile {
  name: string;
  bytes: ArrayBuffer;
  source: DocumentSource;
}

export type FileResult =
  | { file: string; status: "imported"; articles: number }
  | { file: string; status: "duplicate" }
  | { file: string; status: "failed"; message: string };

export interface Progress {
  done: number;
  total: number;
  file: string;
  articles: number;
}

export interface ArticleDetail {
  row: ArticleRow;
  article: Article;
  document: { fileName: string; raw: string; importedAt: number };
}

export interface Counts {
  documents: number;
  articles: number;
  meetings: number;
  people: number;
  phrases: number;
  /** The browser refused storage: the data lives only for this visit. */
  ephemeral: boolean;
}

export type Request =
  | { type: "importFiles"; files: IncomingFile[] }
  | { type: "importSeeds" }
  | { type: "counts" }
  | { type: "article"; id: string }
  | { type: "aggregate"; name: AggregateName; filters: Filters; params: AggregateParams<AggregateName> }
  | { type: "expressions"; filters: Filters; limit: number }
  | { type: "backup" }
  | { type: "restore"; text: string; fileName: string }
  | { type: "clear" };

export type Envelope = { id: number; request: Request };

export type Reply =
  | { id: number; kind: "progress"; progress: Progress }
  | { id: number; kind: "done"; value: unknown }
  | { id: number; kind: "failed"; message: string };
