/**
 * Cross-filtering: which articles (and so which meetings) pass the global filters.
 * Every view aggregates over the same passing set, so a click in one narrows all.
 */
import type { ArticleRow, Dataset } from "../../db/records";
import { indexDataset } from "./dataset-index";
import type { Filters } from "./filters";

/** The article's best date: the event's, else the publication's. */
export function articleDate(article: Pick<ArticleRow, "date" | "published">): string | null {
  return article.date ?? article.published;
}

/** "YYYY-MM" of a dated string, or null when the year or month is unknown ("--MM-DD"). */
export function monthOf(date: string | null): string | null {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

function inDateRange(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date || date.startsWith("--")) return false;
  // Compare on the shorter precision so "2024-03" includes "2024-03-14" at both ends.
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export function articlePasses(article: ArticleRow, filters: Filters, data: Dataset): boolean {
  if (!inDateRange(articleDate(article), filters.from, filters.to)) return false;
  if (filters.provinces.length && !(article.province && filters.provinces.includes(article.province))) return false;
  if (filters.meetingTypes.length && !(article.meetingType && filters.meetingTypes.includes(article.meetingType)))
    return false;
  const index = indexDataset(data);
  if (filters.people.length) {
    const mentions = index.mentionsByArticle.get(article.id) ?? [];
    if (!mentions.some((m) => filters.people.includes(m.personId))) return false;
  }
  if (filters.phrases.length) {
    const phrases = index.phrasesByArticle.get(article.id) ?? [];
    if (!phrases.some((p) => filters.phrases.includes(p.phrase))) return false;
  }
  return true;
}

/** Ids of the articles that pass, memoized per (dataset, filters) pair of the last call. */
let last: { data: Dataset; key: string; ids: Set<string> } | null = null;

export function passingArticleIds(data: Dataset, filters: Filters): Set<string> {
  const key = JSON.stringify(filters);
  if (last && last.data === data && last.key === key) return last.ids;
  const ids = new Set<string>();
  for (const article of data.articles) if (articlePasses(article, filters, data)) ids.add(article.id);
  last = { data, key, ids };
  return ids;
}

/** Ids of the meetings with at least one passing report. */
export function passingMeetingIds(data: Dataset, filters: Filters): Set<string> {
  const articles = passingArticleIds(data, filters);
  const index = indexDataset(data);
  const ids = new Set<string>();
  for (const id of articles) {
    const meetingId = index.articleById.get(id)?.meetingId;
    if (meetingId) ids.add(meetingId);
  }
  return ids;
}
