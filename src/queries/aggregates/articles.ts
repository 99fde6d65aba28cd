/** The article list: passing articles, searched by title, file, people and phrases. */
import type { Aggregate } from "./aggregate";
import { articleDate, passingArticleIds } from "./apply-filters";
import { indexDataset } from "./dataset-index";

export interface ArticleListItem {
  id: string;
  title: string | null;
  file: string;
  date: string | null;
  province: string | null;
  meetingType: string | null;
  people: string[];
  phraseCount: number;
}

export interface ArticleList {
  items: ArticleListItem[];
  total: number;
}

const articleList: Aggregate<{ q: string; limit: number }, ArticleList> = (data, filters, { q, limit }) => {
  const index = indexDataset(data);
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean);
  const items: ArticleListItem[] = [];
  for (const id of passingArticleIds(data, filters)) {
    const article = index.articleById.get(id)!;
    const people = (index.mentionsByArticle.get(id) ?? []).map((m) => index.personById.get(m.personId)?.name ?? "");
    const phrases = (index.phrasesByArticle.get(id) ?? []).map((p) => p.phrase);
    if (terms.length) {
      const haystack = [article.title ?? "", article.file, article.province ?? "", article.meetingType ?? "", ...people, ...phrases].join(" ").toLowerCase();
      if (!terms.every((t) => haystack.includes(t))) continue;
    }
    items.push({ id, title: article.title, file: article.file, date: articleDate(article), province: article.province, meetingType: article.meetingType, people, phraseCount: phrases.length });
  }
  // Newest first; undated and year-less ("--MM-DD") after the dated ones.
  const key = (d: string | null) => (d && !d.startsWith("--") ? d : "");
  items.sort((a, b) => key(b.date).localeCompare(key(a.date)) || (a.title ?? "").localeCompare(b.title ?? "", "zh"));
  return { items: items.slice(0, limit), total: items.length };
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
    const date = articleDate(a);
    if (date && /^\d{4}-\d{2}/.test(date)) months.add(date.slice(0, 7));
  }
  const zh = (a: string, b: string) => a.localeCompare(b, "zh");
  return { provinces: [...provinces].sort(zh), meetingTypes: [...meetingTypes].sort(zh), months: [...months].sort() };
};

export const articlesAggregates = { articleList, filterOptions };
