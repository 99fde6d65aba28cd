/**
 * Runs in headless Chromium against the built worker: imports a synthetic corpus through the
 * same client the app uses, watching the main thread for long tasks, then times every aggregate
 * at 10,000, 50,000 and (unless `further=0`) 100,000 articles. The results are left on
 * `window.benchResults` for the runner (import.bench.ts).
 */
import { TifaClient, transfer } from "../../../src/worker/client";
import type { IncomingFile } from "../../../src/services";
import { aggregates, type AggregateName, type AggregateParams } from "../../../src/analytics";
import type { Network } from "../../../src/analytics/network";
import { FILTERED, PARAMS } from "../aggregate-params";
import { NO_FILTERS, type Filters } from "../../../src/model/filters";
import { corpusFiles } from "../corpus";

const sizes = new URLSearchParams(location.search);
const FIRST = Number(sizes.get("first") ?? 10_000);
const MORE = Number(sizes.get("more") ?? 40_000);
/** Imported after MORE, to time the aggregates at 100,000 articles (0: none). */
const FURTHER = Number(sizes.get("further") ?? 50_000);
const FILES_PER_DROP = Number(sizes.get("drop") ?? 1_000);
const FIRST_RUNS = Number(sizes.get("runs") ?? 3);

const client = new TifaClient(
  () => new Worker(new URL("../../../src/worker/tifa.worker.ts", import.meta.url), { type: "module" }),
);
const status = (text: string) => (document.getElementById("status")!.textContent = text);

/** Long tasks on this (the page's) thread while an import is running. */
let importing = false;
let longestTask = 0;
new PerformanceObserver((list) => {
  if (!importing) return;
  for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
}).observe({ type: "longtask", buffered: false });

async function importCorpus(
  articles: number,
  seed: number,
): Promise<{ seconds: number; imported: number; files: number; meetings: number }> {
  const encoder = new TextEncoder();
  const source = corpusFiles(articles, seed);
  const nextBatch = (): (IncomingFile & { bytes: ArrayBuffer })[] => {
    const batch: (IncomingFile & { bytes: ArrayBuffer })[] = [];
    for (let step = source.next(); !step.done; step = source.next()) {
      batch.push({
        name: `${seed}-${step.value.name}`,
        bytes: encoder.encode(step.value.text).buffer as ArrayBuffer,
        source: "user",
      });
      if (batch.length === FILES_PER_DROP) break;
    }
    return batch;
  };
  importing = true;
  // Marks for a trace of the import (DevTools' timeline, `performance.mark`).
  performance.mark("import-start");
  const started = performance.now();
  let imported = 0;
  let files = 0;
  // One call per drop of FILES_PER_DROP files: the Data page sends a dropped folder in one call.
  for (let drop = nextBatch(); drop.length; drop = nextBatch()) {
    const buffers = drop.map((f) => f.bytes);
    const results = await client.run((api) => api.imports.importFiles(transfer(drop, buffers)));
    imported += results.reduce((n, r) => n + (r.status === "imported" ? r.articles : 0), 0);
    files += results.filter((r) => r.status === "imported").length;
    status(`imported ${imported}`);
  }
  const seconds = (performance.now() - started) / 1000;
  performance.mark("import-end");
  importing = false;
  const counts = await client.run((api) => api.analytics.counts());
  return { seconds, imported, files, meetings: counts.meetings };
}

/**
 * The physical ceiling beside every figure: plain IndexedDB writes of small records (a slim row's
 * size) in transactions of 500, and one read of them all, in a database of their own.
 */
