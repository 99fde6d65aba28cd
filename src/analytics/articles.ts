/** The article list: passing articles, searched by title, file, people and phrases. */
import { compareCodes, compareZh } from "./collation";
import type { Dataset } from "../db/records";
import type { Aggregate } from "./aggregate";
import { monthOf, sortKeyUndatedFirst } from "../model/partial-date";
import { articleDate, passingArticleIds } from "./apply-filters";
import { indexDataset } from "./dataset-index";

export interface ArticleListItem {
  id: string;
  title: string | null;
  file: string;
  date: string | null;
  province: string | null;
  meetingType: string | null;
  /** The people the article names, each with the id their page opens by. */
  people: { id: string; name: string }[];
  phraseCount: number;
}

export interface ArticleList {
  items: ArticleListItem[];
  total: number;
}

interface ListIndex {
  /** Article ids, newest first; undated and year-less ("--MM-DD") after the dated ones. */
  order: string[];
  /** Lower-cased text each article is searched by: title, file, place, type, people, phrases. */
  haystack: Map<string, string>;
  people: Map<string, { id: string; name: string }[]>;
  phraseCount: Map<string, number>;
}

const listIndexes = new WeakMap<Dataset, ListIndex>();

function listIndex(data: Dataset): ListIndex {
  const cached = listIndexes.get(data);
  if (cached) return cached;
  const index = indexDataset(data);
  const order = [...data.articles]
    .sort(
      (a, b) =>
        compareCodes(sortKeyUndatedFirst(articleDate(b)), sortKeyUndatedFirst(articleDate(a))) ||
        compareZh(a.title ?? "", b.title ?? ""),
    )
    .map((a) => a.id);
  const people = new Map<string, { id: string; name: string }[]>();
  const phraseCount = new Map<string, number>();
  const haystack = new Map<string, string>();
  for (const article of data.articles) {
    const named = (index.mentionsByArticle.get(article.id) ?? []).map((m) => ({
      id: m.personId,
      name: index.personById.get(m.personId)?.name ?? "",
    }));
    const names = named.map((p) => p.name);
    const phrases = (index.phrasesByArticle.get(article.id) ?? []).map((p) => p.phrase);
    people.set(article.id, named);
    phraseCount.set(article.id, phrases.length);
    haystack.set(
      article.id,
      [article.title ?? "", article.file, article.province ?? "", article.meetingType ?? "", ...names, ...phrases]
        .join(" ")
        .toLowerCase(),
    );
  }
  const built = { order, haystack, people, phraseCount };
  listIndexes.set(data, built);
  return built;
}

const articleList: Aggregate<{ q: string; limit: number }, ArticleList> = (data, filters, { q, limit }) => {
  const index = indexDataset(data);
  const list = listIndex(data);
  const passing = passingArticleIds(data, filters);
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  const items: ArticleListItem[] = [];
  let total = 0;
  for (const id of list.order) {
    if (!passing.has(id)) continue;
    if (terms.length && !terms.every((t) => list.haystack.get(id)!.includes(t))) continue;
    total++;
    if (items.length >= limit) continue;
    const article = index.articleById.get(id)!;
    items.push({
      id,
      title: article.title,
      file: article.file,
      date: articleDate(article),
      province: article.province,
      meetingType: article.meetingType,
      people: list.people.get(id)!,
      phraseCount: list.phraseCount.get(id)!,
    });
  }
  return { items, total };
};

export interface FilterOptions {
  provinces: string[];
  meetingTypes: string[];
  months: string[];
}

/** What the filter bar offers: every province, meeting type and month in the data. */
const filterOptions: Aggregate<Record<string, never>, FilterOptions> = (data) => {
  const provinces = new Set<string>();
  const meetingTypes = new Set<string>();
  const months = new Set<string>();
  for (const a of data.articles) {
    if (a.province) provinces.add(a.province);
    if (a.meetingType) meetingTypes.add(a.meetingType);
    const month = monthOf(articleDate(a));
    if (month) months.add(month);
  }
  const zh = (a: string, b: string) => compareZh(a, b);
  return { provinces: [...provinces].sort(zh), meetingTypes: [...meetingTypes].sort(zh), months: [...months].sort() };
};

export const articlesAggregates = { articleList, filterOptions };
