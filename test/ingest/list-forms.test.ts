import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";

// Invented list pages: every name, place and sentence here is made up for the tests.
const TEASERS = [
  "市长林一峰今(14)日主持市政会议,审议明年度总预算案,要求各局处撙节开支,并加强防汛整备工作,确保",
  "副市长张二明今(13)日出席产业论坛致词表示,市府将持续推动中小企业数位转型,协助业者开拓",
  "市府今(12)日召开防灾会报,由秘书长王三川主持,各区公所报告颱风整备情形,要求落实疏散撤离",
  "市议会第五次定期大会今(11)日开议,市长林一峰到会进行施政报告,说明各项市政建设的推动",
];
const people = (text: string) =>
  parseText(text, { fileName: "list.txt" }).map((a) => [a.title, a.people.map((p) => p.name).join(",")]);
const NAMES = ["林一峰", "张二明", "王三川", "林一峰"];

describe("list pages of teasers, each cut short with an ellipsis", () => {
  test("one article per teaser, a read-more link after it or not", () => {
    const page = ["最新消息", ...TEASERS.map((t, i) => (i % 2 ? `${t}......` : `${t}……【详全文】`))].join("\n");
    expect(people(page)).toEqual(NAMES.map((name) => [null, name]));
  });
  test("in traditional characters, with schedule lines between the teasers", () => {
    const page = [
      "地點:市府第一會議室不開放採訪",
      ...TEASERS.map((t) => `${t}......【詳全文】`),
      "地點:市議會議事廳",
    ].join("\n");
    expect(people(page)).toEqual(NAMES.map((name) => [null, name]));
  });
  test("a headline over its teaser is its title", () => {
    const titles = ["市政会议审议总预算案", "副市长出席产业论坛", "市府召开防灾会报", "市议会定期大会开议"];
    const page = TEASERS.map((t, i) => `${titles[i]}\n${t}...[详细]`).join("\n");
    expect(people(page)).toEqual(NAMES.map((name, i) => [titles[i], name]));
  });
  test("a report with an ellipsis in its text is one article", () => {
    const report = [
      "市政府召开常务会议",
      "会议强调,要抓好防汛……各项工作。",
      "会议指出,要做好以下工作……",
      "市长林一峰主持会议……",
    ].join("\n");
    expect(parseText(report).length).toBe(1);
  });
});

test("a relative day with its number in brackets (今(23)日) dates the report and keeps the name", () => {
  const report =
    "發布日期:2031-05-23\n市長林一峰今(23)日主持市政會議,審議明年度總預算案,要求各局處撙節開支,並加強防汛整備工作。";
  expect(parseText(report).map((a) => [a.date, a.people.map((p) => `${p.name}:${p.role}`).join(",")])).toEqual([
    ["2031-05-23", "林一峰:主持"],
  ]);
});
