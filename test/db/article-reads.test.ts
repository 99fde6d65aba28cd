import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { readArticles } from "../../src/db/article-reads";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";

test("articles read through their documents' records are the ones found by their ids' prefixes", async () => {
  const db = new TifaDatabase("article-reads");
  await openServices(db).importSeeds();
  const rows = (await db.documentRows.toArray()).flatMap((record) => record.articles);
  expect(rows).toHaveLength(9);
  const documentOf = new Map(rows.map((row) => [row.id, row.documentId]));
  // Articles of every document, in an order of their own, one asked twice, and ids no document holds.
  const ids = [...rows.map((row) => row.id).reverse(), rows[0]!.id, "0000000000000000-0", "no-dash"];
  const byPrefix = await readArticles(db, ids);
  const byDocument = await readArticles(db, ids, (id) => documentOf.get(id));
  expect(byDocument).toEqual(byPrefix);
  expect(byDocument.map((a) => a?.row.id)).toEqual([...ids.slice(0, 10), undefined, undefined]);
  expect(byDocument[0]!.body.text.length).toBeGreaterThan(100);
  // A document the caller names wrongly, or not at all, is still found by the prefix.
  const wrong = await readArticles(db, ids.slice(0, 3), () => "not-a-document");
  expect(wrong.map((a) => a?.row.id)).toEqual(ids.slice(0, 3));
  const someKnown = await readArticles(db, ids.slice(0, 4), (id) => (id === ids[0] ? documentOf.get(id) : undefined));
  expect(someKnown).toEqual(byPrefix.slice(0, 4));
});
