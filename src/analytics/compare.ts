/**
 * Two provinces side by side: meetings by month, the people both have (national figures, and
 * anyone matched in both), and the phrases each used alone or both used. The view's filters
 * apply, except its provinces: the two compared replace them.
 */
import type { Aggregate } from "./aggregate";
import { passing } from "./apply-filters";
import { columnsOf } from "./columns";
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

/** Articles per code on each side, counting an article once per code; codes in the order first met. */
class SideCounts {
  readonly counts: Int32Array;
  readonly order: number[] = [];
  private readonly last: Int32Array;

  constructor(size: number) {
    this.counts = new Int32Array(size * 2);
    this.last = new Int32Array(size * 2).fill(-1);
  }

  add(code: number, side: number, article: number): void {
    const at = code * 2 + side;
    if (this.last[at] === article) return;
    this.last[at] = article;
    if (!this.counts[code * 2] && !this.counts[code * 2 + 1]) this.order.push(code);
    this.counts[at]!++;
  }

  of(code: number): [number, number] {
    return [this.counts[code * 2]!, this.counts[code * 2 + 1]!];
  }
}

const compareProvinces: Aggregate<{ a: string; b: string }, Comparison> = (data, filters, { a, b }) => {
  const c = columnsOf(data);
  const index = indexDataset(data);
  const sides = [a, b] as const;
  const passes = sides.map((province) => passing(data, { ...filters, provinces: [province] }));
  const months = new MonthCounts<string>();
  const undated = [0, 0];
  sides.forEach((province, side) => {
    months.series(province);
    for (const m of passes[side]!.meetingList) {
      const meeting = data.meetings[m]!;
      const month = meeting.month ?? monthOf(meeting.date);
      if (month) months.add(province, month);
      else undated[side]! += 1;
    }
  });
  const axis = months.toAxis();
  const countsOf = (p: string) => axis.series.find((s) => s.key === p)?.counts ?? axis.months.map(() => 0);
  const people = new SideCounts(c.people.size);
  const phrases = new SideCounts(c.phrases.size);
  passes.forEach((pass, side) => {
    for (const article of pass.articleList) {
      for (let k = c.articleMentions.start[article]!; k < c.articleMentions.start[article + 1]!; k++)
        people.add(c.mentionPerson[c.articleMentions.items[k]!]!, side, article);
      for (let k = c.articlePhrases.start[article]!; k < c.articlePhrases.start[article + 1]!; k++)
        phrases.add(c.phrasePhrase[c.articlePhrases.items[k]!]!, side, article);
    }
  });
  const shared = people.order
    .filter((code) => people.of(code)[0] && people.of(code)[1])
    .map((code) => {
      const id = c.people.values[code]!;
      return { id, name: index.personById.get(id)?.name ?? id, articles: people.of(code) };
    })
    .sort((p, q) => q.articles[0] + q.articles[1] - p.articles[0] - p.articles[1] || compareZh(p.name, q.name));
  const phraseList = phrases.order
    .map((code) => ({ phrase: c.phrases.values[code]!, articles: phrases.of(code) }))
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
