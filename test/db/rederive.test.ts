import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { PARSER_VERSION } from "../../src/ingest";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";
import { personIdOf } from "../../src/model/person-id";
import { DERIVATION_VERSION } from "../../src/db/derivation-version";
import { storedRows } from "../support/stored-rows";

const file = (name: string, text: string) => ({
  name,
  bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
  source: "user" as const,
});

test("a parser change re-derives every record from the stored documents, user imports included", async () => {
  const db = new TifaDatabase("rederive");
  const first = openServices(db);
  await first.importSeeds();
  await first.importFiles([
    file(
      "henan.txt",
      "3月1日,河南省民政厅召开党组会议,厅长王建国主持会议。会议传达学习了全国两会精神,研究部署了重点工作。",
    ),
  ]);
  const before = await first.counts();
  // Derived rows as an older parser left them: wrong and incomplete.
  await db.meta.put({ key: "parserVersion", value: "an older parser" });
  await db.documentRows.clear();

  const reopened = openServices(db);
  expect(await reopened.counts()).toEqual(before);
  expect((await storedRows(db)).people).toHaveLength(before.people);
  expect((await db.meta.get("parserVersion"))?.value).toBe(PARSER_VERSION);
  expect((await db.documents.toArray()).every((d) => d.parserVersion === PARSER_VERSION)).toBe(true);
  db.close();
});

test("a file whose write fails leaves no trace: one transaction per file", async () => {
  const db = new TifaDatabase("rollback");
  const service = openServices(db);
  await service.counts();
  db.documentRows.hook("creating", () => {
    throw new Error("disk on fire");
  });
  const [result] = await service.importFiles([
    file(
      "a.txt",
      "3月1日,河南省民政厅召开党组会议,强调“两个确立”。厅长王建国主持会议,会议研究部署了今年的各项重点工作。",
    ),
  ]);
  expect(result).toMatchObject({ file: "a.txt", status: "failed" });
  expect(result?.status === "failed" && result.message).toContain(
    "a.txt was not imported: the database refused the write",
  );
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
  db.close();
});

test("a full disk is reported in plain words", async () => {
  const db = new TifaDatabase("quota");
  const service = openServices(db);
  await service.counts();
  db.documentRows.hook("creating", () => {
    throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
  });
  const [result] = await service.importFiles([
    file(
      "b.txt",
      "3月1日,河南省民政厅召开党组会议,厅长王建国主持会议。会议传达学习了全国两会精神,研究部署了今年重点工作。",
    ),
  ]);
  expect(result).toEqual({
    file: "b.txt",
    status: "failed",
    message:
      "b.txt was not imported: the browser's storage for this site is full. Free some space (remove other sites' data, or back up and clear Tifa's data) and try again. Nothing was changed.",
  });
  expect((await service.counts()).documents).toBe(0);
  db.close();
});

test("when one file of a batch cannot be written, the others still import, each whole", async () => {
  const db = new TifaDatabase("partial");
  const service = openServices(db);
  await service.counts();
  // Only the file with a phrase cannot be written.
  db.documentRows.hook("creating", (_key, record) => {
    if (record.phrases.length) throw new Error("disk on fire");
  });
  const results = await service.importFiles([
    file(
      "quoted.txt",
      "3月1日,河南省民政厅召开党组会议,强调“两个确立”。厅长王建国主持会议,会议研究部署了今年的各项重点工作。",
    ),
    file(
      "plain.txt",
      "3月2日,河北省民政厅召开干部大会,厅长李明主持会议。会议传达学习了全国两会精神,研究部署了今年重点工作。",
    ),
  ]);
  expect(results.map((r) => r.status)).toEqual(["failed", "imported"]);
  expect(await service.counts()).toMatchObject({ documents: 1, articles: 1, meetings: 1 });
  expect((await storedRows(db)).articles.map((a) => a.province)).toEqual(["河北"]);
  db.close();
});

test("a change of derivation (matching rules) rebuilds the derived rows too", async () => {
  const db = new TifaDatabase("rederive-matching");
  const first = openServices(db);
  await first.importSeeds();
  const before = await first.counts();
  const rows = await storedRows(db);
  await db.meta.put({ key: "derivation", value: "an older matching" });
  // Rows as an older matching left them: one report's mentions under another person.
  const [record] = await db.documentRows.toArray();
  const stale = personIdOf("stale", "x");
  await db.documentRows.put({ ...record!, mentions: record!.mentions.map((m) => ({ ...m, personId: stale })) });
  const reopened = openServices(db);
  expect(await reopened.counts()).toEqual(before);
  expect(await storedRows(db)).toEqual(rows);
  expect((await db.meta.get("derivation"))?.value).toBe(DERIVATION_VERSION);
  db.close();
});
