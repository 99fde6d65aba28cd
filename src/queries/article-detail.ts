/** One article for the reader: its row, the parsed text with spans, and the raw document. */
import { queryOptions } from "@tanstack/react-query";
import { TifaDatabase } from "../db/schema";
import type { ArticleRow } from "../db/records";
import type { Article } from "../ingest/types";

export interface ArticleDetail {
  row: ArticleRow;
  article: Article;
  document: { fileName: string; raw: string; importedAt: number };
}

let db: TifaDatabase | null = null;

/** Reads go straight to IndexedDB: one article is a few small lookups by key. */
export async function fetchArticleDetail(id: string): Promise<ArticleDetail | null> {
  db ??= new TifaDatabase();
  const row = await db.articles.get(id);
  if (!row) return null;
  const [body, document] = await Promise.all([db.articleBodies.get(id), db.documents.get(row.documentId)]);
  if (!body || !document) return null;
  return { row, article: body.article, document: { fileName: document.fileName, raw: document.raw, importedAt: document.importedAt } };
}

export const articleDetailQuery = (id: string) => queryOptions({ queryKey: ["db", "article", id], queryFn: () => fetchArticleDetail(id) });
