/**
 * Reading articles back one by one (the reader, evidence, corrections): an article lives in its
 * document's record (`documentRows`), at the place its id gives.
 */
import type { Article } from "../ingest";
import type { ArticleRow, MentionRow } from "./records";
import type { DocumentRows, TifaDatabase } from "./schema";

export interface StoredArticle {
  /** The slim row: the facts as corrected. */
  row: ArticleRow;
  /** The article as parsed. */
  body: Article;
  /** The people named in it. */
  mentions: MentionRow[];
}

/** "<first 16 of the document id>-<index>" (db/derive `articleIdFor`) → its two parts. */
function partsOf(articleId: string): { prefix: string; index: number } {
  const dash = articleId.lastIndexOf("-");
  return { prefix: articleId.slice(0, dash), index: Number(articleId.slice(dash + 1)) };
}

function articleIn(records: readonly DocumentRows[], id: string, index: number): StoredArticle | undefined {
  for (const record of records) {
    const row = record.articles[index];
    const body = record.bodies[index];
    if (row?.id === id && body) return { row, body, mentions: record.mentions.filter((m) => m.articleId === id) };
  }
  return undefined;
}

/**
 * The articles of these ids, in the same order; undefined for an id no document holds. Given each
 * article's document (`documentOf`, from the worker's rows), their records are read in one
 * `bulkGet`; else found by the prefix of their ids, a cursor that asks once per document.
 */
export async function readArticles(
  db: TifaDatabase,
  ids: readonly string[],
  documentOf: (articleId: string) => string | undefined = () => undefined,
): Promise<(StoredArticle | undefined)[]> {
  const documents = [...new Set(ids.flatMap((id) => documentOf(id) ?? []))];
  const known = (await db.documentRows.bulkGet(documents)).flatMap((record) => (record ? [record] : []));
  const held = new Set(known.map((record) => record.id));
  const rest = ids.filter((id) => !held.has(documentOf(id) ?? ""));
  // An empty prefix would match every record: an id without one names no article.
  const prefixes = [...new Set(rest.map((id) => partsOf(id).prefix))].filter((p) => p.length > 0);
  const found = prefixes.length ? await db.documentRows.where("id").startsWithAnyOf(prefixes).toArray() : [];
  const records = [...known, ...found];
  const byPrefix = new Map<string, DocumentRows[]>();
  for (const record of records) {
    const prefix = record.id.slice(0, 16);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), record]);
  }
  return ids.map((id) => {
    const { prefix, index } = partsOf(id);
    if (!prefix) return undefined;
    return articleIn(byPrefix.get(prefix) ?? [], id, index);
  });
}

export async function readArticle(db: TifaDatabase, id: string): Promise<StoredArticle | undefined> {
  return (await readArticles(db, [id]))[0];
}
