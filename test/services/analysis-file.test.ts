import "fake-indexeddb/auto";
import { unzipSync, strFromU8 } from "fflate";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { MAX_ANALYSIS_BYTES } from "../../src/db/analysis-file";
import { TifaDatabase } from "../../src/db/schema";
import { problemText } from "../../src/lib/problem-text";
import type { CorrectionRecord } from "../../src/model/correction";
import { createTifaApi, type TifaApi } from "../../src/services";
import { correctedMarks } from "../../src/services/data-export";
import type { PersonId } from "../../src/model/person-id";
import { storedRows } from "../support/stored-rows";
import { readArticle } from "../../src/db/article-reads";

let name = 0;
let db: TifaDatabase;
let api: TifaApi;
beforeEach(() => {
  db = new TifaDatabase(`analysis-${++name}`);
  api = createTifaApi(db);
});
afterEach(() => db.close());

const NOW = new Date("2026-11-27T09:00:00.000Z");
const XIE = "江苏:谢晓军";
const REPORT =
  "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。会议传达学习了全国两会精神,研究部署了今年的重点工作。";

/**
 * The seeds, a note on an article and on a person, and a correction record as the corrections
 * helper writes one, opened from a file so that everything is derived under the correction.
 */
async function analysed(): Promise<{ articleId: string; correction: CorrectionRecord }> {
  await api.imports.importSeeds();
  const row = (await storedRows(db)).articles.find((a) => a.province === "江苏" && a.meetingId)!;
  expect([row.id, row.meetingType]).toEqual(["6b32081377849dc3-1", "理论学习中心组学习会"]);
  await api.notes.save({ kind: "article", articleId: row.id }, "核对会议日期", 1000);
  await api.notes.save({ kind: "person", personId: XIE }, "2023 年起任厅长", 2000);
  const doc = (await db.documents.get(row.documentId))!;
  const correction: CorrectionRecord = {
    id: "c-1",
    createdAt: 3000,
    author: "",
    documentId: doc.id,
    articleIndex: doc.articleIds.indexOf(row.id),
    change: { kind: "article", field: "meetingType", old: row.meetingType, value: "党组会议" },
  };
  await db.corrections.put(correction);
  const opened = await api.analysis.openAnalysis((await api.analysis.exportAnalysis("", NOW)).blob);
  if (!opened.ok) throw new Error(opened.problem.kind);
  return { articleId: row.id, correction };
}

/** Everything the views read (the worker's dataset, as the data export writes it) and the counts. */
async function snapshot() {
  const data = await (await api.analysis.exportData("json", NOW)).blob.text();
  return { counts: await api.analytics.counts(), data };
}

describe("a .tifa file", () => {
  test("export, clear, open: the same documents, corrections, notes, data and view", async () => {
    const { articleId, correction } = await analysed();
    const before = await snapshot();
    const exported = await api.analysis.exportAnalysis("?view=network&province=江苏&focusPerson=江苏:谢晓军", NOW);
    expect(exported.fileName).toBe("tifa-analysis-2026-11-27.tifa");
    await api.imports.clear();
    await db.corrections.clear();
    await db.notes.clear();
    expect((await api.analytics.counts()).documents).toBe(0);

    const inspected = await api.analysis.inspectAnalysis(exported.blob);
    expect(inspected).toEqual({
      ok: true,
      incoming: { documents: 5, corrections: 1, notes: 2 },
      current: { documents: 0, corrections: 0, notes: 0 },
      view: "?view=network&province=江苏&focusPerson=江苏:谢晓军",
    });
    const opened = await api.analysis.openAnalysis(exported.blob);
    expect(opened).toEqual({
      ok: true,
      counts: { documents: 5, corrections: 1, notes: 2 },
      view: "?view=network&province=江苏&focusPerson=江苏:谢晓军",
    });
    expect(await snapshot()).toEqual(before);
    expect(await db.corrections.toArray()).toEqual([correction]);
    expect((await readArticle(db, articleId))?.row.meetingType).toBe("党组会议");
    expect((await api.notes.note({ kind: "article", articleId }))?.text).toBe("核对会议日期");
    expect((await api.notes.note({ kind: "person", personId: XIE }))?.text).toBe("2023 年起任厅长");
  });

  test("opening replaces what was there: documents, corrections and notes not in the file are gone", async () => {
    await api.imports.importSeeds();
    const exported = await api.analysis.exportAnalysis("", NOW);
    await analysed();
    await api.imports.importFiles([
      {
        name: "henan.txt",
        source: "user",
        bytes: new TextEncoder().encode(REPORT).buffer as ArrayBuffer,
      },
    ]);
    expect(await api.analysis.inspectAnalysis(exported.blob)).toMatchObject({
      incoming: { documents: 5, corrections: 0, notes: 0 },
      current: { documents: 6, corrections: 1, notes: 2 },
    });
    await api.analysis.openAnalysis(exported.blob);
    expect(await api.analytics.counts()).toMatchObject({ documents: 5, articles: 9, meetings: 7 });
    expect([await db.corrections.count(), await db.notes.count()]).toEqual([0, 0]);
  });

  test("a damaged file is refused and nothing changes", async () => {
    await analysed();
    const before = await snapshot();
    const text = await (await api.analysis.exportAnalysis("", NOW)).blob.text();
    const damaged = new Blob([
      text.replace('"kind":"article","field":"meetingType"', '"kind":"article","field":"body"'),
    ]);
    const opened = await api.analysis.openAnalysis(damaged);
    expect(opened.ok ? "opened" : problemText(opened.problem, "x.tifa", "en")).toBe(
      "x.tifa is a damaged Tifa analysis file: its corrections are incomplete or malformed. Nothing was changed.",
    );
    const truncated = await api.analysis.openAnalysis(new Blob([text.slice(0, 5000)]));
    expect(truncated.ok ? "opened" : truncated.problem.kind).toBe("analysis-not-json");
    expect(await snapshot()).toEqual(before);
    expect([await db.corrections.count(), await db.notes.count()]).toEqual([1, 2]);
  });

  test("a file over the size limit is refused before it is read", async () => {
    let read = false;
    const huge = {
      size: MAX_ANALYSIS_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve("");
      },
    } as unknown as Blob;
    const opened = await api.analysis.inspectAnalysis(huge);
    expect(opened.ok ? "opened" : problemText(opened.problem, "big.tifa", "en")).toBe(
      "big.tifa is 256.0 MB, over the 256 MB limit for an analysis file. Nothing was changed.",
    );
    expect(read).toBe(false);
  });

  test("the saved view is kept only when it is a query string", async () => {
    await api.imports.importSeeds();
    const file = JSON.parse(await (await api.analysis.exportAnalysis("javascript:alert(1)", NOW)).blob.text()) as {
      view: string;
    };
    expect(file.view).toBe("");
  });
});

