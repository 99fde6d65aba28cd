import "fake-indexeddb/auto";
import Dexie from "dexie";
import { expect, test } from "vitest";
import { DOCUMENT_ID_SCHEME, documentIdOf } from "../../src/db/document-id";
import { TifaDatabase } from "../../src/db/schema";
import { PARSER_VERSION } from "../../src/ingest";
import { openServices } from "../support/services";
import { storedRows } from "../support/stored-rows";

const text =
  "3月2日,河北省民政厅召开干部大会,厅长李明主持会议。会议传达学习了全国两会精神,强调“两个确立”,研究部署了今年重点工作。";

/** A database as the schema of version 3 left it: one row per article, mention and phrase. */
async function versionThreeDatabase(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    documents: "id, fileName, importedAt, source",
    articles: "id, documentId, province, date, meetingType, meetingId",
    articleBodies: "id",
    meetings: "id, province, month, meetingType",
    people: "id, name, province",
    mentions: "id, personId, articleId, meetingId",
    phrases: "id, phrase, articleId, province, date",
    meta: "key",
  });
  old.version(2).stores({ corrections: "id, documentId, createdAt", notes: "id, &targetKey, updatedAt" });
  old.version(3).stores({ snapshot: "key" });
  await old.open();
  const id = await documentIdOf(text);
  await old.table("documents").put({
    id,
    fileName: "hebei.txt",
    raw: text,
    encoding: "utf-8",
    source: "user",
    importedAt: 1,
    parserVersion: PARSER_VERSION,
    articleIds: [`${id.slice(0, 16)}-0`],
  });
  await old.table("articles").put({ id: `${id.slice(0, 16)}-0`, documentId: id, province: "河北" });
  await old.table("meta").bulkPut([
    { key: "parserVersion", value: PARSER_VERSION },
    { key: "derivation", value: "2" },
    { key: "documentIds", value: DOCUMENT_ID_SCHEME },
  ]);
  old.close();
}

test("a database of the schema before one record per document keeps its documents, and its rows are derived again", async () => {
  await versionThreeDatabase("upgrade");
  const db = new TifaDatabase("upgrade");
  const service = openServices(db);
  expect(await service.counts()).toMatchObject({ documents: 1, addedDocuments: 1, articles: 1, meetings: 1 });
  const rows = await storedRows(db);
  expect(rows.articles.map((a) => [a.province, a.file])).toEqual([["河北", "hebei.txt"]]);
  expect(rows.phrases.map((p) => p.phrase)).toEqual(["两个确立"]);
  expect(db.tables.map((t) => t.name).sort()).toEqual(
    ["corrections", "documentRows", "documents", "meta", "notes", "recentArticles", "snapshot"].sort(),
  );
  db.close();
});
