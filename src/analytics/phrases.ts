/**
 * Recurring formulations: which quoted phrases recur, in how many articles and provinces,
 * since when, how they spread, and the sentences they stand in.
 */
import { MonthCounts } from "./month-series";
import { compareCodes, compareZh } from "./collation";
import type { Dataset, PhraseRow } from "../db/records";
import type { Filters } from "../model/filters";
import type { Aggregate } from "./aggregate";
import { sortKeyUndatedLast, monthOf } from "../model/partial-date";
import { articleDate, passingArticleIds } from "./apply-filters";
import { indexDataset } from "./dataset-index";

export interface PhraseStat {
  phrase: string;
  articles: number;
  provinces: number;
  /** Articles an analyst added it to (set only when some are). */
  corrected?: number;
  /** The earliest dated use, else the first stored. */
  first: { date: string | null; province: string | null; articleId: string };
}

/** Phrase rows of the passing articles, by phrase; the last result is reused (ranking and heatmap share it). */
let lastRows: { data: Dataset; key: string; rows: Map<string, PhraseRow[]> } | null = null;

function passingPhraseRows(data: Dataset, filters: Filters): Map<string, PhraseRow[]> {
  const key = JSON.stringify(filters);
  if (lastRows && lastRows.data === data && lastRows.key === key) return lastRows.rows;
  const articles = passingArticleIds(data, filters);
  const byPhrase = new Map<string, PhraseRow[]>();
  for (const row of data.phrases) {
    if (!articles.has(row.articleId)) continue;
    const rows = byPhrase.get(row.phrase);
    if (rows) rows.push(row);
    else byPhrase.set(row.phrase, [row]);
  }
  lastRows = { data, key, rows: byPhrase };
  return byPhrase;
}

function statOf(phrase: string, rows: readonly PhraseRow[]): PhraseStat {
  const first = rows.reduce(
    (best, r) => (sortKeyUndatedLast(r.date) < sortKeyUndatedLast(best.date) ? r : best),
    rows[0]!,
  );
  const corrected = rows.filter((r) => r.corrected).length;
  return {
    phrase,
    articles: new Set(rows.map((r) => r.articleId)).size,
    provinces: new Set(rows.map((r) => r.province).filter(Boolean)).size,
    ...(corrected ? { corrected } : {}),
    first: { date: first.date, province: first.province, articleId: first.articleId },
  };
}

/** Ranked by articles, then provinces: a phrase in many places outranks one repeated in one report. */
const rankedCache = new WeakMap<Map<string, PhraseRow[]>, PhraseStat[]>();

function rankedStats(rows: Map<string, PhraseRow[]>): PhraseStat[] {
  const cached = rankedCache.get(rows);
  if (cached) return cached;
  const stats = [...rows].map(([phrase, phraseRows]) => statOf(phrase, phraseRows));
  stats.sort(
    (a, b) =>
      b.articles - a.articles ||
      b.provinces - a.provinces ||
      compareCodes(sortKeyUndatedLast(a.first.date), sortKeyUndatedLast(b.first.date)) ||
      compareZh(a.phrase, b.phrase),
  );
  rankedCache.set(rows, stats);
  return stats;
}

const phraseRanking: Aggregate<{ limit: number }, { items: PhraseStat[]; total: number }> = (
  data,
  filters,
  { limit },
) => {
  const stats = rankedStats(passingPhraseRows(data, filters));
  return { items: stats.slice(0, limit), total: stats.length };
};

export interface PhraseTrends {
  months: string[];
  /** Passing articles of each month, any phrase or none: the base of the share per 1,000, and 0 where a gap is drawn. */
  totals: number[];
  series: { phrase: string; counts: number[] }[];
  /** Reports holding one of the phrases that cannot be placed on the axis: no date, or no year. */
  undated: number;
}

const phraseTrends: Aggregate<{ phrases: string[] }, PhraseTrends> = (data, filters, { phrases }) => {
  const rows = passingPhraseRows(data, filters);
  const counts = new MonthCounts<string>();
  const undated = new Set<string>();
  for (const phrase of phrases) {
    counts.series(phrase);
    for (const r of rows.get(phrase) ?? []) {
      const month = monthOf(r.date);
      if (month) counts.add(phrase, month);
      else undated.add(r.articleId);
    }
  }
  const { months, series } = counts.toAxis();
  const perMonth = new Map<string, number>();
  const index = indexDataset(data);
  for (const id of passingArticleIds(data, filters)) {
    const month = monthOf(articleDate(index.articleById.get(id)!));
    if (month) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  return {
    months,
    totals: months.map((m) => perMonth.get(m) ?? 0),
    series: series.map(({ key, counts }) => ({ phrase: key, counts })),
    undated: undated.size,
  };
};

export interface PhraseHeatmap {
  phrases: string[];
  provinces: string[];
  /** [province index, phrase index, articles]. */
  cells: [number, number, number][];
}

const phraseHeatmap: Aggregate<{ limit: number }, PhraseHeatmap> = (data, filters, { limit }, texts) => {
  const rows = passingPhraseRows(data, filters);
  const top = phraseRanking(data, filters, { limit }, texts).items.map((s) => s.phrase);
  const counts = new Map<string, Map<string, Set<string>>>();
  for (const phrase of top) {
    for (const r of rows.get(phrase) ?? []) {
      if (!r.province) continue;
      const byProvince = counts.get(phrase) ?? counts.set(phrase, new Map()).get(phrase)!;
      (byProvince.get(r.province) ?? byProvince.set(r.province, new Set()).get(r.province)!).add(r.articleId);
    }
  }
  const provinces = [...new Set([...counts.values()].flatMap((m) => [...m.keys()]))].sort((a, b) => compareZh(a, b));
  const cells: [number, number, number][] = [];
  top.forEach((phrase, y) =>
    provinces.forEach((province, x) => {
      const n = counts.get(phrase)?.get(province)?.size ?? 0;
      if (n) cells.push([x, y, n]);
    }),
  );
  return { phrases: top, provinces, cells };
};

export interface PhraseDetail {
  stat: PhraseStat | null;
  /** First use in each province, in order: how the phrase spread. */
  spread: { province: string; date: string | null; articleId: string }[];
  sentences: { articleId: string; sentence: string; province: string | null; date: string | null }[];
  /** Reports of the phrase the spread cannot place: no date, or no year. */
  undated: number;
}

const phraseDetail: Aggregate<{ phrase: string; limit: number }, PhraseDetail> = (data, filters, { phrase, limit }) => {
  const rows = [...(passingPhraseRows(data, filters).get(phrase) ?? [])].sort((a, b) =>
    compareCodes(sortKeyUndatedLast(a.date), sortKeyUndatedLast(b.date)),
  );
  const spread = new Map<string, { province: string; date: string | null; articleId: string }>();
  for (const r of rows)
    if (r.province && !spread.has(r.province))
      spread.set(r.province, { province: r.province, date: r.date, articleId: r.articleId });
  return {
    stat: rows.length ? statOf(phrase, rows) : null,
    spread: [...spread.values()],
    sentences: rows
      .slice(0, limit)
      .map((r) => ({ articleId: r.articleId, sentence: r.sentence, province: r.province, date: r.date })),
    undated: new Set(rows.filter((r) => !monthOf(r.date)).map((r) => r.articleId)).size,
  };
};

export const phrasesAggregates = { phraseRanking, phraseTrends, phraseHeatmap, phraseDetail };
