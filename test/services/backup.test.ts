import "fake-indexeddb/auto";
import { afterEach, beforeEach, expect, test } from "vitest";
import { documentIdOf, sha256Hex } from "../../src/db/document-id";
import { TifaDatabase } from "../../src/db/schema";
import { MAX_FILE_BYTES } from "../../src/ingest";
import type { NoteRecord } from "../../src/model/note";
import type { PersonId } from "../../src/model/person-id";
import { openServices } from "../support/services";

let name = 0;
let db: TifaDatabase;
let service: ReturnType<typeof openServices>;
beforeEach(() => {
  db = new TifaDatabase(`backup-${++name}`);
  service = openServices(db);
});
afterEach(() => db.close());

const REPORT =
  "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。会议传达学习了全国两会精神,研究部署了今年的重点工作。";
const file = (fileName: string, text: string) => ({
  name: fileName,
  bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
  source: "user" as const,
});

async function backupWithReport(): Promise<{ backup: string; counts: Awaited<ReturnType<typeof service.counts>> }> {
  await service.importSeeds();
  await service.importFiles([file("henan.txt", REPORT)]);
  return { backup: JSON.stringify(await service.backup()), counts: await service.counts() };
}

test("a document is identified by the SHA-256 of its text", async () => {
  await service.importFiles([file("henan.txt", REPORT)]);
  const [doc] = await db.documents.toArray();
  expect(doc?.id).toBe(await sha256Hex(new TextEncoder().encode(REPORT)));
});

test("a document whose text was edited but whose id was kept is refused by name, nothing changed", async () => {
  const { backup, counts } = await backupWithReport();
  const edited = backup.replace("王建国主持会议", "王建民主持会议");
  expect(await service.restore(edited, "tifa-backup.json")).toEqual({
    ok: false,
    message: "tifa-backup.json has been altered: its document “henan.txt” does not match its id. Nothing was changed.",
  });
  expect(await service.counts()).toEqual(counts);
});

test("a backup that repeats a document is refused by name", async () => {
  const { backup, counts } = await backupWithReport();
  const data = JSON.parse(backup) as { documents: unknown[]; documentCount: number };
  data.documents.push(data.documents.at(-1));
  data.documentCount += 1;
  expect(await service.restore(JSON.stringify(data), "tifa-backup.json")).toEqual({
    ok: false,
    message: "tifa-backup.json is a damaged Tifa backup: the document “henan.txt” appears twice. Nothing was changed.",
  });
  expect(await service.counts()).toEqual(counts);
});

test("a document over the import limit is refused, as an import would refuse it", async () => {
  const { backup, counts } = await backupWithReport();
  const data = JSON.parse(backup) as { documents: { raw: string; id: string; fileName: string }[] };
  const huge = data.documents.at(-1)!;
  huge.raw = "会".repeat(MAX_FILE_BYTES / 3 + 10);
  huge.id = await documentIdOf(huge.raw);
  huge.fileName = "huge.txt";
  expect(await service.restore(JSON.stringify(data), "tifa-backup.json")).toEqual({
    ok: false,
    message: "tifa-backup.json holds “huge.txt”, 5.0 MB, over the 5 MB import limit. Nothing was changed.",
  });
  expect(await service.counts()).toEqual(counts);
});

test("a version 1 backup restores, its ids recomputed from the texts, so later imports still de-duplicate", async () => {
  const { backup, counts } = await backupWithReport();
  const data = JSON.parse(backup) as {
    version: number;
    documents: { id: string; raw: string }[];
    seedsDeclined?: boolean;
  };
  data.version = 1;
  delete data.seedsDeclined;
  // Version 1 ids hashed the file's bytes, which a text cannot be checked against (here: a BOM before it).
  for (const doc of data.documents) doc.id = await sha256Hex(new TextEncoder().encode(`\ufeff${doc.raw}`));
  await service.clear();
  expect(await service.restore(JSON.stringify(data), "old-backup.json")).toEqual({ ok: true, documents: 6 });
  expect(await service.counts()).toEqual(counts);
  expect(await service.importFiles([file("henan-again.txt", REPORT)])).toEqual([
    { file: "henan-again.txt", status: "duplicate" },
  ]);
});

