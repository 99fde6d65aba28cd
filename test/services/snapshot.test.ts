import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { DatasetStore } from "../../src/analytics/dataset-store";
import type { SnapshotRows } from "../../src/db/snapshot";
import {
  currentStamp,
  decodeSnapshot,
  encodeSnapshot,
  inSnapshotOrder,
  noChangedBuckets,
  readSnapshot,
  writeSnapshot,
} from "../../src/db/snapshot";
import { REVISION_KEY } from "../../src/db/revision";
import { TifaDatabase } from "../../src/db/schema";
import { NO_FILTERS } from "../../src/model/filters";
import { prepareDocument, type ParseDocument } from "../../src/db/prepare";
import { createTifaApi } from "../../src/services";
import { openServices } from "../support/services";
import { storedRows } from "../support/stored-rows";

const body = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
const henan = {
  name: "henan.txt",
  source: "user" as const,
  bytes: new TextEncoder().encode(
    `河南省政协召开党组会议\n2024年5月7日,河南省政协党组书记王明主持召开党组会议。${body}`,
  ).buffer as ArrayBuffer,
};

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
function sorted(rows: SnapshotRows) {
  return {
    articles: byId(rows.articles),
    meetings: byId(rows.meetings),
    people: byId(rows.people),
    mentions: byId(rows.mentions),
    phrases: byId(rows.phrases),
  };
}

const tableRows = storedRows;

const revisionOf = async (db: TifaDatabase) => (await db.meta.get(REVISION_KEY))?.value;

test("once an import has settled, a visit reads every row from the snapshot, the same rows as the documents' records give", async () => {
  const db = new TifaDatabase("snapshot-settled");
  const service = openServices(db);
  await service.importSeeds();
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  const stored = (await readSnapshot(db))!;
  expect(stored.revision).toBe(await revisionOf(db));
  // In the snapshot's order whichever way they are read: the views see one order.
  expect(stored.rows).toEqual(inSnapshotOrder(await tableRows(db)));
  expect(stored.rows.articles).toHaveLength(9);
  expect(stored.rows.mentions.length).toBeGreaterThan(20);

  const store = new DatasetStore();
  await store.load(db);
  expect(store.loadedFromSnapshot).toBe(true);
  expect(store.revision).toBe(stored.revision);
  const visit = openServices(db);
  expect(await visit.aggregate("meetingsByProvince", NO_FILTERS, {})).toEqual(
    await service.aggregate("meetingsByProvince", NO_FILTERS, {}),
  );
  // Without the snapshot, the rows are derived again from the documents' records: the same rows.
  await db.snapshot.clear();
  const derived = new DatasetStore();
  await derived.load(db);
  expect(derived.loadedFromSnapshot).toBe(false);
  expect(inSnapshotOrder(derived.storedRows())).toEqual(stored.rows);
});

test("a snapshot of an older revision is not used: the rows are derived again, and the snapshot is written again", async () => {
  const db = new TifaDatabase("snapshot-stale");
  const service = openServices(db);
  await service.importSeeds();
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  const before = await revisionOf(db);
  await service.importFiles([henan]);
  expect(await revisionOf(db)).not.toBe(before);
  // The snapshot of the revision before is not read: what a visit sees is the database as it is.
  expect(await readSnapshot(db)).toBeNull();
  const visit = new DatasetStore();
  await visit.load(db);
  expect(visit.loadedFromSnapshot).toBe(false);
  expect(sorted(visit.storedRows())).toEqual(sorted(await tableRows(db)));
  expect(visit.storedRows().articles.map((a) => a.province)).toContain("河南");
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  expect((await readSnapshot(db))!.rows.articles).toHaveLength(10);
});

test("every write of derived rows moves the revision: import, correction, restore, clear", async () => {
  const db = new TifaDatabase("snapshot-revisions");
  const service = openServices(db);
  const seen = new Set<string | undefined>();
  const step = async (write: () => Promise<unknown>) => {
    await write();
    const revision = await revisionOf(db);
    expect(seen.has(revision)).toBe(false);
    seen.add(revision);
  };
  await step(() => service.importSeeds());
  await step(() => service.importFiles([henan]));
  const article = (await storedRows(db)).articles.find((a) => a.province === "河南")!;
  await step(() =>
    service.corrections.add({
      articleId: article.id,
      change: { kind: "article", field: "province", old: "河南", value: "湖南" },
    }),
  );
  const backup = await service.backup();
  await step(() => service.restore(JSON.stringify(backup), "backup.json"));
  await step(() => service.clear());
  expect(seen.has(undefined)).toBe(false);
});

test("a snapshot is written only while the database is at the rows' revision", async () => {
  const db = new TifaDatabase("snapshot-guard");
  await openServices(db).importSeeds();
  // The services store their own snapshot once the import has settled: it is cleared to start from none.
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  await db.snapshot.clear();
  const store = new DatasetStore();
  await store.load(db);
  expect(await writeSnapshot(db, "another-revision", null, () => store.takeSnapshotChanges())).toBe(false);
  expect(await db.snapshot.get("stamp")).toBeUndefined();
  expect(await writeSnapshot(db, store.revision!, null, () => store.takeSnapshotChanges())).toBe(true);
  expect((await readSnapshot(db))?.revision).toBe(store.revision);
});

