/**
 * Recurring formulations: which quoted phrases recur, in how many articles and provinces,
 * since when, how they spread, and the sentences they stand in.
 */
import { MonthCounts } from "./month-series";
import { compareZh } from "./collation";
import type { Dataset } from "../db/records";
import type { Filters } from "../model/filters";
import type { Aggregate } from "./aggregate";
import { passing, type Passing } from "./apply-filters";
import { columnsOf, type Columns } from "./columns";

export interface PhraseStat {
  phrase: string;
  articles: number;
  provinces: number;
  /** Articles an analyst added it to (set only when some are). */
  corrected?: number;
  /** The earliest dated use, else the first stored. */
  first: { date: string | null; province: string | null; articleId: string };
}

/** The passing rows of one phrase (indexes into the Dataset's phrases), in row order. */
function passingRowsOf(c: Columns, pass: Passing, phrase: number): number[] {
  const rows: number[] = [];
  if (phrase < 0) return rows;
  const { start, items } = c.phraseRows;
  for (let k = start[phrase]!; k < start[phrase + 1]!; k++)
    if (pass.articles[c.phraseArticle[items[k]!]!] === 1) rows.push(items[k]!);
  return rows;
}

interface RankedStat {
  stat: PhraseStat;
  firstRank: number;
  /** The first passing row: phrases are first listed in the order they are first met. */
  firstRow: number;
}

/** Every phrase of the passing articles, counted in one pass over its rows (as `statOf` counts them). */
function statsOf(data: Dataset, c: Columns, pass: Passing): RankedStat[] {
  const { start, items } = c.phraseRows;
  const articleSeen = new Int32Array(c.articles);
  const provinceSeen = new Int32Array(c.provinces.size);
  const stats: RankedStat[] = [];
  for (let phrase = 0; phrase < c.phrases.size; phrase++) {
    const stamp = phrase + 1;
    let articles = 0;
    let provinces = 0;
    let corrected = 0;
    let first = -1;
    let firstRank = 0;
    let firstRow = -1;
    for (let k = start[phrase]!; k < start[phrase + 1]!; k++) {
      const r = items[k]!;
      const article = c.phraseArticle[r]!;
      if (pass.articles[article] !== 1) continue;
      if (articleSeen[article] !== stamp) {
        articleSeen[article] = stamp;
        articles++;
      }
      const province = c.phraseProvince[r]!;
      if (province >= 0 && provinceSeen[province] !== stamp && c.provinces.values[province]) {
        provinceSeen[province] = stamp;
        provinces++;
      }
      if (firstRow < 0) firstRow = r;
      corrected += c.phraseCorrected[r]!;
      const rank = c.dateRankUndatedLast[c.phraseDate[r]!]!;
      if (first < 0 || rank < firstRank) [first, firstRank] = [r, rank];
    }
    if (first < 0) continue;
    const row = data.phrases[first]!;
    stats.push({
      stat: {
        phrase: c.phrases.values[phrase]!,
        articles,
        provinces,
        ...(corrected ? { corrected } : {}),
        first: { date: row.date, province: row.province, articleId: row.articleId },
      },
      firstRank,
      firstRow,
    });
  }
  return stats;
}

/** Ranked by articles, then provinces: a phrase in many places outranks one repeated in one report. */
const rankedCache = new WeakMap<Passing, PhraseStat[]>();

function rankedStats(data: Dataset, filters: Filters): PhraseStat[] {
  const pass = passing(data, filters);
  const cached = rankedCache.get(pass);
  if (cached) return cached;
  const c = columnsOf(data);
  const stats = statsOf(data, c, pass);
  stats.sort(
    (a, b) =>
      b.stat.articles - a.stat.articles ||
      b.stat.provinces - a.stat.provinces ||
      a.firstRank - b.firstRank ||
      compareZh(a.stat.phrase, b.stat.phrase) ||
      a.firstRow - b.firstRow,
  );
  const ranked = stats.map((s) => s.stat);
  rankedCache.set(pass, ranked);
  return ranked;
}

const phraseRanking: Aggregate<{ limit: number }, { items: PhraseStat[]; total: number }> = (
  data,
  filters,
  { limit },
) => {
  const stats = rankedStats(data, filters);
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
  const c = columnsOf(data);
  const pass = passing(data, filters);
  const counts = new MonthCounts<string>();
  const undated = new Uint8Array(c.articles);
  let undatedCount = 0;
  for (const phrase of phrases) {
    counts.series(phrase);
    for (const r of passingRowsOf(c, pass, c.phrases.find(phrase))) {
      const month = c.dateMonth[c.phraseDate[r]!]!;
      if (month >= 0) counts.add(phrase, c.months[month]!);
      else if (!undated[c.phraseArticle[r]!]) {
        undated[c.phraseArticle[r]!] = 1;
        undatedCount++;
      }
    }
  }
  const { months, series } = counts.toAxis();
  const perMonth = new Int32Array(c.months.length);
  for (const a of pass.articleList) if (c.articleMonth[a]! >= 0) perMonth[c.articleMonth[a]!]!++;
  const column = new Map(c.months.map((month, code) => [month, code]));
  return {
    months,
    totals: months.map((m) => perMonth[column.get(m) ?? -1] ?? 0),
    series: series.map(({ key, counts }) => ({ phrase: key, counts })),
    undated: undatedCount,
  };
};