describe("notes", () => {
  test("one per article or person: saved, read, replaced, removed by saving nothing", async () => {
    await api.imports.importSeeds();
    const [row] = (await storedRows(db)).articles;
    const article = { kind: "article" as const, articleId: row!.id };
    expect(await api.notes.note(article)).toBeNull();
    const saved = await api.notes.save(article, "  第一稿  ", 10);
    expect(saved).toMatchObject({
      text: "第一稿",
      createdAt: 10,
      updatedAt: 10,
      target: { kind: "article", articleIndex: 0 },
    });
    await api.notes.save(article, "第二稿", 20);
    expect(await api.notes.note(article)).toMatchObject({
      id: saved!.id,
      text: "第二稿",
      createdAt: 10,
      updatedAt: 20,
    });
    expect(await db.notes.count()).toBe(1);
    expect(await api.notes.save(article, "   ", 30)).toBeNull();
    expect(await db.notes.count()).toBe(0);
  });
  test("an article the database does not hold gets no note", async () => {
    expect(await api.notes.save({ kind: "article", articleId: "nope-0" }, "x")).toBeNull();
    expect(await db.notes.count()).toBe(0);
  });
});

describe("data export", () => {
  test("JSON: the five tables of the seeds, sorted by id, with exact rows", async () => {
    await api.imports.importSeeds();
    const exported = await api.analysis.exportData("json", NOW);
    expect(exported.fileName).toBe("tifa-data-2026-11-27.json");
    const data = JSON.parse(await exported.blob.text()) as Record<string, unknown[]> & Record<string, unknown>;
    expect(Object.keys(data)).toEqual([
      "format",
      "version",
      "exportedAt",
      "parserVersion",
      "articles",
      "meetings",
      "people",
      "mentions",
      "phrases",
    ]);
    expect([data.format, data.version, data.exportedAt]).toEqual(["tifa-data", 1, "2026-11-27T09:00:00.000Z"]);
    expect(["articles", "meetings", "people", "mentions", "phrases"].map((k) => data[k]!.length)).toEqual([
      9, 7, 18, 30, 79,
    ]);
    expect((data.mentions as { name: string }[]).filter((m) => m.name === "谢晓军")).toEqual([
      {
        id: "6b32081377849dc3-1:江苏:谢晓军",
        personId: "江苏:谢晓军",
        articleId: "6b32081377849dc3-1",
        meetingId: "m-6b32081377849dc3-1",
        role: "出席",
        present: true,
        titles: ["厅党组书记", "厅长"],
        start: 72,
        end: 75,
        name: "谢晓军",
      },
      {
        id: "ad3d620d748a872a-1:江苏:谢晓军",
        personId: "江苏:谢晓军",
        articleId: "ad3d620d748a872a-1",
        meetingId: "m-ad3d620d748a872a-1",
        role: "主持",
        present: true,
        titles: ["省民政厅党组书记", "厅长"],
        start: 163,
        end: 166,
        name: "谢晓军",
      },
    ]);
    expect((data.phrases as { id: string }[])[0]).toEqual({
      id: "5c66acd5a52a4604-0:一盘棋",
      phrase: "一盘棋",
      articleId: "5c66acd5a52a4604-0",
      meetingId: null,
      province: "山东",
      date: "2020-05-20",
      sentence:
        "坚持举全员之力、汇全员之智,全厅干部职工牢固树立“主人翁”意识和“一盘棋”思想,心往一块想、劲往一处使,真正实现了全员动员、全员参与,人人负责、人人尽责的生动局面。",
      start: 873,
      end: 876,
    });
  });

  test("what the analyst corrected is marked: the article's field, in JSON and CSV", async () => {
    const { articleId } = await analysed();
    const json = JSON.parse(await (await api.analysis.exportData("json", NOW)).blob.text()) as Record<
      string,
      { id: string; meetingType: string; corrected: string[] }[]
    >;
    expect(json.articles!.filter((a) => a.corrected.length).map((a) => [a.id, a.meetingType, a.corrected])).toEqual([
      [articleId, "党组会议", ["meetingType"]],
    ]);
    expect(json.people!.every((p) => p.corrected.length === 0)).toBe(true);
    const files = unzipSync(new Uint8Array(await (await api.analysis.exportData("csv", NOW)).blob.arrayBuffer()));
    const articles = strFromU8(files["articles.csv"]!).split("\r\n");
    expect(articles[1]!.endsWith(",meetingId,corrected")).toBe(true);
    expect(articles.filter((l) => l.endsWith(",meetingType"))).toEqual([
      `${articleId},6b32081377849dc3944f4628483f076e4275509092137db2223d2ad61b679841,001_6484ed3ad0c945e9.txt,,,,江苏,南京,true,党组会议,m-6b32081377849dc3-1,meetingType`,
    ]);
  });

  test("CSV: a zip of one file per table, each opened by a comment line, cells escaped", async () => {
    await api.imports.importSeeds();
    const exported = await api.analysis.exportData("csv", NOW);
    expect(exported.fileName).toBe("tifa-data-2026-11-27.zip");
    const files = unzipSync(new Uint8Array(await exported.blob.arrayBuffer()));
    expect(Object.keys(files)).toEqual(["articles.csv", "meetings.csv", "people.csv", "mentions.csv", "phrases.csv"]);
    const lines = (file: string) =>
      strFromU8(files[file]!)
        .replace(/^\ufeff/, "")
        .split("\r\n");
    expect(lines("mentions.csv").slice(0, 2)).toEqual([
      "# Tifa data export · mentions · 2026-11-27T09:00:00.000Z",
      "articleId,meetingId,personId,name,role,present,titles",
    ]);
    expect(lines("mentions.csv").filter((l) => l.includes("谢晓军"))).toEqual([
      "6b32081377849dc3-1,m-6b32081377849dc3-1,江苏:谢晓军,谢晓军,出席,true,厅党组书记; 厅长",
      "ad3d620d748a872a-1,m-ad3d620d748a872a-1,江苏:谢晓军,谢晓军,主持,true,省民政厅党组书记; 厅长",
    ]);
    expect(lines("articles.csv").length).toBe(2 + 9 + 1);
    expect(lines("phrases.csv")[2]).toBe(
      "一盘棋,5c66acd5a52a4604-0,,山东,2020-05-20,坚持举全员之力、汇全员之智,全厅干部职工牢固树立“主人翁”意识和“一盘棋”思想,心往一块想、劲往一处使,真正实现了全员动员、全员参与,人人负责、人人尽责的生动局面。".replace(
        /,坚持(.*)$/,
        ',"坚持$1"',
      ),
    );
  });
});

describe("corrected marks", () => {
  test("an article's fields, people and phrases; a merge on the person kept; each mark once", () => {
    const marks = correctedMarks(
      [
        { articleId: "a-0", change: { kind: "article", field: "province", old: "吉林", value: "河南" } },
        { articleId: "a-0", change: { kind: "article", field: "province", old: "河南", value: "河北" } },
        { articleId: "a-0", change: { kind: "removePhrase", phrase: "两个确立" } },
        { articleId: "a-1", change: { kind: "addPerson", name: "王明", role: "出席", titles: [], start: 1, end: 3 } },
        { articleId: null, change: { kind: "samePerson", personId: "山东:刘渊" as PersonId, sameAs: XIE as PersonId } },
      ],
      (id) => (id === "山东:刘渊" ? XIE : id),
    );
    expect([...marks.articles]).toEqual([
      ["a-0", ["province", "phrases"]],
      ["a-1", ["people"]],
    ]);
    expect([...marks.people]).toEqual([[XIE, ["samePerson"]]]);
  });
});