async function rawIndexedDb(records = 20_000): Promise<{ writesPerSecond: number; readAllMs: number }> {
  const name = "bench-raw";
  await new Promise((resolve) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onsuccess = deleting.onerror = resolve;
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore("rows", { keyPath: "id" });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  const started = performance.now();
  for (let at = 0; at < records; at += 500) {
    const tx = db.transaction("rows", "readwrite", { durability: "relaxed" });
    for (let i = at; i < Math.min(records, at + 500); i++)
      tx.objectStore("rows").put({
        id: `r${i}`,
        personId: `江苏:谢晓军${i % 300}`,
        role: "出席",
        start: i,
        end: i + 3,
      });
    await done(tx);
  }
  const writesPerSecond = Math.round(records / ((performance.now() - started) / 1000));
  const reading = performance.now();
  const tx = db.transaction("rows");
  tx.objectStore("rows").getAll();
  await done(tx);
  const readAllMs = Math.round(performance.now() - reading);
  db.close();
  return { writesPerSecond, readAllMs };
}

/** The first query after an import pays for the per-dataset indexes, built once per change. */
async function timeFirstQuery(): Promise<number> {
  const started = performance.now();
  await client.run(async (api) => void (await api.analytics.aggregate("meetingsByProvince", NO_FILTERS, {})));
  return Math.round(performance.now() - started);
}

/**
 * The seeds' person ids are not in the generated corpus: the most active person of 江苏 and the
 * one they met most stand in for them (found through the network, not timed), so the person
 * aggregates do real work.
 */
async function standIns(): Promise<{ a: string; b: string }> {
  const net = await client.run(
    (api) =>
      api.analytics.aggregate(
        "network",
        { ...NO_FILTERS, provinces: ["江苏"] },
        { includeMentioned: false, limit: 20, search: "" },
      ) as Promise<Network>,
  );
  const a = net.nodes[0]!.id;
  const link = net.edges.find((e) => e.source === a || e.target === a)!;
  return { a, b: link.source === a ? link.target : link.source };
}

function withPeople(name: AggregateName, params: AggregateParams<AggregateName>, { a, b }: { a: string; b: string }) {
  const p = { ...params } as Record<string, unknown>;
  if ("personId" in p) p.personId = a;
  if (name === "linkEvidence") Object.assign(p, { a, b });
  return p as AggregateParams<AggregateName>;
}

/**
 * Per aggregate: its first call (which may build that aggregate's own index of the dataset),
 * then the worst of 5 runs, each with filters never asked before (so no result is reused).
 */
async function timeAggregates(filters: Filters, round: number): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  const people = await standIns();
  for (const name of Object.keys(aggregates) as AggregateName[]) {
    const first = performance.now();
    const params = withPeople(name, PARAMS[name] as AggregateParams<AggregateName>, people);
    const firstFilters = { ...filters, to: `2098-0${round + 1}` };
    await client.run(async (api) => void (await api.analytics.aggregate(name, firstFilters, params)));
    times[`${name}First`] = Math.round((performance.now() - first) * 10) / 10;
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const fresh = {
        ...filters,
        to: `2099-${String(round * 5 + i + 1)
          .padStart(2, "0")
          .slice(-2)}`,
      };
      const started = performance.now();
      await client.run(async (api) => void (await api.analytics.aggregate(name, fresh, params)));
      runs.push(performance.now() - started);
    }
    times[name] = Math.round(Math.max(...runs) * 10) / 10;
  }
  return times;
}

async function run() {
  const raw = await rawIndexedDb();
  // The first import, into an empty database, three times (cleared in between): min, median, max.
  const firstRuns = [];
  for (let run = 0; run < FIRST_RUNS; run++) {
    if (run > 0) await client.run((api) => api.imports.clear());
    firstRuns.push(await importCorpus(FIRST, 1));
  }
  const paces = firstRuns.map((r) => Math.round(r.imported / r.seconds)).sort((a, b) => a - b);
  const first = [...firstRuns].sort((a, b) => a.seconds - b.seconds)[Math.floor(FIRST_RUNS / 2)]!;
  const firstQueryAt10k = await timeFirstQuery();
  const at10k = await timeAggregates(NO_FILTERS, 0);
  const at10kFiltered = await timeAggregates(FILTERED, 1);
  const rest = await importCorpus(MORE, 2);
  const firstQueryAt50k = await timeFirstQuery();
  const at50k = await timeAggregates(NO_FILTERS, 0);
  const at50kFiltered = await timeAggregates(FILTERED, 1);
  const further = FURTHER > 0 ? await importCorpus(FURTHER, 3) : null;
  const firstQueryAt100k = further ? await timeFirstQuery() : null;
  const at100k = further ? await timeAggregates(NO_FILTERS, 2) : null;
  const at100kFiltered = further ? await timeAggregates(FILTERED, 3) : null;
  return {
    import10k: {
      articles: first.imported,
      files: first.files,
      seconds: first.seconds,
      perSecond: Math.round(first.imported / first.seconds),
      perSecondRuns: paces,
      meetings: first.meetings,
    },
    import40kMore: {
      articles: rest.imported,
      files: rest.files,
      seconds: rest.seconds,
      perSecond: Math.round(rest.imported / rest.seconds),
      meetings: rest.meetings,
    },
    rawIndexedDb: raw,
    longestMainThreadTaskMs: Math.round(longestTask),
    import50kMore: further && { articles: further.imported, perSecond: Math.round(further.imported / further.seconds) },
    firstQueryAfterImportMs: { at10k: firstQueryAt10k, at50k: firstQueryAt50k, at100k: firstQueryAt100k },
    aggregatesMs: { at10k, at10kFiltered, at50k, at50kFiltered, at100k, at100kFiltered },
  };
}

run().then(
  (results) => {
    (window as unknown as { benchResults: unknown }).benchResults = results;
    status("done");
  },
  (error: unknown) => {
    (window as unknown as { benchResults: unknown }).benchResults = { error: String(error) };
    status("failed");
  },
);