test("a database without a revision gets one when a visit derives its rows again", async () => {
  const db = new TifaDatabase("snapshot-no-revision");
  await openServices(db).importSeeds();
  await db.meta.delete(REVISION_KEY);
  await db.snapshot.clear();
  const store = new DatasetStore();
  await store.load(db);
  expect(store.loadedFromSnapshot).toBe(false);
  expect(store.storedRows().articles).toHaveLength(9);
  expect(store.revision).toBe(await revisionOf(db));
  expect(store.revision).toEqual(expect.any(String));
});

test("after a small import only the parts of the snapshot it changed are written again", async () => {
  const db = new TifaDatabase("snapshot-parts");
  const service = openServices(db);
  await service.importSeeds();
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  const written: string[] = [];
  db.snapshot.hook("creating", (key) => void written.push(String(key)));
  db.snapshot.hook("updating", (_changes, key) => void written.push(String(key)));
  await service.importFiles([henan]);
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  // The stamp, the new article's bucket (with its mentions and phrases), its meeting's and its people's.
  expect(written).toContain("stamp");
  expect(written.length).toBeLessThan(1 + 5 * 3);
  expect(written.filter((k) => k.startsWith("articles:"))).toHaveLength(1);
  expect((await readSnapshot(db))!.rows).toEqual(inSnapshotOrder(await tableRows(db)));
});

test("a snapshot is encoded a part at a time, with a pause after each, and reads back as the same rows", async () => {
  const db = new TifaDatabase("snapshot-pauses");
  await openServices(db).importSeeds();
  const store = new DatasetStore();
  await store.load(db);
  let pauses = 0;
  const records = await encodeSnapshot(store.storedRows(), currentStamp("r1"), "all", async () => void pauses++);
  // The stamp, then 16 parts of each of the 5 tables.
  expect(records).toHaveLength(1 + 16 * 5);
  expect(pauses).toBe(16 * 5);
  expect(decodeSnapshot(records, currentStamp("r1"))).toEqual(inSnapshotOrder(store.storedRows()));
});

test("a write that lands while a snapshot is being encoded makes that snapshot be dropped, not stored", async () => {
  const db = new TifaDatabase("snapshot-moved");
  await openServices(db).importSeeds();
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  await db.snapshot.clear();
  const store = new DatasetStore();
  await store.load(db);
  let moved = false;
  const moveRevision = async () => {
    if (moved) return;
    moved = true;
    await db.meta.put({ key: REVISION_KEY, value: "a later write" });
  };
  expect(await writeSnapshot(db, store.revision!, null, () => store.takeSnapshotChanges(), moveRevision)).toBe(false);
  expect(moved).toBe(true);
  expect(await db.snapshot.get("stamp")).toBeUndefined();
});

test("parts encoded against a stored snapshot are dropped if another snapshot was stored meanwhile", async () => {
  const db = new TifaDatabase("snapshot-raced");
  const service = openServices(db);
  await service.importSeeds();
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  const base = (await readSnapshot(db))!.revision;
  const store = new DatasetStore();
  await store.load(db);
  let raced = false;
  const storeAnother = async () => {
    if (raced) return;
    raced = true;
    await db.snapshot.put({ key: "stamp", value: currentStamp("another snapshot") });
  };
  const oneChanged = () => ({ rows: store.storedRows(), changed: { ...noChangedBuckets(), articles: new Set([0]) } });
  expect(await writeSnapshot(db, base, base, oneChanged, storeAnother)).toBe(false);
  expect(raced).toBe(true);
  expect((await db.snapshot.get("stamp"))?.value).toEqual(currentStamp("another snapshot"));
});

test("a long import's pauses do not store the snapshot: it is stored once the import has ended", async () => {
  const db = new TifaDatabase("snapshot-long-import");
  const slowAfterFirstBatch: ParseDocument = async (doc, budgetMs) => {
    // The files after the first batch of 40 come slowly: a pause longer than the caches' wait.
    if (Number(/\d+/.exec(doc.fileName)![0]) > 40) await new Promise((resolve) => setTimeout(resolve, 700));
    return prepareDocument(doc, budgetMs);
  };
  const api = createTifaApi(db, { parse: slowAfterFirstBatch });
  await api.imports.whenReady();
  const stored: number[] = [];
  db.snapshot.hook("creating", () => void stored.push(Date.now()));
  db.snapshot.hook("updating", () => void stored.push(Date.now()));
  const files = Array.from({ length: 44 }, (_, i) => ({
    name: `report-${i + 1}.txt`,
    source: "user" as const,
    bytes: new TextEncoder().encode(
      `${(i % 12) + 1}月${(i % 27) + 1}日,河南省民政厅召开第${i + 1}次党组会议,厅长王建国主持会议。会议研究部署了今年的重点工作。`,
    ).buffer as ArrayBuffer,
  }));
  await api.imports.importFiles(files);
  const ended = Date.now();
  expect(stored.filter((at) => at < ended)).toEqual([]);
  await expect.poll(async () => (await readSnapshot(db))?.rows.articles.length, { timeout: 5000 }).toBe(44);
});

test("a visit that derives its rows again (no snapshot of the database's revision) stores the snapshot for the next", async () => {
  const db = new TifaDatabase("snapshot-visit");
  await openServices(db).importSeeds();
  await expect.poll(async () => (await readSnapshot(db)) !== null, { timeout: 5000 }).toBe(true);
  await db.snapshot.clear();
  const visit = openServices(db);
  expect((await visit.counts()).articles).toBe(9);
  await expect.poll(async () => (await readSnapshot(db))?.rows.articles.length, { timeout: 5000 }).toBe(9);
});
