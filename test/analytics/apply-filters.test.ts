import { expect, test } from "vitest";
import { passing } from "../../src/analytics/apply-filters";
import type { ArticleRow, Dataset, MentionRow } from "../../src/db/records";
import { NO_FILTERS, type Filters } from "../../src/model/filters";
import type { PersonId } from "../../src/model/person-id";

/** Six reports, one meeting each: [province, date, the person named]. */
const reports: [string | null, string | null, string][] = [
  ["江苏", "2024-01-10", "p"],
  ["山东", "2024-02-10", "q"],
  [null, "2024-02-11", "p"],
  ["江苏", "2024-03-10", "q"],
  ["山东", null, "p"],
  ["江苏", "2024-02-20", "p"],
];
const articles: ArticleRow[] = reports.map(([province, date], i) => ({
  id: `a${i}`,
  documentId: `d${i}`,
  file: `${i}.txt`,
  meetingId: `m${i}`,
  title: `t${i}`,
  date,
  published: null,
  province,
  city: null,
  isMeeting: true,
  meetingType: "党组会议",
}));
const data: Dataset = {
  articles,
  meetings: articles.map((a) => ({
    id: a.meetingId!,
    date: a.date,
    month: a.date?.slice(0, 7) ?? null,
    province: a.province,
    city: null,
    meetingType: "党组会议",
    title: a.title,
    articleIds: [a.id],
  })),
  people: ["p", "q"].map((p) => ({ id: `x:${p}` as PersonId, name: p, province: null, titles: [] })),
  mentions: reports.map(([, , person], i): MentionRow => ({
    id: `r${i}`,
    personId: `x:${person}` as PersonId,
    articleId: `a${i}`,
    meetingId: `m${i}`,
    role: "出席",
    present: true,
    titles: [],
    start: 0,
    end: 1,
  })),
  phrases: [],
};

const passingList = (filters: Partial<Filters>) => Array.from(passing(data, { ...NO_FILTERS, ...filters }).articleList);

test("provinces, the month window and the other lists narrow together, in the reports' order", () => {
  expect(passingList({})).toEqual([0, 1, 2, 3, 4, 5]);
  expect(passingList({ provinces: ["江苏"] })).toEqual([0, 3, 5]);
  expect(passingList({ provinces: ["山东", "江苏"] })).toEqual([0, 1, 3, 4, 5]);
  expect(passingList({ provinces: ["江苏"], from: "2024-02" })).toEqual([3, 5]);
  expect(passingList({ provinces: ["山东"], to: "2024-02" })).toEqual([1]);
  expect(passingList({ from: "2024-02", to: "2024-02" })).toEqual([1, 2, 5]);
  expect(passingList({ provinces: ["江苏", "山东"], people: ["x:p"] })).toEqual([0, 4, 5]);
});

test("a province asked twice counts once, and one with no reports passes none", () => {
  expect(passingList({ provinces: ["江苏", "江苏"] })).toEqual([0, 3, 5]);
  expect(passingList({ provinces: ["西藏"] })).toEqual([]);
  expect(passingList({ provinces: ["西藏", "山东"] })).toEqual([1, 4]);
  expect(Array.from(passing(data, { ...NO_FILTERS, provinces: ["山东", "江苏"] }).meetingList)).toEqual([
    0, 1, 3, 4, 5,
  ]);
});
