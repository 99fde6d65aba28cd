/**
 * Which corrections found their target: those of articles by applying them to the article as
 * parsed now, the merges by the people the database holds. Orphans are listed, never dropped.
 */
import type { DatasetStore } from "../analytics/dataset-store";
import { readArticles } from "../db/article-reads";
import { correctArticle } from "../db/corrections";
import { articleIdFor } from "../db/derive";
import type { ArticleRow } from "../db/records";
import type { TifaDatabase } from "../db/schema";
import type { Article } from "../ingest/types";
import type { CorrectionRecord } from "../model/correction";
import type { CorrectionItem } from "./types";

/** The article's id for a correction of one article, else null (a merge of two people). */
export function correctedArticleId(record: CorrectionRecord): string | null {
  return record.documentId !== null && record.articleIndex !== null
    ? articleIdFor(record.documentId, record.articleIndex)
    : null;
}

/** An article as the reader shows it: the parsed article under its corrections, each marked orphaned or not. */
export function correctedView(
  parsed: Article,
  corrections: readonly CorrectionRecord[],
  row: ArticleRow,
): { article: Article; corrections: CorrectionItem[] } {
  const { article, orphaned } = correctArticle(parsed, corrections);
  const items = [...corrections]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((record) => ({
      record,
      orphaned: orphaned.includes(record.id),
      articleId: row.id,
      articleTitle: row.title,
      articleFile: row.file,
    }));
  return { article, corrections: items };
}

/** Every correction, newest first, with the article it corrects (as titled now) and whether it found its target. */
export async function correctionItems(db: TifaDatabase, dataset: DatasetStore): Promise<CorrectionItem[]> {
  const records = await db.corrections.orderBy("createdAt").reverse().toArray();
  const byArticle = new Map<string, CorrectionRecord[]>();
  for (const r of records) {
    const id = correctedArticleId(r);
    if (id) byArticle.set(id, [...(byArticle.get(id) ?? []), r]);
  }
  const ids = [...byArticle.keys()];
  const stored = await readArticles(db, ids);
  const bodies = stored.map((a) => a?.body);
  const rows = stored.map((a) => a?.row);
  const orphaned = new Set(dataset.orphanedMerges());
  const found = new Map<string, ArticleRow>();
  ids.forEach((id, i) => {
    const body = bodies[i];
    const mine = byArticle.get(id) ?? [];
    const row = rows[i];
    if (row) found.set(id, row);
    const lost = body ? correctArticle(body, mine).orphaned : mine.map((r) => r.id);
    for (const r of lost) orphaned.add(r);
  });
  return records.map((record) => {
    const articleId = correctedArticleId(record);
    const present = articleId !== null && bodies[ids.indexOf(articleId)] !== undefined;
    return {
      record,
      orphaned: orphaned.has(record.id),
      articleId: present ? articleId : null,
      articleTitle: articleId ? (found.get(articleId)?.title ?? null) : null,
      articleFile: articleId ? (found.get(articleId)?.file ?? null) : null,
    };
  });
}
