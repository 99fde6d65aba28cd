import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";
import { storedRows } from "../support/stored-rows";

let name = 0;
let db: TifaDatabase;
let service: ReturnType<typeof openServices>;
beforeEach(() => {
  db = new TifaDatabase(`test-${++name}`);
  service = openServices(db);
});
afterEach(async () => {
  db.close();
});

const file = (fileName: string, text: string) => ({
  name: fileName,
  bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
  source: "user" as const,
});
const REPORT =
  "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。会议传达学习了全国两会精神,研究部署了今年的重点工作。";

describe("the bundled articles", () => {
  test("import into 9 articles and 7 meetings", async () => {
    const results = await service.importSeeds();
    expect(results.map((r) => r.status)).toEqual(["imported", "imported", "imported", "imported", "imported"]);
    expect(await service.counts()).toMatchObject({ documents: 5, articles: 9, meetings: 7 });
  });
  test("the same meeting reported twice is one meeting with two reports", async () => {
    await service.importSeeds();
    const shandong = (await storedRows(db)).meetings.filter((m) => m.province === "山东");
    expect(shandong.map((m) => [m.date, m.meetingType, m.articleIds.length])).toEqual([["2023-10-26", "推进会", 2]]);
  });
  test("one person in several articles is one person; national figures are one everywhere", async () => {
    await service.importSeeds();
    const { people, mentions } = await storedRows(db);
    const xie = people.filter((p) => p.name === "谢晓军");
    expect(xie.map((p) => p.id)).toEqual(["江苏:谢晓军"]);
    expect(mentions.filter((m) => m.personId === "江苏:谢晓军")).toHaveLength(2);
    expect(people.filter((p) => p.name === "习近平").map((p) => p.id)).toEqual(["*:习近平"]);
  });
  test("a second import changes nothing", async () => {
    await service.importSeeds();
    const again = await service.importSeeds();
    expect(again.map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate", "duplicate", "duplicate"]);
    expect(await service.counts()).toMatchObject({ documents: 5, articles: 9, meetings: 7 });
  });
});

describe("user files", () => {
  test("a new report adds its article; the same person in another province stays apart", async () => {
    await service.importSeeds();
    const [result] = await service.importFiles([file("henan.txt", REPORT.replace("王建国", "谢晓军"))]);
    expect(result).toEqual({ file: "henan.txt", status: "imported", articles: 1 });
    const { people } = await storedRows(db);
    expect(
      people
        .filter((p) => p.name === "谢晓军")
        .map((p) => p.id)
        .sort(),
    ).toEqual(["江苏:谢晓军", "河南:谢晓军"]);
  });
  test("bad files are reported by name and the rest of the batch still imports", async () => {
    const results = await service.importFiles([
      file("empty.txt", ""),
      { name: "scan.pdf", bytes: new TextEncoder().encode("%PDF-1.4 binary").buffer as ArrayBuffer, source: "user" },
      file("good.txt", REPORT),
      file("note.txt", "只是一句话"),
    ]);
    expect(results).toEqual([
      { file: "empty.txt", status: "failed", message: "empty.txt is empty: there is no text to import." },
      {
        file: "scan.pdf",
        status: "failed",
        message: "scan.pdf is a PDF document, not text. Save it as .txt, .md or .html and try again.",
      },
      { file: "good.txt", status: "imported", articles: 1 },
      {
        file: "note.txt",
        status: "failed",
        message: "note.txt holds no article Tifa can read: no paragraph of report text was found.",
      },
    ]);
    expect(await service.counts()).toMatchObject({ documents: 1, articles: 1, meetings: 1, people: 2 });
  });
});

describe("backup and restore", () => {
  test("backup → clear → restore gives identical counts", async () => {
    await service.importSeeds();
    await service.importFiles([file("good.txt", REPORT)]);
    const before = await service.counts();
    const backup = JSON.stringify(await service.backup());
    await service.clear();
    expect(await service.counts()).toEqual({
      documents: 0,
      articles: 0,
      meetings: 0,
      people: 0,
      phrases: 0,
      addedDocuments: 0,
      ephemeral: false,
      storageFull: false,
    });
    expect(await service.restore(backup, "tifa-backup.json")).toEqual({ ok: true, documents: 6 });
    expect(await service.counts()).toEqual(before);
  });
  test.each([
    [
      "truncated",
      (b: string) => b.slice(0, b.length / 2),
      "tifa-backup.json is not a Tifa backup: it is not valid JSON (it may be truncated or damaged). Nothing was changed.",
    ],
    [
      "foreign",
      () => JSON.stringify({ hello: "world" }),
      "tifa-backup.json is not a Tifa backup. Nothing was changed.",
    ],
    [
      "tampered",
      (b: string) => b.replace('"documentCount":5', '"documentCount":4'),
      "tifa-backup.json is a damaged Tifa backup: its documents are incomplete or malformed. Nothing was changed.",
    ],
  ])("a %s backup is refused and changes nothing", async (_kind, damage, message) => {
    await service.importSeeds();
    const before = await service.counts();
    const backup = JSON.stringify(await service.backup());
    expect(await service.restore(damage(backup), "tifa-backup.json")).toEqual({ ok: false, message });
    expect(await service.counts()).toEqual(before);
  });
  test("after clearing, the bundled articles do not come back by themselves", async () => {
    await service.importSeeds();
    await service.clear();
    expect(await service.importSeeds()).toEqual([]);
    expect((await service.counts()).articles).toBe(0);
  });
  test("asked for, the bundled articles come back as they were, and again on later visits", async () => {
    await service.importSeeds();
    const before = await service.counts();
    await service.clear();
    await service.imports.bringBackSeeds();
    expect(await service.counts()).toEqual(before);
    expect(before).toMatchObject({ articles: 9, meetings: 7, addedDocuments: 0 });
    expect((await service.importSeeds()).every((r) => r.status === "duplicate")).toBe(true);
  });
  test("documents the user imported are counted apart from the bundled articles", async () => {
    await service.importSeeds();
    await service.importFiles([file("good.txt", REPORT)]);
    expect((await service.counts()).addedDocuments).toBe(1);
  });
});

test("where the browser refuses IndexedDB, the data lives in memory for the visit", async () => {
  const refused = new TifaDatabase("refused");
  refused.open = (() =>
    Promise.reject(
      Object.assign(new Error("The user denied permission to access the database."), { name: "UnknownError" }),
    )) as typeof refused.open;
  const inMemory = openServices(refused);
  await inMemory.importSeeds();
  expect(await inMemory.counts()).toMatchObject({ articles: 9, meetings: 7, ephemeral: true });
});

test("storage full at the first visit: the bundled articles go to memory, and the visit says why", async () => {
  const full = new TifaDatabase("full-at-start");
  const services = openServices(full);
  await services.counts();
  full.documentRows.hook("creating", () => {
    throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
  });
  const results = await services.importSeeds();
  expect(results.map((r) => r.status)).toEqual(["imported", "imported", "imported", "imported", "imported"]);
  expect(await services.counts()).toMatchObject({ articles: 9, meetings: 7, ephemeral: true, storageFull: true });
  expect(await full.documents.count()).toBe(0);
  full.close();
});

test("a Japanese (Shift-JIS) file is refused as Japanese, in the reader's words", async () => {
  const { default: iconv } = await import("iconv-lite");
  const bytes = iconv.encode("きょうは会議がひらかれました。みなさんがあつまって、はなしあいをしました。", "shift_jis");
  const results = await service.importFiles([
    { name: "nihongo.txt", bytes: Uint8Array.from(bytes).buffer, source: "user" },
  ]);
  expect(results).toEqual([
    {
      file: "nihongo.txt",
      status: "failed",
      message:
        "nihongo.txt looks like Japanese (Shift-JIS) text, not Chinese. Save it as UTF-8 if it is a Chinese report and try again.",
    },
  ]);
});

test("files may arrive as Blobs, read in the worker: imported, or refused by size before reading", async () => {
  const report = new Blob([REPORT], { type: "text/plain" });
  const huge = { size: 6 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("must not be read")) } as Blob;
  const results = await service.importFiles([
    { name: "henan.txt", file: report, source: "user" },
    { name: "huge.txt", file: huge, source: "user" },
  ]);
  expect(results).toEqual([
    { file: "henan.txt", status: "imported", articles: 1 },
    {
      file: "huge.txt",
      status: "failed",
      message: "huge.txt is 6.0 MB; files over 5 MB are not imported. Split it into smaller files.",
    },
  ]);
});

