/** Meetings by province: counts for the map and the ranking, and the month-by-month timeline. */
import { monthRange } from "./month-series";
import { compareZh } from "./collation";
import type { Aggregate } from "./aggregate";
import { passing } from "./apply-filters";
import { columnsOf } from "./columns";

export interface ProvinceCount {
  province: string;
  meetings: number;
  articles: number;
  /** Of its articles, those an analyst corrected a fact of (set only when some are). */
  corrected?: number;
}

/** Meetings (not reports: two reports of one meeting count once) and articles per province. */
const meetingsByProvince: Aggregate<Record<string, never>, ProvinceCount[]> = (data, filters) => {
  const c = columnsOf(data);
  const pass = passing(data, filters);
  const meetings = new Int32Array(c.provinces.size);
  const articles = new Int32Array(c.provinces.size);
  const corrected = new Int32Array(c.provinces.size);
  for (const m of pass.meetingList) {
    const province = c.meetingProvince[m]!;
    if (province >= 0) meetings[province]!++;
  }
  for (const a of pass.articleList) {
    const province = c.articleProvince[a]!;
    if (province < 0) continue;
    articles[province]!++;
    corrected[province]! += c.articleCorrected[a]!;
  }
  const counts: ProvinceCount[] = [];
  c.provinces.values.forEach((province, code) => {
    if (!meetings[code] && !articles[code]) return;
    counts.push({
      province,
      meetings: meetings[code]!,
      articles: articles[code]!,
      ...(corrected[code] ? { corrected: corrected[code] } : {}),
    });
  });
  return counts.sort((a, b) => b.meetings - a.meetings || b.articles - a.articles || compareZh(a.province, b.province));
};

export interface Timeline {
  months: string[];
  series: { key: string; counts: number[] }[];
  /** Meetings whose year or month is unknown: counted here, not on the axis. */
  undated: number;
}

const meetingsByMonth: Aggregate<{ stackBy: "province" | "meetingType" }, Timeline> = (data, filters, { stackBy }) => {
  const c = columnsOf(data);
  const [keys, keyOf] =
    stackBy === "province" ? [c.provinces, c.meetingProvince] : ([c.meetingTypes, c.meetingType] as const);
  const NONE = keys.size;
  // Counts per key (and "—" last) and month code; series in the order first seen, as MonthCounts keeps them.
  const counts = new Int32Array((keys.size + 1) * c.months.length);
  const order: number[] = [];
  const seen = new Uint8Array(keys.size + 1);
  let undated = 0;
  let first = c.months.length;
  let last = -1;
  for (const m of passing(data, filters).meetingList) {
    const month = c.meetingTimelineMonth[m]!;
    if (month < 0) {
      undated++;
      continue;
    }
    const key = keyOf[m]! < 0 ? NONE : keyOf[m]!;
    if (!seen[key]) {
      seen[key] = 1;
      order.push(key);
    }
    counts[key * c.months.length + month]!++;
    first = Math.min(first, month);
    last = Math.max(last, month);
  }
  const months = last < 0 ? [] : monthRange(c.months[first]!, c.months[last]!);
  const column = new Map(c.months.map((month, code) => [month, code]));
  const series = order.map((key) => ({
    key: key === NONE ? "—" : keys.values[key]!,
    counts: months.map((month) => counts[key * c.months.length + column.get(month)!] ?? 0),
    total: 0,
  }));
  for (const s of series) s.total = s.counts.reduce((sum, n) => sum + n, 0);
  series.sort((a, b) => b.total - a.total || compareZh(a.key, b.key));
  return { months, series: series.map(({ key, counts }) => ({ key, counts })), undated };
};

/**
 * Meetings the map cannot place: held by a national body, or in reports that do not tell their
 * province clearly enough (the parser says "unknown" rather than guess).
 */
const unplacedMeetings: Aggregate<Record<string, never>, number> = (data, filters) => {
  const c = columnsOf(data);
  let unplaced = 0;
  for (const m of passing(data, filters).meetingList) if (c.meetingProvince[m]! < 0) unplaced++;
  return unplaced;
};

export const provincesAggregates = { meetingsByProvince, meetingsByMonth, unplacedMeetings };
