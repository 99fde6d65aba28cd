import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { prepareDocument } from "../../src/db/prepare";
import { TifaDatabase } from "../../src/db/schema";
import { createTifaApi, type ParseDocument } from "../../src/services";
import { storedRows } from "../support/stored-rows";

const report = (n: number) =>
  `${n}月${n}日,河北省民政厅召开第${n}次党组会议,厅长李明主持会议。会议传达学习了全国两会精神,研究部署了今年重点工作。`;
const files = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `report-${i + 1}.txt`,
    bytes: new TextEncoder().encode(report(i + 1)).buffer as ArrayBuffer,
    source: "user" as const,
  }));

/** A parser elsewhere that answers out of order: the later a file, the sooner. */
function laterFirst(calls: string[]): ParseDocument {
  return async (doc, budgetMs) => {
    calls.push(doc.fileName);
    await new Promise((resolve) => setTimeout(resolve, 40 - Number(/\d+/.exec(doc.fileName)![0]) * 3));
    return prepareDocument(doc, budgetMs);
  };
}

test("files parsed elsewhere and answered out of order are written in the order given, as if parsed here", async () => {
  const calls: string[] = [];
  const elsewhere = new TifaDatabase("parse-elsewhere");
  const api = createTifaApi(elsewhere, { parse: laterFirst(calls) });
  const results = await api.imports.importFiles(files(10));
  expect(results).toEqual(files(10).map((f) => ({ file: f.name, status: "imported", articles: 1 })));
  expect(calls.sort()).toEqual(
    files(10)
      .map((f) => f.name)
      .sort(),
  );

  const here = new TifaDatabase("parse-here");
  await createTifaApi(here).imports.importFiles(files(10));
  expect(await storedRows(elsewhere)).toEqual(await storedRows(here));
});

test("a few files are parsed here, without starting the parsers elsewhere", async () => {
  const calls: string[] = [];
  const api = createTifaApi(new TifaDatabase("parse-few"), { parse: laterFirst(calls) });
  expect((await api.imports.importFiles(files(3))).map((r) => r.status)).toEqual(["imported", "imported", "imported"]);
  expect(calls).toEqual([]);
});

test("a file its parser fails on is told, and the others still import", async () => {
  const failing: ParseDocument = async (doc, budgetMs) => {
    if (doc.fileName === "report-4.txt") throw new Error("the parser's worker stopped");
    return prepareDocument(doc, budgetMs);
  };
  const api = createTifaApi(new TifaDatabase("parse-fails"), { parse: failing });
  const results = await api.imports.importFiles(files(9));
  expect(results[3]).toEqual({
    file: "report-4.txt",
    status: "failed",
    problem: { kind: "unexpected", detail: "Error: the parser's worker stopped" },
  });
  expect(results.filter((r) => r.status === "imported")).toHaveLength(8);
});

test("after a parser change the stored files are read again through the parsers elsewhere, in their order", async () => {
  const db = new TifaDatabase("reparse-elsewhere");
  await createTifaApi(db).imports.importFiles(files(10));
  const before = await storedRows(db);
  await db.meta.put({ key: "parserVersion", value: "an older parser" });
  const calls: string[] = [];
  const visit = createTifaApi(db, { parse: laterFirst(calls) });
  await visit.imports.whenReady();
  expect(calls.sort()).toEqual(
    files(10)
      .map((f) => f.name)
      .sort(),
  );
  expect(await storedRows(db)).toEqual(before);
  expect((await visit.analytics.counts()).articles).toBe(10);
});
