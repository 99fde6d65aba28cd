import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { NO_FILTERS } from "../../src/model/filters";
import { openServices } from "../support/services";
import { storedRows } from "../support/stored-rows";

let name = 0;
let db: TifaDatabase;
let service: ReturnType<typeof openServices>;
beforeEach(() => {
  db = new TifaDatabase(`evidence-corrections-${++name}`);
  service = openServices(db);
});
afterEach(() => db.close());

const CHAIR = "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话。";
const ATTEND = "副厅长李明出席会议。";
const HENAN = `${CHAIR}${ATTEND}会议传达学习了全国两会精神,强调“两个确立”,研究部署了今年的重点工作。`;

async function importHenan(): Promise<string> {
  const bytes = new TextEncoder().encode(HENAN).buffer as ArrayBuffer;
  await service.importFiles([{ name: "henan.txt", bytes, source: "user" }]);
  const [article] = (await storedRows(db)).articles;
  return article!.id;
}

test("a person whose name the analyst corrected is still found in the sentence the parser read them in", async () => {
  const article = await importHenan();
  await service.corrections.add({
    articleId: article,
    change: { kind: "person", name: "李明", field: "name", old: "李明", value: "李铭" },
  });
  const link = await service.aggregate("linkEvidence", NO_FILTERS, {
    a: "河南:王建国",
    b: "河南:李铭",
    includeMentioned: false,
  });
  expect(link?.people.map((p) => p.name)).toEqual(["王建国", "李铭"]);
  expect(link?.meetings.map((m) => [m.roles, m.articles.map((a) => a.sentences)])).toEqual([
    // 李铭 is written 李明 in the text: the second sentence is where the parser read him.
    [["主持", "出席"], [[CHAIR, ATTEND]]],
  ]);
  // The sentences mark him as the text writes him.
  expect(link?.meetings[0]?.articles[0]?.otherForms).toEqual(["李明"]);
});

test("a title the analyst gave, which no sentence holds, is marked as theirs, beside the sentence naming the person", async () => {
  const article = await importHenan();
  await service.corrections.add({
    articleId: article,
    change: { kind: "person", name: "李明", field: "titles", old: ["副厅长"], value: ["副厅长", "一级巡视员"] },
  });
  const titles = await service.aggregate("titleSources", NO_FILTERS, { personId: "河南:李明" });
  expect(titles.map((t) => [t.title, t.sentence, t.byAnalyst])).toEqual([
    ["副厅长", ATTEND, false],
    ["一级巡视员", ATTEND, true],
  ]);
});

test("a province the analyst corrected: the meeting is listed under the new one, with what the parser read and where", async () => {
  const article = await importHenan();
  await service.corrections.add({
    articleId: article,
    change: { kind: "article", field: "province", old: "河南", value: "山东" },
  });
  expect((await service.aggregate("meetingEvidence", NO_FILTERS, { province: "河南", month: null })).meetings).toEqual(
    [],
  );
  const { meetings } = await service.aggregate("meetingEvidence", NO_FILTERS, { province: "山东", month: null });
  expect(meetings.map((m) => [m.province, m.reports.map((r) => r.corrected)])).toEqual([
    ["山东", [[{ fact: "province", parsed: "河南", value: "山东" }]]],
  ]);
  const source = meetings[0]!.reports[0]!.sources.find((s) => s.marks.some((m) => m.fact === "province"));
  expect(source?.sentence).toBe(CHAIR);
  expect(source?.marks.find((m) => m.fact === "province")?.quote).toBe("河南省");
});
