import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";

test("a clear asked while the bundled articles are being checked is not undone by their import", async () => {
  const db = new TifaDatabase("one-at-a-time");
  const service = openServices(db);
  await service.importSeeds();
  await db.documents.clear();
  // The visit's check of the bundled articles and the user's Clear all, at the same moment.
  const [seeds] = await Promise.all([service.importSeeds(), service.clear()]);
  expect(seeds.map((r) => r.status)).toEqual(["imported", "imported", "imported", "imported", "imported"]);
  expect(await service.counts()).toMatchObject({ documents: 0, articles: 0 });
  expect((await db.meta.get("seeds"))?.value).toBe("declined");
  expect(await service.importSeeds()).toEqual([]);
});