test("a file the parser cannot finish in its time budget is kept, said so, and listed", async () => {
  const hurried = openServices(new TifaDatabase(`hurried-${name}`), { parseBudgetMs: 0 });
  expect(await hurried.importFiles([file("henan.txt", REPORT)])).toEqual([
    {
      file: "henan.txt",
      status: "failed",
      message:
        "henan.txt is too complex to parse in 0 s: it is kept (in backups, and read again when the parser changes) but adds nothing to the charts.",
    },
  ]);
  expect(await hurried.counts()).toMatchObject({ documents: 1, articles: 0 });
  expect((await hurried.analytics.unreadDocuments()).map((d) => d.fileName)).toEqual(["henan.txt"]);
  expect((await hurried.backup()).documents.map((d) => d.fileName)).toEqual(["henan.txt"]);
});

test("files of the same name each get their own result line, in the order given", async () => {
  const results = await service.importFiles([
    file("same.txt", REPORT),
    { name: "same.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]).buffer, source: "user" },
    file("same.txt", REPORT.replace("王建国", "李建华")),
  ]);
  expect(results).toEqual([
    { file: "same.txt", status: "imported", articles: 1 },
    {
      file: "same.txt",
      status: "failed",
      message: "same.txt is a PNG image, not text. Save it as .txt, .md or .html and try again.",
    },
    { file: "same.txt", status: "imported", articles: 1 },
  ]);
});
