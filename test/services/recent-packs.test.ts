import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { DatasetStore } from "../../src/analytics/dataset-store";
import { ALL_PROVINCES, recentGroups } from "../../src/analytics/recent";
import { readArticles } from "../../src/db/article-reads";
import type { DerivedRows } from "../../src/db/derive";
import {
  INDEX_GROUP,
  readRecentPacks,
  writeRecentPacks,
  type RecentArticle,
  type RecentIndex,
} from "../../src/db/recent-articles";
import { TifaDatabase } from "../../src/db/schema";
import { REVISION_KEY } from "../../src/db/revision";
import { NO_FILTERS } from "../../src/model/filters";
import { RecentTexts } from "../../src/services/recent-texts";
import { openServices } from "../support/services";

const BODY = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
const file = (name: string, text: string) => ({
  name,
  source: "user" as const,
  bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
});
const REPORTS = [
  file("henan.txt", `河南省政协召开党组会议\n2031年5月7日,河南省政协党组书记王明主持召开党组会议。${BODY}`),
  file("shandong-1.txt", `山东省民政厅召开党组会议\n2031年3月9日,山东省民政厅召开党组会议。${BODY}`),
  file("shandong-2.txt", `山东省水利厅召开厅务会议\n2031年2月2日,山东省水利厅召开厅务会议。${BODY}`),
];

const indexOf = async (db: TifaDatabase) => (await db.recentArticles.get(INDEX_GROUP)) as RecentIndex | undefined;
const revisionOf = async (db: TifaDatabase) => (await db.meta.get(REVISION_KEY))?.value;

async function settled(db: TifaDatabase): Promise<RecentIndex> {
  await expect.poll(async () => (await indexOf(db))?.revision === (await revisionOf(db)), { timeout: 5000 }).toBe(true);
  return (await indexOf(db))!;
}

async function datasetOf(db: TifaDatabase) {
  const store = new DatasetStore();
  await store.load(db);
  return store.current();
}

test("the most recent articles of each province, and of all, latest first, as many as asked", async () => {
  const db = new TifaDatabase("recent-groups");
  const service = openServices(db);
  await service.importSeeds();
  await service.importFiles(REPORTS);
  const data = await datasetOf(db);
  const idOf = (fileName: string) => data.articles.find((a) => a.file === fileName)!.id;
  const groups = recentGroups(data, 2);
  expect(groups.get(ALL_PROVINCES)).toEqual([idOf("henan.txt"), idOf("shandong-1.txt")]);
  expect(groups.get("山东")).toEqual([idOf("shandong-1.txt"), idOf("shandong-2.txt")]);
  expect(groups.get("河南")).toEqual([idOf("henan.txt")]);
  // Every province of the seeds has its group; articles of no province are only in that of all.
  expect([...groups.keys()].sort()).toEqual(
    [ALL_PROVINCES, "吉林", "山东", "江苏", "河南", "浙江", "湖北", "重庆"].sort(),
  );
  expect(recentGroups(data).get(ALL_PROVINCES)).toHaveLength(data.articles.length);
});

test("once an import has settled, the recent texts are stored in packs, and expressions read them without the documents' records", async () => {
  const db = new TifaDatabase("recent-packs");
  const service = openServices(db);
  await service.importSeeds();
  await service.importFiles(REPORTS);
  const index = await settled(db);
  const data = await datasetOf(db);
  expect(index.groups).toEqual(Object.fromEntries(recentGroups(data)));

  const packs = await readRecentPacks(db, [ALL_PROVINCES, "山东"]);
  const all = packs.get(ALL_PROVINCES)!.articles;
  expect(all.map((a) => a.id)).toEqual(index.groups[ALL_PROVINCES]);
  const bodies = await readArticles(db, index.groups[ALL_PROVINCES]!);
  expect(all.map((a) => a.text)).toEqual(bodies.map((b) => b!.body.text));
  expect(all.map((a) => a.parsed.date)).toEqual(bodies.map((b) => b!.body.date));
  expect(all.map((a) => a.evidence)).toEqual(bodies.map((b) => b!.body.evidence));
  expect(packs.get("山东")!.articles.map((a) => a.id)).toEqual(index.groups["山东"]);

  const params = { limit: 30 };
  const expressions = await service.aggregate("expressions", NO_FILTERS, params);
  const shandong = await service.aggregate("expressions", { ...NO_FILTERS, provinces: ["山东"] }, params);
  expect(expressions.length).toBeGreaterThan(0);
  // A visit on a database whose documents' records are gone still finds every text in the packs.
  await db.documentRows.clear();
  const visit = openServices(db);
  expect(await visit.aggregate("expressions", NO_FILTERS, params)).toEqual(expressions);
  expect(await visit.aggregate("expressions", { ...NO_FILTERS, provinces: ["山东"] }, params)).toEqual(shandong);
});

test("a later import writes again only the packs whose articles changed; clearing the database empties them", async () => {
  const db = new TifaDatabase("recent-packs-later");
  const service = openServices(db);
  await service.importSeeds();
  const first = await settled(db);
  // Marked, to tell whether the import writes it again.
  const zhejiang = (await readRecentPacks(db, ["浙江"])).get("浙江")!;
  const marked = { ...zhejiang, articles: zhejiang.articles.map((a) => ({ ...a, text: "marked" })) };
  await db.recentArticles.put(marked);
  await service.importFiles(REPORTS);
  const later = await settled(db);
  expect(later.revision).not.toBe(first.revision);
  expect(later.groups["浙江"]).toEqual(first.groups["浙江"]);
  expect(Object.keys(later.groups).sort()).toEqual([...Object.keys(first.groups), "河南"].sort());
  expect(later.groups["山东"]!.slice(2)).toEqual(first.groups["山东"]);
  expect((await readRecentPacks(db, ["浙江"])).get("浙江")).toEqual(marked);
  const shandong = (await readRecentPacks(db, ["山东"])).get("山东")!;
  expect(shandong.articles.map((a) => a.id)).toEqual(later.groups["山东"]);

  await service.clear();
  expect(await db.recentArticles.count()).toBe(0);
});

