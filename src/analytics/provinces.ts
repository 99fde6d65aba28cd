/** Meetings by province: counts for the map and the ranking, and the month-by-month timeline. */
import { MonthCounts } from "./month-series";
import { compareZh } from "./collation";
import type { Aggregate } from "./aggregate";
import { monthOf } from "../model/partial-date";
import { articleDate, passingArticleIds, passingMeetingIds } from "./apply-filters";
import { indexDataset } from "./dataset-index";

export interface ProvinceCount {
  province: string;
  meetings: number;
  articles: number;
  /** Of its articles, those an analyst corrected a fact of (set only when some are). */
  corrected?: number;
}

/** Meetings (not reports: two reports of one meeting count once) and articles per province. */
const meetingsByProvince: Aggregate<Record<string, never>, ProvinceCount[]> = (data, filters) => {
  const index = indexDataset(data);
  const counts = new Map<string, ProvinceCount>();
  const entry = (province: string) =>
    counts.get(province) ?? counts.set(province, { province, meetings: 0, articles: 0 }).get(province)!;
  for (const id of passingMeetingIds(data, filters)) {
    const province = index.meetingById.get(id)?.province;
    if (province) entry(province).meetings++;
  }
  for (const id of passingArticleIds(data, filters)) {
    const article = index.articleById.get(id);
    if (!article?.province) continue;
    const row = entry(article.province);
    row.articles++;
    if (article.corrected) row.corrected = (row.corrected ?? 0) + 1;
  }
  return [...counts.values()].sort(
    (a, b) => b.meetings - a.meetings || b.articles - a.articles || compareZh(a.province, b.province),
  );
};

export interface Timeline {
  months: string[];
  series: { key: string; counts: number[] }[];
  /** Meetings whose year or month is unknown: counted here, not on the axis. */
  undated: number;
}

const meetingsByMonth: Aggregate<{ stackBy: "province" | "meetingType" }, Timeline> = (data, filters, { stackBy }) => {
  const index = indexDataset(data);
  const counts = new MonthCounts<string>();
  let undated = 0;
  for (const id of passingMeetingIds(data, filters)) {
    const meeting = index.meetingById.get(id);
    if (!meeting) continue;
    const month =
      meeting.month ??
      monthOf(
        meeting.articleIds
          .map((a) => index.articleById.get(a))
          .map((a) => (a ? articleDate(a) : null))
          .find(Boolean) ?? null,
      );
    if (!month) {
      undated++;
      continue;
    }
    const key = (stackBy === "province" ? meeting.province : meeting.meetingType) ?? "—";
    counts.add(key, month);
  }
  const { months, series: unsorted } = counts.toAxis();
  const series = unsorted.sort(
    (a, b) => b.counts.reduce((s, n) => s + n, 0) - a.counts.reduce((s, n) => s + n, 0) || compareZh(a.key, b.key),
  );
  return { months, series, undated };
};

/**
 * Meetings the map cannot place: held by a national body, or in reports that do not tell their
 * province clearly enough (the parser says "unknown" rather than guess).
 */
const unplacedMeetings: Aggregate<Record<string, never>, number> = (data, filters) => {
  const index = indexDataset(data);
  let unplaced = 0;
  for (const id of passingMeetingIds(data, filters)) if (!index.meetingById.get(id)?.province) unplaced++;
  return unplaced;
};

export const provincesAggregates = { meetingsByProvince, meetingsByMonth, unplacedMeetings };
