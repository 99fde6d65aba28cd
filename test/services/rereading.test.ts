import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import type { Progress } from "../../src/services";
import { openServices } from "../support/services";

test("a visit after a parser update reports the stored files being read again, then is ready with the same counts", async () => {
  const db = new TifaDatabase("rereading");
  const first = openServices(db);
  await first.importSeeds();
  const before = await first.counts();
  await db.meta.put({ key: "parserVersion", value: "an older parser" });

  const visit = openServices(db);
  const reported: Progress[] = [];
  await visit.imports.whenReady((p) => reported.push(p));
  expect(reported.at(-1)).toEqual({ done: 5, total: 5, file: "", articles: 0 });
  expect(reported.every((p, i) => i === 0 || p.done > reported[i - 1]!.done)).toBe(true);
  expect(await visit.counts()).toEqual(before);
  db.close();
});

test("a visit with nothing to read again reports nothing", async () => {
  const db = new TifaDatabase("not-rereading");
  await openServices(db).importSeeds();
  const reported: Progress[] = [];
  await openServices(db).imports.whenReady((p) => reported.push(p));
  expect(reported).toEqual([]);
  db.close();
});
