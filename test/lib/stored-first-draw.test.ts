import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { REVISION_KEY } from "../../src/db/revision";
import { TifaDatabase } from "../../src/db/schema";
import { readStoredFirstDraw } from "../../src/lib/stored-first-draw";
import { openServices } from "../support/services";

test("the page draws first from the stored counts only while the database is at their revision", async () => {
  expect(await readStoredFirstDraw()).toEqual({ database: false, summary: null });
  // The page's read of a database that did not exist leaves it to the worker to create.
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain("tifa");

  const db = new TifaDatabase();
  const service = openServices(db);
  await service.importSeeds();
  await expect.poll(async () => (await readStoredFirstDraw()).summary?.meetingsByProvince.length).toBe(6);
  const summary = (await readStoredFirstDraw()).summary!;
  expect(summary.meetingsByProvince.find((r) => r.province === "江苏")).toEqual({
    province: "江苏",
    meetings: 2,
    articles: 2,
  });
  expect(summary.meetingsByMonth?.months.length).toBeGreaterThan(0);

  // A change whose counts were not stored yet (the page closed at once): none are drawn early.
  await db.meta.put({ key: REVISION_KEY, value: "a-later-revision" });
  expect(await readStoredFirstDraw()).toEqual({ database: true, summary: null });
  db.close();
});
