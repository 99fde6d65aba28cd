/** The article list: passing articles, searched by title, file, people and phrases. */
import { compareCodes, compareZh } from "./collation";
import type { Dataset } from "../db/records";
import type { Aggregate } from "./aggregate";
import { sortKeyUndatedFirst } from "../model/partial-date";
import { articleDate, passing } from "./apply-filters";
import { columnsOf } from "./columns";
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

/** Article indexes, newest first; undated and year-less ("--MM-DD") after the dated ones; then by title. */
const orders = new WeakMap<Dataset, Int32Array>();

/** Ranks of `values` in `compare` order; values the order holds equal share a rank. */
export function ranks(values: readonly string[], compare: (a: string, b: string) => number): Map<string, number> {
  const sorted = [...new Set(values)].sort(compare);
  const rank = new Map<string, number>();
  sorted.forEach((value, i) =>
    rank.set(value, i > 0 && compare(sorted[i - 1]!, value) === 0 ? rank.get(sorted[i - 1]!)! : i),
  );
  return rank;
}

export function listOrder(data: Dataset): Int32Array {
  const cached = orders.get(data);
  if (cached) return cached;
  const c = columnsOf(data);
  const dateRank = ranks(c.dates.map(sortKeyUndatedFirst), compareCodes);
  const byDate = Int32Array.from(c.dates, (d) => dateRank.get(sortKeyUndatedFirst(d))!);
  const titles = data.articles.map((a) => a.title ?? "");
  const titleRank = ranks(titles, compareZh);
  const date = Int32Array.from(c.articleDate, (d) => byDate[d]!);
  const title = Int32Array.from(titles, (t) => titleRank.get(t)!);
  const n = data.articles.length;
  const [dateRanks, titleRanks] = [dateRank.size, titleRank.size];
  let order: Int32Array;
  if (dateRanks * titleRanks * n < Number.MAX_SAFE_INTEGER) {
    // One number per article (newer, then title, then place in the data), sorted natively: no comparator calls.
    const keys = Float64Array.from(
      data.articles,
      (_, i) => ((dateRanks - 1 - date[i]!) * titleRanks + title[i]!) * n + i,
    ).sort();
    order = Int32Array.from(keys, (key) => key % n);
  } else
    order = Int32Array.from(data.articles, (_, i) => i).sort(
      (a, b) => date[b]! - date[a]! || title[a]! - title[b]! || a - b,
    );
  orders.set(data, order);
  return order;
}

/** Lower-cased text each article is searched by: title, file, place, type, people, phrases. Built on the first search. */
const haystacks = new WeakMap<Dataset, string[]>();

function haystackOf(data: Dataset): string[] {
  const cached = haystacks.get(data);
  if (cached) return cached;
  const c = columnsOf(data);
  const index = indexDataset(data);
  const haystack = data.articles.map((article, i) => {
    const words = [article.title ?? "", article.file, article.province ?? "", article.meetingType ?? ""];
    for (let k = c.articleMentions.start[i]!; k < c.articleMentions.start[i + 1]!; k++)
      words.push(index.personById.get(data.mentions[c.articleMentions.items[k]!]!.personId)?.name ?? "");
    for (let k = c.articlePhrases.start[i]!; k < c.articlePhrases.start[i + 1]!; k++)
      words.push(data.phrases[c.articlePhrases.items[k]!]!.phrase);
    return words.join(" ").toLowerCase();
  });
  haystacks.set(data, haystack);
  return haystack;
}

const articleList: Aggregate<{ q: string; limit: number }, ArticleList> = (data, filters, { q, limit }) => {
  const c = columnsOf(data);
  const index = indexDataset(data);
  const passes = passing(data, filters).articles;
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = terms.length ? haystackOf(data) : [];
  const items: ArticleListItem[] = [];
  let total = 0;
  for (const i of listOrder(data)) {
    if (!passes[i]) continue;
    if (terms.length && !terms.every((t) => haystack[i]!.includes(t))) continue;
    total++;
    if (items.length >= limit) continue;
    const article = data.articles[i]!;
    const people: { id: string; name: string }[] = [];
    for (let k = c.articleMentions.start[i]!; k < c.articleMentions.start[i + 1]!; k++) {
      const id = data.mentions[c.articleMentions.items[k]!]!.personId;
      people.push({ id, name: index.personById.get(id)?.name ?? "" });
    }
    items.push({
      id: article.id,
      title: article.title,
      file: article.file,
      date: articleDate(article),
      province: article.province,
      meetingType: article.meetingType,
      people,
      phraseCount: c.articlePhrases.start[i + 1]! - c.articlePhrases.start[i]!,
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
  const c = columnsOf(data);
  const provinces = new Uint8Array(c.provinces.size);
  const meetingTypes = new Uint8Array(c.meetingTypes.size);
  const months = new Uint8Array(c.months.length);
  for (let i = 0; i < c.articles; i++) {
    if (c.articleProvince[i]! >= 0) provinces[c.articleProvince[i]!] = 1;
    if (c.articleType[i]! >= 0) meetingTypes[c.articleType[i]!] = 1;
    if (c.articleMonth[i]! >= 0) months[c.articleMonth[i]!] = 1;
  }
  const present = (values: readonly string[], marked: Uint8Array) => values.filter((_, code) => marked[code]);
  const zh = (a: string, b: string) => compareZh(a, b);
  return {
    provinces: present(c.provinces.values, provinces).sort(zh),
    meetingTypes: present(c.meetingTypes.values, meetingTypes).sort(zh),
    months: present(c.months, months),
  };
};

export const articlesAggregates = { articleList, filterOptions };
