import { expect, test } from "vitest";
import type { ArticleTexts } from "../../src/analytics";
import { aggregates } from "../../src/analytics";
import { EVIDENCE_LIMIT } from "../../src/analytics/link-evidence";
import type { Dataset, MentionRow } from "../../src/db/records";
import { NO_FILTERS } from "../../src/model/filters";
import type { PersonId } from "../../src/model/person-id";

/** 53 meetings in 江苏 on 53 days of 2024, each reported once, 甲 chairing and 乙 attending. */
const MEETINGS = 53;
const day = (i: number) =>
  `2024-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
const A = "江苏:张甲" as PersonId;
const B = "江苏:李乙" as PersonId;
const data: Dataset = {
  articles: Array.from({ length: MEETINGS }, (_, i) => ({
    id: `a${i}`,
    documentId: `d${i}`,
    file: `${i}.txt`,
    meetingId: `m${i}`,
    title: `会议${i}`,
    date: day(i),
    published: null,
    province: "江苏",
    city: null,
    isMeeting: true,
    meetingType: "党组会议",
  })),
  meetings: Array.from({ length: MEETINGS }, (_, i) => ({
    id: `m${i}`,
    date: day(i),
    month: day(i).slice(0, 7),
    province: "江苏",
    city: null,
    meetingType: "党组会议",
    title: `会议${i}`,
    articleIds: [`a${i}`],
  })),
  people: [
    { id: A, name: "张甲", province: "江苏", titles: ["厅长"] },
    { id: B, name: "李乙", province: "江苏", titles: [] },
  ],
  mentions: Array.from({ length: MEETINGS }, (_, i): MentionRow[] => [
    {
      id: `x${i}`,
      personId: A,
      articleId: `a${i}`,
      meetingId: `m${i}`,
      role: "主持",
      present: true,
      titles: ["厅长"],
      start: 2,
      end: 4,
    },
    {
      id: `y${i}`,
      personId: B,
      articleId: `a${i}`,
      meetingId: `m${i}`,
      role: "出席",
      present: true,
      titles: [],
      start: 9,
      end: 11,
    },
  ]).flat(),
  phrases: [],
};
const TEXT = "厅长张甲主持会议。李乙出席。一、张甲讲话。二、李乙发言。三、张甲总结。四、李乙表态。";
const texts: ArticleTexts = async (ids) =>
  ids.map((id) => ({
    id,
    province: "江苏",
    text: TEXT,
    evidence: { province: null, date: null, meetingType: null },
    parsed: { date: data.articles[Number(id.slice(1))]!.date, province: "江苏", meetingType: "党组会议" },
  }));

test(`a link's evidence gives at most ${EVIDENCE_LIMIT} meetings, the newest, and counts the rest; 4 sentences an article`, async () => {
  const link = await aggregates.linkEvidence(data, NO_FILTERS, { a: A, b: B, includeMentioned: false }, texts);
  expect(link?.meetings).toHaveLength(EVIDENCE_LIMIT);
  expect(link?.moreMeetings).toBe(MEETINGS - EVIDENCE_LIMIT);
  expect(link?.meetings[0]?.date).toBe(day(MEETINGS - 1));
  expect(link?.meetings.at(-1)?.date).toBe(day(MEETINGS - EVIDENCE_LIMIT));
  expect(link?.meetings[0]?.articles[0]).toEqual({
    articleId: `a${MEETINGS - 1}`,
    title: `会议${MEETINGS - 1}`,
    date: day(MEETINGS - 1),
    sentences: ["厅长张甲主持会议。", "李乙出席。", "一、张甲讲话。", "二、李乙发言。"],
    moreSentences: 2,
    otherForms: [],
  });
});

test(`a province's meetings: at most ${EVIDENCE_LIMIT}, the rest counted; the filters apply`, async () => {
  const all = await aggregates.meetingEvidence(data, NO_FILTERS, { province: "江苏", month: null }, texts);
  expect([all.meetings.length, all.more]).toEqual([EVIDENCE_LIMIT, MEETINGS - EVIDENCE_LIMIT]);
  const february = { ...NO_FILTERS, from: "2024-02", to: "2024-02" };
  const some = await aggregates.meetingEvidence(data, february, { province: "江苏", month: null }, texts);
  expect([some.meetings.length, some.more]).toEqual([25, 0]);
  expect(some.meetings.map((m) => m.date)).toEqual(Array.from({ length: 25 }, (_, i) => day(52 - i)));
});

test("articles that report no meeting but name both are listed apart, not counted as meetings together", async () => {
  const loose: Dataset = {
    ...data,
    articles: [
      ...data.articles,
      { ...data.articles[0]!, id: "n1", documentId: "dn", meetingId: null, isMeeting: false },
    ],
    mentions: [
      ...data.mentions,
      { ...data.mentions[0]!, id: "xn", articleId: "n1", meetingId: null },
      { ...data.mentions[1]!, id: "yn", articleId: "n1", meetingId: null },
    ],
  };
  const link = await aggregates.linkEvidence(loose, NO_FILTERS, { a: A, b: B, includeMentioned: false }, texts);
  expect([link?.meetings.length, link?.moreMeetings]).toEqual([EVIDENCE_LIMIT, MEETINGS - EVIDENCE_LIMIT]);
  expect(link?.articles.map((a) => [a.articleId, a.sentences.length, a.moreSentences])).toEqual([["n1", 4, 2]]);
  expect(link?.moreArticles).toBe(0);
});