test("packs chosen at a revision the database has left are not written", async () => {
  const db = new TifaDatabase("recent-packs-stale");
  await openServices(db).importSeeds();
  await settled(db);
  const before = await db.recentArticles.toArray();
  const written = await writeRecentPacks(db, "an older revision", new Map([[ALL_PROVINCES, []]]), () => undefined);
  expect(written).toBe(false);
  expect(await db.recentArticles.toArray()).toEqual(before);
});

test("texts are read from the pack of all, then from the packs of the few provinces left", async () => {
  const db = new TifaDatabase("recent-texts-find");
  const service = openServices(db);
  await service.importSeeds();
  await service.importFiles(REPORTS);
  await settled(db);
  const data = await datasetOf(db);
  // One article of each of seven provinces, in the dataset's order.
  const [a, b, c, d, e, f, g] = [
    ...new Map(data.articles.filter((x) => x.province).map((x) => [x.province, x])).values(),
  ].map((x) => x.id);
  const provinceOf = (id: string) => data.articles.find((x) => x.id === id)!.province;
  const documentOf = (id: string) => data.articles.find((x) => x.id === id)!.documentId;
  // Packs as a store of many articles has them: the most recent of all are in their provinces' packs too.
  await db.meta.put({ key: REVISION_KEY, value: "r" });
  const wanted = new Map([
    [ALL_PROVINCES, [a!, c!, d!, e!, f!]],
    [provinceOf(a!)!, [a!]],
    [provinceOf(b!)!, [b!]],
    [provinceOf(c!)!, [c!]],
  ]);
  expect(await writeRecentPacks(db, "r", wanted, documentOf)).toBe(true);
  const read = async (ids: string[]) => [...(await new RecentTexts(1).find(db, ids, provinceOf)).keys()];
  // The pack of all, then the packs of the provinces left: b's and g's (which holds nothing).
  expect(await read([a!, b!, g!])).toEqual([a!, b!]);
  expect(await read([g!, f!, e!, d!, c!, b!, a!])).toEqual([f!, e!, d!, c!, a!, b!]);
  // More than four provinces still left after the pack of all: the caller reads them from the documents.
  await db.meta.put({ key: REVISION_KEY, value: "r2" });
  const fewer = new Map([...wanted, [ALL_PROVINCES, [a!]]]);
  expect(await writeRecentPacks(db, "r2", fewer, documentOf)).toBe(true);
  expect(await read([a!, b!, c!, d!, e!, f!, g!])).toEqual([a!]);
  // Fewer ids than are worth a pack: a province's pack is looked in only once read for more.
  const held = new RecentTexts(3);
  expect([...(await held.find(db, [a!, b!], provinceOf)).keys()]).toEqual([a!]);
  expect([...(await held.find(db, [a!, b!, c!], provinceOf)).keys()]).toEqual([a!, b!, c!]);
  expect([...(await held.find(db, [a!, b!], provinceOf)).keys()]).toEqual([a!, b!]);
});

test("texts offered at import are kept, the most recent of each province and of all, undated last, and found without a read", async () => {
  const recent = new RecentTexts();
  const row = (id: string, province: string | null, date: string | null) => ({ id, province, date, published: null });
  const body = (id: string) => ({
    id,
    article: { text: id, evidence: {}, date: null, province: null, meetingType: null },
  });
  const rows = [
    ...Array.from({ length: 600 }, (_, i) =>
      row(`old-${i}`, "山东", `2030-01-${String(1 + (i % 28)).padStart(2, "0")}`),
    ),
    row("undated", "山东", null),
    row("newest", "山东", "2031-06-01"),
    row("nowhere", null, "2031-07-01"),
  ];
  recent.offer({ articles: rows, bodies: rows.map((r) => body(r.id)) } as unknown as DerivedRows);
  const offered = recent.offered();
  // 500 of all (nowhere, newest and 498 of January 2030), and 500 of 山东 (newest and 499): the undated in neither.
  expect(offered.has("newest")).toBe(true);
  expect(offered.has("nowhere")).toBe(true);
  expect(offered.has("undated")).toBe(false);
  expect(offered.size).toBe(501);
  expect(offered.get("newest")!.text).toBe("newest");
  // An empty database: what was offered is found in memory.
  const found = await recent.find(new TifaDatabase("recent-empty"), ["newest", "undated"], () => "山东");
  expect([...found.keys()]).toEqual(["newest"]);
  recent.forgetOffered(new Map([["newest", null]]));
  expect(recent.offered().size).toBe(500);
  expect(recent.offered().has("newest")).toBe(false);
  recent.forgetOffered();
  expect(recent.offered().size).toBe(0);
});

test("packs take the texts offered at import before reading any document", async () => {
  const db = new TifaDatabase("recent-packs-offered");
  await openServices(db).importSeeds();
  await settled(db);
  const [first] = (await datasetOf(db)).articles;
  await db.documentRows.clear();
  await db.meta.put({ key: REVISION_KEY, value: "r" });
  const offered = new Map([[first!.id, { id: first!.id, text: "offered", evidence: {}, parsed: {} } as RecentArticle]]);
  expect(await writeRecentPacks(db, "r", new Map([[ALL_PROVINCES, [first!.id]]]), () => undefined, offered)).toBe(true);
  expect((await readRecentPacks(db, [ALL_PROVINCES])).get(ALL_PROVINCES)!.articles.map((a) => a.text)).toEqual([
    "offered",
  ]);
});
