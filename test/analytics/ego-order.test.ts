import { expect, test } from "vitest";
import type { ArticleTexts } from "../../src/analytics";
import { aggregates } from "../../src/analytics";
import { passing, placesInList } from "../../src/analytics/apply-filters";
import type { Dataset, MentionRow } from "../../src/db/records";
import { NO_FILTERS } from "../../src/model/filters";
import type { PersonId } from "../../src/model/person-id";

/**
 * Five meetings, each reported once, their reports stored in another order than the meetings
 * (m3, m4, m1, m0, m2): the passing order, in which links are first met, is the reports' order.
 */
const present: Record<string, string[]> = {
  m0: ["p", "q"],
  m1: ["q", "r"],
  m2: ["p", "s"],
  m3: ["r", "t"],
  m4: ["s", "u"],
};
const dateOf = (m: string) => (m === "m4" ? "2024-01-05" : `2024-02-0${m.slice(1)}`);
const provinceOf = (m: string) => (m === "m3" ? "山东" : "江苏");
const id = (p: string) => `x:${p}` as PersonId;
const data: Dataset = {
  articles: ["m3", "m4", "m1", "m0", "m2"].map((m) => ({
    id: `a${m}`,
    documentId: `d${m}`,
    file: `${m}.txt`,
    meetingId: m,
    title: m,
    date: dateOf(m),
    published: null,
    province: provinceOf(m),
    city: null,
    isMeeting: true,
    meetingType: "党组会议",
  })),
  meetings: Object.keys(present).map((m) => ({
    id: m,
    date: dateOf(m),
    month: dateOf(m).slice(0, 7),
    province: provinceOf(m),
    city: null,
    meetingType: "党组会议",
    title: m,
    articleIds: [`a${m}`],
  })),
  people: ["p", "q", "r", "s", "t", "u"].map((p) => ({ id: id(p), name: p, province: null, titles: [] })),
  mentions: Object.entries(present).flatMap(([m, people]) =>
    people.map((p, i): MentionRow => ({
      id: `${m}-${p}`,
      personId: id(p),
      articleId: `a${m}`,
      meetingId: m,
      role: i === 0 ? "主持" : "出席",
      present: true,
      titles: [],
      start: 0,
      end: 1,
    })),
  ),
  phrases: [],
};
const texts: ArticleTexts = async () => [];
const links = async (from: string | null) =>
  (await aggregates.egoNetwork(data, { ...NO_FILTERS, from }, { personId: id("p"), depth: 2 }, texts)).edges.map(
    (e) => `${e.source}-${e.target}`,
  );

test("each passing meeting's place in the passing list, under a province filter and a time window", () => {
  for (const filters of [NO_FILTERS, { ...NO_FILTERS, provinces: ["江苏"] }, { ...NO_FILTERS, from: "2024-02" }]) {
    const pass = passing(data, filters);
    const places = placesInList(pass);
    expect(Array.from(places)).toEqual(data.meetings.map((_, m) => pass.meetingList.indexOf(m)));
  }
});

test("the ego network's links come in the order their meetings pass (the reports' order), within the time window", async () => {
  expect(await links(null)).toEqual(["x:s-x:u", "x:q-x:r", "x:p-x:q", "x:p-x:s"]);
  expect(await links("2024-02")).toEqual(["x:q-x:r", "x:p-x:q", "x:p-x:s"]);
});
