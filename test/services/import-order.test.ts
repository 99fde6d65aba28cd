import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";

const report = (name: string, day: number) => ({
  name,
  source: "user" as const,
  bytes: new TextEncoder().encode(
    `${day}日,河南省民政厅召开党组会议,厅长王建国主持会议并讲话。会议研究部署了今年的重点工作,确保各项任务落地见效。`,
  ).buffer as ArrayBuffer,
});

test("each document's import time is later than every stored one's, in the order its files were given", async () => {
  const db = new TifaDatabase("import-order");
  const service = openServices(db);
  await service.imports.importFiles([report("c.txt", 3), report("a.txt", 1), report("b.txt", 2)], () => {}, 5_000);
  // A second drop whose clock reads earlier still comes after the first.
  await service.imports.importFiles([report("e.txt", 5), report("d.txt", 4)], () => {}, 1_000);
  const documents = await db.documents.orderBy("importedAt").toArray();
  expect(documents.map((d) => [d.fileName, d.importedAt])).toEqual([
    ["c.txt", 5_000],
    ["a.txt", 5_001],
    ["b.txt", 5_002],
    ["e.txt", 5_003],
    ["d.txt", 5_004],
  ]);
  db.close();
});