test("a backup keeps the bundled articles away when they had been cleared", async () => {
  await service.importSeeds();
  await service.clear();
  await service.importFiles([file("henan.txt", REPORT)]);
  const backup = JSON.stringify(await service.backup());
  const other = openServices(new TifaDatabase(`backup-other-${name}`));
  expect(await other.restore(backup, "tifa-backup.json")).toEqual({ ok: true, documents: 1 });
  expect(await other.importSeeds()).toEqual([]);
  expect((await other.counts()).documents).toBe(1);
});

test("a database of ids hashed from bytes is re-identified once on opening, nothing lost", async () => {
  await service.importSeeds();
  const counts = await service.counts();
  const docs = await db.documents.toArray();
  // As an older version stored them: ids from the file's bytes (here: a BOM before the text).
  await db.documents.clear();
  await db.documents.bulkPut(
    await Promise.all(
      docs.map(async (d) => ({ ...d, id: await sha256Hex(new TextEncoder().encode(`\ufeff${d.raw}`)) })),
    ),
  );
  await db.meta.delete("documentIds");
  const reopened = openServices(db);
  expect(await reopened.counts()).toEqual(counts);
  const ids = (await db.documents.toArray()).map((d) => d.id).sort();
  expect(ids).toEqual((await Promise.all(docs.map((d) => documentIdOf(d.raw)))).sort());
});

test("a restore reports its progress, document by document, ending at the total", async () => {
  const { backup } = await backupWithReport();
  const seen: number[] = [];
  const result = await service.imports.restore(backup, (p) => seen.push(p.done));
  expect(result).toEqual({ ok: true, documents: 6 });
  expect(seen.at(-1)).toBe(6);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
});

const note = (id: string, personId: string, text: string): NoteRecord => ({
  id,
  targetKey: `person:${personId}`,
  target: { kind: "person", personId: personId as PersonId },
  text,
  author: "",
  createdAt: 1,
  updatedAt: 2,
});

test("a backup carries the notes: cleared with everything, a restore brings them back", async () => {
  await db.notes.put(note("n1", "江苏:谢晓军", "2023 年起任厅长"));
  const { backup } = await backupWithReport();
  expect(JSON.parse(backup)).toMatchObject({ version: 4, notes: [{ id: "n1", text: "2023 年起任厅长" }] });
  await service.clear();
  expect(await db.notes.count()).toBe(0);
  expect(await service.restore(backup, "tifa-backup.json")).toEqual({ ok: true, documents: 6 });
  expect(await db.notes.toArray()).toEqual([note("n1", "江苏:谢晓军", "2023 年起任厅长")]);
});

test("a version 3 backup (no notes) still restores, and replaces the notes in force with none", async () => {
  const { backup } = await backupWithReport();
  const v3 = { ...JSON.parse(backup), version: 3 } as Record<string, unknown>;
  delete v3.notes;
  await db.notes.put(note("n1", "江苏:谢晓军", "kept?"));
  expect(await service.restore(JSON.stringify(v3), "v3.json")).toEqual({ ok: true, documents: 6 });
  expect(await db.notes.count()).toBe(0);
});

test("a backup with a malformed note, or two notes for one person, is refused as damaged, nothing changed", async () => {
  await db.notes.put(note("n1", "江苏:谢晓军", "mine"));
  const { backup, counts } = await backupWithReport();
  const damaged =
    "tifa-backup.json is a damaged Tifa backup: its documents are incomplete or malformed. Nothing was changed.";
  const data = JSON.parse(backup) as { notes: Record<string, unknown>[] };
  const bad = { ...data, notes: [{ ...data.notes[0], text: 3 }] };
  expect(await service.restore(JSON.stringify(bad), "tifa-backup.json")).toEqual({ ok: false, message: damaged });
  const twice = { ...data, notes: [data.notes[0], { ...data.notes[0], id: "n2" }] };
  expect(await service.restore(JSON.stringify(twice), "tifa-backup.json")).toEqual({ ok: false, message: damaged });
  expect(await service.counts()).toEqual(counts);
  expect((await db.notes.toArray()).map((n) => n.text)).toEqual(["mine"]);
});