export interface PhraseHeatmap {
  phrases: string[];
  provinces: string[];
  /** [province index, phrase index, articles]. */
  cells: [number, number, number][];
}

const phraseHeatmap: Aggregate<{ limit: number }, PhraseHeatmap> = (data, filters, { limit }, texts) => {
  const c = columnsOf(data);
  const pass = passing(data, filters);
  const top = phraseRanking(data, filters, { limit }, texts).items.map((s) => s.phrase);
  // Articles per (phrase, province code); provinces in the order first met.
  const counts = top.map(() => new Int32Array(c.provinces.size));
  const met: number[] = [];
  const isMet = new Uint8Array(c.provinces.size);
  const seen = new Int32Array(c.articles);
  top.forEach((phrase, y) => {
    const stamp = y + 1;
    for (const r of passingRowsOf(c, pass, c.phrases.find(phrase))) {
      const province = c.phraseProvince[r]!;
      if (province < 0) continue;
      if (!isMet[province]) {
        isMet[province] = 1;
        met.push(province);
      }
      // An article counts once per phrase (it has one row of each phrase, carrying its province).
      const article = c.phraseArticle[r]!;
      if (seen[article] === stamp) continue;
      seen[article] = stamp;
      counts[y]![province]!++;
    }
  });
  const provinces = met.map((code) => ({ code, name: c.provinces.values[code]! }));
  provinces.sort((a, b) => compareZh(a.name, b.name));
  const cells: [number, number, number][] = [];
  top.forEach((_, y) =>
    provinces.forEach(({ code }, x) => {
      const n = counts[y]![code]!;
      if (n) cells.push([x, y, n]);
    }),
  );
  return { phrases: top, provinces: provinces.map((p) => p.name), cells };
};

export interface PhraseDetail {
  stat: PhraseStat | null;
  /** First use in each province, in order: how the phrase spread. */
  spread: { province: string; date: string | null; articleId: string }[];
  sentences: { articleId: string; sentence: string; province: string | null; date: string | null }[];
  /** Reports of the phrase the spread cannot place: no date, or no year. */
  undated: number;
}

/** Row indexes in ascending order of a small integer key, equal keys kept in order (a counting sort). */
function byKey(rows: readonly number[], key: (row: number) => number, keys: number): number[] {
  const start = new Int32Array(keys + 1);
  for (const r of rows) start[key(r) + 1]!++;
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const sorted = new Array<number>(rows.length);
  for (const r of rows) sorted[start[key(r)]!++] = r;
  return sorted;
}

const phraseDetail: Aggregate<{ phrase: string; limit: number }, PhraseDetail> = (data, filters, { phrase, limit }) => {
  const c = columnsOf(data);
  const rankOf = (r: number) => c.dateRankUndatedLast[c.phraseDate[r]!]!;
  // Oldest first; the undated after every dated one.
  const indexes = byKey(passingRowsOf(c, passing(data, filters), c.phrases.find(phrase)), rankOf, c.dates.length);
  const row = (r: number) => data.phrases[r]!;
  const spread: { province: string; date: string | null; articleId: string }[] = [];
  const spreadSeen = new Uint8Array(c.provinces.size);
  const articleSeen = new Uint8Array(c.articles);
  const undatedSeen = new Uint8Array(c.articles);
  let articles = 0;
  let provinces = 0;
  let corrected = 0;
  let undated = 0;
  for (const r of indexes) {
    const province = c.phraseProvince[r]!;
    if (province >= 0 && !spreadSeen[province] && c.provinces.values[province]) {
      spreadSeen[province] = 1;
      provinces++;
      spread.push({ province: row(r).province!, date: row(r).date, articleId: row(r).articleId });
    }
    const article = c.phraseArticle[r]!;
    if (!articleSeen[article]) [articleSeen[article], articles] = [1, articles + 1];
    if (c.dateMonth[c.phraseDate[r]!]! < 0 && !undatedSeen[article]) [undatedSeen[article], undated] = [1, undated + 1];
    corrected += c.phraseCorrected[r]!;
  }
  const first = indexes.length ? row(indexes[0]!) : null;
  return {
    stat: first
      ? {
          phrase,
          articles,
          provinces,
          ...(corrected ? { corrected } : {}),
          first: { date: first.date, province: first.province, articleId: first.articleId },
        }
      : null,
    spread,
    sentences: indexes.slice(0, limit).map((r) => {
      const { articleId, sentence, province, date } = row(r);
      return { articleId, sentence, province, date };
    }),
    undated,
  };
};

export const phrasesAggregates = { phraseRanking, phraseTrends, phraseHeatmap, phraseDetail };
