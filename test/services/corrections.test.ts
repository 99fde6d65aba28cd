import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { PARSER_VERSION } from "../../src/ingest";
import { NO_FILTERS } from "../../src/model/filters";
import { personIdOf } from "../../src/model/person-id";
import { openServices } from "../support/services";
import { storedRows } from "../support/stored-rows";

let name = 0;
let db: TifaDatabase;
let service: ReturnType<typeof openServices>;
beforeEach(() => {
  db = new TifaDatabase(`corrections-${++name}`);
  service = openServices(db);
});
afterEach(() => db.close());

const HENAN =
  "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。会议传达学习了全国两会精神,强调“两个确立”,研究部署了今年的重点工作。";
const HEBEI =
  "3月5日,河北省民政厅召开党组会议,厅长王建国主持会议,副厅长赵强出席会议。会议强调“两个确立”,研究部署了今年的重点工作。";
const file = (fileName: string, text: string) => ({
  name: fileName,
  bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
  source: "user" as const,
});

async function importReports() {
  await service.importFiles([file("henan.txt", HENAN), file("hebei.txt", HEBEI)]);
  const [henan] = (await storedRows(db)).articles.filter((a) => a.province === "河南");
  return henan!.id;
}

const provinces = async () =>
  (await service.aggregate("meetingsByProvince", NO_FILTERS, {})).map((p) => `${p.province} ${p.meetings}`);

test("a corrected province moves the meeting on every view at once; undo brings the parser's back", async () => {
  const article = await importReports();
  expect(await provinces()).toEqual(["河北 1", "河南 1"]);
  const record = await service.corrections.add(
    { articleId: article, change: { kind: "article", field: "province", old: "河南", value: "山东" } },
    1000,
  );
  expect(record).toMatchObject({ createdAt: 1000, author: "", articleIndex: 0, documentId: expect.any(String) });
  expect(await provinces()).toEqual(["河北 1", "山东 1"]);
  expect((await service.analytics.articleDetail(article))?.article.province).toBe("山东");
  expect(await service.corrections.list()).toEqual([
    { record, orphaned: false, articleId: article, articleTitle: null, articleFile: "henan.txt" },
  ]);
  expect(await service.corrections.undo(record!.id)).toBe(true);
  expect(await provinces()).toEqual(["河北 1", "河南 1"]);
  expect(await service.corrections.list()).toEqual([]);
});

test("corrections survive a parser change: the documents are read again and the corrections laid over them", async () => {
  const article = await importReports();
  await service.corrections.add({
    articleId: article,
    change: { kind: "person", name: "李明", field: "notPerson", old: false, value: true },
  });
  await service.corrections.add({ articleId: article, change: { kind: "removePhrase", phrase: "三级联动" } });
  await db.meta.put({ key: "parserVersion", value: "an older parser" });
  const reopened = openServices(db);
  expect((await reopened.counts()).people).toBe(3);
  expect((await db.meta.get("parserVersion"))?.value).toBe(PARSER_VERSION);
  expect((await storedRows(db)).people.map((p) => p.id)).not.toContain(personIdOf("李明", "河南"));
  const listed = await reopened.corrections.list();
  expect(listed.map((c) => [c.record.change.kind, c.orphaned])).toEqual([
    ["removePhrase", true],
    ["person", false],
  ]);
});

test("same person as: two provinces' records are one in the network; undo splits them again", async () => {
  await importReports();
  const henan = personIdOf("王建国", "河南");
  const hebei = personIdOf("王建国", "河北");
  const network = async () =>
    (await service.aggregate("network", NO_FILTERS, { includeMentioned: false, limit: 100, search: "" })).nodes
      .map((n) => `${n.id} ${n.meetings}`)
      .sort();
  expect(await network()).toEqual([`河北:王建国 1`, `河北:赵强 1`, `河南:李明 1`, `河南:王建国 1`]);
  const merge = await service.corrections.add({
    articleId: null,
    change: { kind: "samePerson", personId: henan, sameAs: hebei },
  });
  expect(merge).toMatchObject({ documentId: null, articleIndex: null });
  expect(await network()).toEqual([`河北:王建国 2`, `河北:赵强 1`, `河南:李明 1`]);
  expect((await service.counts()).people).toBe(3);
  const article = (await storedRows(db)).articles.find((a) => a.province === "河南")!.id;
  expect((await service.analytics.articleDetail(article))?.people).toContainEqual({ name: "王建国", id: hebei });
  // A link to the record merged away opens the one kept, with the meetings of both.
  const detail = await service.aggregate("personDetail", NO_FILTERS, { personId: henan });
  expect([detail?.id, detail?.appearances.length]).toEqual([hebei, 2]);
  await service.corrections.undo(merge!.id);
  expect(await network()).toHaveLength(4);
});

