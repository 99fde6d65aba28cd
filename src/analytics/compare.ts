/**
 * Two provinces side by side: meetings by month, the people both have (national figures, and
 * anyone matched in both), and the phrases each used alone or both used. The view's filters
 * apply, except its provinces: the two compared replace them.
 */
import type { Aggregate } from "./aggregate";
import { passingArticleIds, passingMeetingIds } from "./apply-filters";
import { compareZh } from "./collation";
import { indexDataset } from "./dataset-index";
import { MonthCounts } from "./month-series";
import { monthOf } from "../model/partial-date";

export interface Comparison {
  months: string[];
  /** Meetings per month: [a's, b's]. */
  counts: [number[], number[]];
  /** Meetings with no known month, left off the axis: [a's, b's]. */
  undated: [number, number];
  shared: { id: string; name: string; articles: [number, number] }[];
  phrases: { phrase: string; articles: [number, number] }[];
}

const compareProvinces: Aggregate<{ a: string; b: string }, Comparison> = (data, filters, { a, b }) => {
  const index = indexDataset(data);
  const sides = [a, b] as const;
  const months = new MonthCounts<string>();
  const undated = [0, 0];
  sides.forEach((province, side) => {
    months.series(province);
    for (const id of passingMeetingIds(data, { ...filters, provinces: [province] })) {
      const meeting = index.meetingById.get(id)!;
      const month = meeting.month ?? monthOf(meeting.date);
      if (month) months.add(province, month);
      else undated[side]! += 1;
    }
  });
  const axis = months.toAxis();
  const countsOf = (p: string) => axis.series.find((s) => s.key === p)?.counts ?? axis.months.map(() => 0);
  const people = new Map<string, [Set<string>, Set<string>]>();
  const phrases = new Map<string, [Set<string>, Set<string>]>();
  const add = (into: Map<string, [Set<string>, Set<string>]>, key: string, side: number, article: string) =>
    (into.get(key) ?? into.set(key, [new Set(), new Set()]).get(key)!)[side]!.add(article);
  sides.forEach((province, side) => {
    for (const id of passingArticleIds(data, { ...filters, provinces: [province] })) {
      for (const m of index.mentionsByArticle.get(id) ?? []) add(people, m.personId, side, id);
      for (const p of index.phrasesByArticle.get(id) ?? []) add(phrases, p.phrase, side, id);
    }
  });
  const sizes = ([x, y]: [Set<string>, Set<string>]): [number, number] => [x.size, y.size];
  const shared = [...people]
    .filter(([, [x, y]]) => x.size && y.size)
    .map(([id, sets]) => ({ id, name: index.personById.get(id)?.name ?? id, articles: sizes(sets) }))
    .sort((p, q) => q.articles[0] + q.articles[1] - p.articles[0] - p.articles[1] || compareZh(p.name, q.name));
  const phraseList = [...phrases]
    .map(([phrase, sets]) => ({ phrase, articles: sizes(sets) }))
    .sort((p, q) => q.articles[0] + q.articles[1] - p.articles[0] - p.articles[1] || compareZh(p.phrase, q.phrase));
  return {
    months: axis.months,
    counts: [countsOf(a), countsOf(b)],
    undated: [undated[0]!, undated[1]!],
    shared,
    phrases: phraseList,
  };
};

export const compareAggregates = { compareProvinces };
