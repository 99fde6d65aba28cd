/** Typed calls to the database worker. */
import type { Backup } from "../db/backup";
import type { Expression } from "./aggregates/ngrams";
import type { AggregateName, AggregateParams, AggregateResult, Filters } from "./aggregates";
import { databaseClient } from "../worker/client";
import type { ArticleDetail, Counts, FileResult, IncomingFile, Progress } from "../worker/protocol";

export type { ArticleDetail, Counts, FileResult, IncomingFile, Progress };

export const importFiles = (files: IncomingFile[], onProgress?: (p: Progress) => void) =>
  databaseClient().call<FileResult[]>({ type: "importFiles", files }, onProgress);
export const importSeeds = (onProgress?: (p: Progress) => void) =>
  databaseClient().call<FileResult[]>({ type: "importSeeds" }, onProgress);
export const fetchCounts = () => databaseClient().call<Counts>({ type: "counts" });
export const fetchArticleDetail = (id: string) => databaseClient().call<ArticleDetail | null>({ type: "article", id });
export const fetchExpressions = (filters: Filters, limit: number) =>
  databaseClient().call<Expression[]>({ type: "expressions", filters, limit });
export const makeBackup = () => databaseClient().call<Backup>({ type: "backup" });
export const restoreBackup = (text: string, fileName: string) =>
  databaseClient().call<{ ok: true; documents: number } | { ok: false; message: string }>({
    type: "restore",
    text,
    fileName,
  });
export const clearDatabase = () => databaseClient().call<void>({ type: "clear" });

export function runAggregate<K extends AggregateName>(
  name: K,
  filters: Filters,
  params: AggregateParams<K>,
): Promise<AggregateResult<K>> {
  return databaseClient().call<AggregateResult<K>>({
    type: "aggregate",
    name,
    filters,
    params: params as AggregateParams<AggregateName>,
  });
}