test("a merge naming a person no record holds is listed as orphaned; a correction of a missing article is refused", async () => {
  await importReports();
  const ghost = personIdOf("无人", "河南");
  await service.corrections.add({
    articleId: null,
    change: { kind: "samePerson", personId: ghost, sameAs: personIdOf("王建国", "河北") },
  });
  expect((await service.corrections.list()).map((c) => c.orphaned)).toEqual([true]);
  expect(
    await service.corrections.add({ articleId: "nope-0", change: { kind: "removePhrase", phrase: "两个确立" } }),
  ).toBeNull();
});

test("a backup carries the corrections and a restore brings them back, applied", async () => {
  const article = await importReports();
  await service.corrections.add({
    articleId: article,
    change: { kind: "article", field: "province", old: "河南", value: "山东" },
  });
  const backup = JSON.stringify(await service.backup());
  expect(JSON.parse(backup)).toMatchObject({ version: 4, corrections: [{ change: { value: "山东" } }] });
  await service.clear();
  expect(await db.corrections.count()).toBe(0);
  expect(await service.restore(backup, "tifa-backup.json")).toEqual({ ok: true, documents: 2 });
  expect(await provinces()).toEqual(["河北 1", "山东 1"]);
  expect((await service.corrections.list()).map((c) => c.orphaned)).toEqual([false]);
});

test("a version 2 backup (no corrections) still restores, and replaces the corrections in force", async () => {
  const article = await importReports();
  const v2 = { ...(await service.backup()), version: 2 } as Record<string, unknown>;
  delete v2.corrections;
  await service.corrections.add({
    articleId: article,
    change: { kind: "article", field: "province", old: "河南", value: "山东" },
  });
  expect(await service.restore(JSON.stringify(v2), "old.json")).toEqual({ ok: true, documents: 2 });
  expect(await db.corrections.count()).toBe(0);
  expect(await provinces()).toEqual(["河北 1", "河南 1"]);
});

test("a version 3 backup with a correction of an unknown kind is refused as damaged", async () => {
  await importReports();
  const backup = { ...(await service.backup()) } as Record<string, unknown>;
  backup.corrections = [
    { id: "x", createdAt: 1, author: "", documentId: null, articleIndex: null, change: { kind: "rm" } },
  ];
  expect(await service.restore(JSON.stringify(backup), "b.json")).toMatchObject({ ok: false });
});

test("corrected rows are marked: a province's corrected articles, a corrected or merged person, an added phrase", async () => {
  const article = await importReports();
  await service.corrections.add({
    articleId: article,
    change: { kind: "article", field: "province", old: "河南", value: "河北" },
  });
  await service.corrections.add({
    articleId: article,
    change: { kind: "person", name: "李明", field: "role", old: "出席", value: "讲话" },
  });
  await service.corrections.add({
    articleId: article,
    change: { kind: "addPhrase", phrase: "重点工作", start: 78, end: 82 },
  });
  expect(await service.aggregate("meetingsByProvince", NO_FILTERS, {})).toEqual([
    { province: "河北", meetings: 2, articles: 2, corrected: 1 },
  ]);
  const nodes = (await service.aggregate("network", NO_FILTERS, { includeMentioned: false, limit: 100, search: "" }))
    .nodes;
  expect(nodes.filter((n) => n.corrected).map((n) => n.id)).toEqual([personIdOf("李明", "河北")]);
  const phrases = (await service.aggregate("phraseRanking", NO_FILTERS, { limit: 10 })).items;
  expect(phrases.map((p) => [p.phrase, p.articles, p.corrected])).toEqual([
    ["两个确立", 2, undefined],
    ["重点工作", 1, 1],
  ]);
});

test("a correction writes only the rows it changes: the other report's rows are left alone", async () => {
  const article = await importReports();
  const { documentId } = (await storedRows(db)).articles.find((a) => a.id === article)!;
  const written: string[] = [];
  db.documentRows.hook("creating", (id) => void written.push(`+${String(id)}`));
  db.documentRows.hook("updating", (_changes, id) => void written.push(`~${String(id)}`));
  db.documentRows.hook("deleting", (id) => void written.push(`-${String(id)}`));
  await service.corrections.add({
    articleId: article,
    change: { kind: "article", field: "province", old: "河南", value: "山东" },
  });
  expect(written).toEqual([`~${documentId}`]);
  const phrases = (await db.documentRows.get(documentId))?.phrases;
  expect(phrases?.find((p) => p.id === `${article}:两个确立`)?.province).toBe("山东");
});
