/**
 * Packs of recent articles: the texts (with their facts' evidence and the facts as parsed) of
 * the most recent articles of each province and of all of them, one record per group. Reading
 * 500 articles from their documents' records costs hundreds of records; from a pack, one. Packs
 * are a cache for ids: an article's text never changes under its id, and the table is emptied
 * with every other derived table when the documents are read again.
 */
import type { Article, ArticleEvidence } from "../ingest/types";
import { readArticles } from "./article-reads";
import type { TifaDatabase } from "./schema";
import { REVISION_KEY } from "./revision";
import { nextTask, type Pause } from "./snapshot";

export interface RecentArticle {
  id: string;
  text: string;
  evidence: ArticleEvidence;
  parsed: Pick<Article, "date" | "province" | "meetingType">;
}

export interface RecentPack {
  group: string;
  articles: RecentArticle[];
}

/** Which ids each stored pack holds, and the database revision they were chosen at. */
export interface RecentIndex {
  group: typeof INDEX_GROUP;
  revision: string;
  groups: Record<string, string[]>;
}

export type RecentRecord = RecentPack | RecentIndex;

/** The index's key: no province is called this. */
export const INDEX_GROUP = "#index";

export function recentArticleOf(id: string, body: Article): RecentArticle {
  const { text, evidence, date, province, meetingType } = body;
  return { id, text, evidence, parsed: { date, province, meetingType } };
}

const sameIds = (a: readonly string[] | undefined, b: readonly string[]) =>
  a !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);

/** Articles read from their documents' records at a time, with a pause after each part. */
const READ_PART = 200;

/**
 * Stores the packs of `wanted` (ids by group, as chosen at `revision`), if the database is still
 * at that revision; false if it has moved on. Only the packs whose ids changed are written, each
 * in a transaction of its own and the index last, so that the worker answers between them (a
 * pack holds texts by id, right whatever the revision, and a replaced database empties the table
 * in the transaction that replaces it). Their articles come from `offered` (just imported), from
 * the packs they were in, else from their documents' records (`documentOf`, from the worker's rows).
 */
export async function writeRecentPacks(
  db: TifaDatabase,
  revision: string,
  wanted: ReadonlyMap<string, readonly string[]>,
  documentOf: (articleId: string) => string | undefined,
  offered: ReadonlyMap<string, RecentArticle> = new Map(),
  pause: Pause = nextTask,
): Promise<boolean> {
  const index = (await db.recentArticles.get(INDEX_GROUP)) as RecentIndex | undefined;
  if (index?.revision === revision) return true;
  const before = index?.groups ?? {};
  const changed = [...wanted].filter(([group, ids]) => !sameIds(before[group], ids));
  const gone = Object.keys(before).filter((group) => !wanted.has(group));
  const held = new Map(offered);
  // A pack at a time, and only one that holds articles not at hand: each is read whole at once.
  for (const [group, ids] of changed) {
    if (ids.every((id) => held.has(id))) continue;
    const pack = (await db.recentArticles.get(group)) as RecentPack | undefined;
    for (const article of pack?.articles ?? []) if (!held.has(article.id)) held.set(article.id, article);
    await pause();
  }
  const missing = [...new Set(changed.flatMap(([, ids]) => ids.filter((id) => !held.has(id))))];
  for (let from = 0; from < missing.length; from += READ_PART) {
    const part = missing.slice(from, from + READ_PART);
    (await readArticles(db, part, documentOf)).forEach((stored, i) => {
      if (stored) held.set(part[i]!, recentArticleOf(part[i]!, stored.body));
    });
    await pause();
  }
  const atRevision = async (write: () => Promise<unknown>) =>
    db.transaction("rw", [db.meta, db.recentArticles], async () => {
      if ((await db.meta.get(REVISION_KEY))?.value !== revision) return false;
      await write();
      return true;
    });
  for (const [group, ids] of changed) {
    const articles = ids.flatMap((id) => held.get(id) ?? []);
    if (!(await atRevision(() => db.recentArticles.put({ group, articles })))) return false;
    await pause();
  }
  const groups: Record<string, string[]> = Object.fromEntries([...wanted].map(([group, ids]) => [group, [...ids]]));
  return atRevision(async () => {
    await db.recentArticles.bulkDelete(gone);
    await db.recentArticles.put({ group: INDEX_GROUP, revision, groups });
  });
}

/** The packs of these groups that are stored, by group. */
export async function readRecentPacks(db: TifaDatabase, groups: readonly string[]): Promise<Map<string, RecentPack>> {
  const records = await db.recentArticles.bulkGet([...groups]);
  const packs = new Map<string, RecentPack>();
  records.forEach((record, i) => {
    if (record && "articles" in record) packs.set(groups[i]!, record);
  });
  return packs;
}
