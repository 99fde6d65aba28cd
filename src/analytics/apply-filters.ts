/**
 * Cross-filtering: which articles (and so which meetings) pass the global filters.
 * Every view aggregates over the same passing set, so a click in one narrows all.
 */
import type { ArticleRow, Dataset } from "../db/records";
import { LIST_FILTER_KEYS, type Filters, type ListFilterKey } from "../model/filters";
import { inDateRange, monthOf } from "../model/partial-date";
import { indexDataset, type DatasetIndex } from "./dataset-index";

/** The article's best date: the event's, else the publication's. */
export function articleDate(article: Pick<ArticleRow, "date" | "published">): string | null {
  return article.date ?? article.published;
}

/**
 * The values an article has for each list filter: it passes a list filter when it has any of
 * the listed values. A new list filter in `model/filters.ts` is a type error here until it has one.
 */
const LIST_FILTER_VALUES: { [K in ListFilterKey]: (article: ArticleRow, index: DatasetIndex) => Iterable<string> } = {
  provinces: (article) => (article.province ? [article.province] : []),
  meetingTypes: (article) => (article.meetingType ? [article.meetingType] : []),
  people: (article, index) => (index.mentionsByArticle.get(article.id) ?? []).map((m) => m.personId),
  phrases: (article, index) => (index.phrasesByArticle.get(article.id) ?? []).map((p) => p.phrase),
  dating: (article) => [datingOf(articleDate(article))],
};

/** "dated" when a report can be placed on a month axis, else "undated" (no date, or "--MM-DD"). */
export function datingOf(date: string | null): "dated" | "undated" {
  return monthOf(date) ? "dated" : "undated";
}

function hasAny(values: Iterable<string>, wanted: readonly string[]): boolean {
  for (const value of values) if (wanted.includes(value)) return true;
  return false;
}

export function articlePasses(article: ArticleRow, filters: Filters, data: Dataset): boolean {
  if (!inDateRange(articleDate(article), filters.from, filters.to)) return false;
  const index = indexDataset(data);
  for (const key of LIST_FILTER_KEYS) {
    const wanted = filters[key];
    if (wanted.length && !hasAny(LIST_FILTER_VALUES[key](article, index), wanted)) return false;
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
