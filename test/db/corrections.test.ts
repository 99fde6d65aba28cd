import { describe, expect, test } from "vitest";
import { applyCorrections, correctArticle, spansOf } from "../../src/db/corrections";
import type { Article } from "../../src/ingest/types";
import type { CorrectionChange, CorrectionRecord } from "../../src/model/correction";

const TEXT =
  "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。会议传达学习了全国两会精神,强调“两个确立”,研究部署了今年的重点工作。";

const parsed: Article = {
  title: null,
  date: "--03-01",
  published: null,
  province: "河南",
  city: null,
  isMeeting: true,
  meetingType: "党组会议",
  people: [
    { name: "王建国", titles: ["厅党组书记", "厅长"], role: "主持", aliases: [], spans: [{ start: 26, end: 29 }] },
    { name: "李明", titles: ["副厅长"], role: "出席", aliases: [], spans: [{ start: 40, end: 42 }] },
  ],
  phrases: [{ phrase: "两个确立", spans: [{ start: 64, end: 68 }] }],
  evidence: { province: null, date: null, meetingType: null },
  text: TEXT,
};

let n = 0;
const correction = (change: CorrectionChange, at = ++n, index = 0): CorrectionRecord => ({
  id: `c${at}`,
  createdAt: at,
  author: "",
  documentId: "doc",
  articleIndex: index,
  change,
});

describe("article facts", () => {
  test("province, date, title, meeting type and is-a-meeting are set as corrected", () => {
    const { article, orphaned } = correctArticle(parsed, [
      correction({ kind: "article", field: "province", old: "河南", value: "河北" }),
      correction({ kind: "article", field: "date", old: "--03-01", value: "2024-03-01" }),
      correction({ kind: "article", field: "title", old: null, value: "民政厅党组会议" }),
      correction({ kind: "article", field: "meetingType", old: "党组会议", value: "办公会" }),
      correction({ kind: "article", field: "isMeeting", old: true, value: false }),
    ]);
    expect(orphaned).toEqual([]);
    expect([article.province, article.date, article.title, article.meetingType, article.isMeeting]).toEqual([
      "河北",
      "2024-03-01",
      "民政厅党组会议",
      "办公会",
      false,
    ]);
    expect(parsed.province).toBe("河南");
  });

  test("the later of two corrections of one field wins, whatever order they are given in", () => {
    const later = correction({ kind: "article", field: "province", old: "河南", value: "山东" }, 20);
    const earlier = correction({ kind: "article", field: "province", old: "河南", value: "河北" }, 10);
    expect(correctArticle(parsed, [later, earlier]).article.province).toBe("山东");
  });

  test("a boolean for a text field is not applied: orphaned", () => {
    const bad = correction({ kind: "article", field: "province", old: "河南", value: true });
    expect(correctArticle(parsed, [bad])).toEqual({ article: parsed, orphaned: [bad.id] });
  });
});

describe("people", () => {
  test("name, titles and role of a person found by the parsed name", () => {
    const { article, orphaned } = correctArticle(parsed, [
      correction({ kind: "person", name: "李明", field: "titles", old: ["副厅长"], value: ["副厅长", "党组成员"] }),
      correction({ kind: "person", name: "李明", field: "name", old: "李明", value: "李明亮" }),
      correction({ kind: "person", name: "李明", field: "role", old: "出席", value: "讲话" }),
    ]);
    expect(orphaned).toEqual([]);
    expect(article.people[1]).toEqual({
      name: "李明亮",
      titles: ["副厅长", "党组成员"],
      role: "讲话",
      aliases: [],
      spans: [{ start: 40, end: 42 }],
    });
    expect(parsed.people[1]!.name).toBe("李明");
  });

  test("not a person: left out", () => {
    const { article } = correctArticle(parsed, [
      correction({ kind: "person", name: "王建国", field: "notPerson", old: false, value: true }),
    ]);
    expect(article.people.map((p) => p.name)).toEqual(["李明"]);
  });

  test("a person the parser no longer reads, or a role that is not one, is orphaned", () => {
    const gone = correction({ kind: "person", name: "张三", field: "role", old: "出席", value: "讲话" });
    const badRole = correction({ kind: "person", name: "李明", field: "role", old: "出席", value: "跳舞" });
    const { article, orphaned } = correctArticle(parsed, [gone, badRole]);
    expect(orphaned).toEqual([gone.id, badRole.id]);
    expect(article.people).toEqual(parsed.people);
  });

  test("a person added from a selection has every place the name stands, the selected one first", () => {
    const { article, orphaned } = correctArticle(parsed, [
      correction({ kind: "addPerson", name: "民政厅", role: "出席", titles: [], start: 8, end: 11 }),
    ]);
    expect(orphaned).toEqual([]);
    expect(article.people[2]).toEqual({
      name: "民政厅",
      titles: [],
      role: "出席",
      aliases: [],
      spans: [{ start: 8, end: 11 }],
    });
  });

  test("an added person whose text moved is found elsewhere in the article; one not in it is orphaned", () => {
    const moved = correction({ kind: "addPerson", name: "全国两会", role: "提及", titles: [], start: 0, end: 4 });
    const missing = correction({ kind: "addPerson", name: "赵六", role: "出席", titles: [], start: 0, end: 2 });
    const { article, orphaned } = correctArticle(parsed, [moved, missing]);
    expect(article.people.map((p) => [p.name, p.spans])).toContainEqual(["全国两会", [{ start: 54, end: 58 }]]);
    expect(orphaned).toEqual([missing.id]);
  });
});

describe("phrases", () => {
  test("a phrase added from a selection, one removed", () => {
    const { article, orphaned } = correctArticle(parsed, [
      correction({ kind: "addPhrase", phrase: "重点工作", start: 78, end: 82 }),
      correction({ kind: "removePhrase", phrase: "两个确立" }),
    ]);
    expect(orphaned).toEqual([]);
    expect(article.phrases).toEqual([{ phrase: "重点工作", spans: [{ start: 78, end: 82 }] }]);
  });

  test("removing a phrase the parser no longer finds is orphaned; adding text not in the article too", () => {
    const remove = correction({ kind: "removePhrase", phrase: "三级联动" });
    const add = correction({ kind: "addPhrase", phrase: "新质生产力", start: 3, end: 8 });
    expect(correctArticle(parsed, [remove, add]).orphaned).toEqual([remove.id, add.id]);
  });
});

describe("a document", () => {
  test("corrections go to their article by index; one for an index the document no longer has is orphaned", () => {
    const second = { ...parsed, province: "湖北" };
    const first = correction({ kind: "article", field: "province", old: "河南", value: "河北" }, 1, 0);
    const other = correction({ kind: "article", field: "province", old: "湖北", value: "湖南" }, 2, 1);
    const lost = correction({ kind: "article", field: "province", old: "湖北", value: "湖南" }, 3, 2);
    const elsewhere = { ...correction({ kind: "removePhrase", phrase: "两个确立" }, 4, 0), documentId: "other" };
    const { articles, orphaned } = applyCorrections("doc", [parsed, second], [first, other, lost, elsewhere]);
    expect(articles.map((a) => a.province)).toEqual(["河北", "湖南"]);
    expect(articles[0]!.phrases).toEqual(parsed.phrases);
    expect(orphaned).toEqual([lost.id]);
  });
});

test("spansOf: every place, the preferred first", () => {
  expect(spansOf("会议会议会议", "会议", 2)).toEqual([
    { start: 2, end: 4 },
    { start: 0, end: 2 },
    { start: 4, end: 6 },
  ]);
  expect(spansOf("abc", "")).toEqual([]);
});
