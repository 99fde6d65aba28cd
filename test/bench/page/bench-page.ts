/**
 * Runs in headless Chromium against the built worker: imports a synthetic corpus through the
 * same client the app uses, watching the main thread for long tasks, then times every aggregate.
 * The results are left on `window.benchResults` for the runner.
 */
import { DatabaseClient } from "../../../src/worker/client";
import type { FileResult, IncomingFile } from "../../../src/worker/protocol";
import { aggregates, type AggregateName, type AggregateParams } from "../../../src/queries/aggregates";
import { NO_FILTERS, type Filters } from "../../../src/queries/aggregates/filters";
import { generateCorpus } from "../corpus";

const client = new DatabaseClient(() => new Worker(new URL("../../../src/worker/database.worker.ts", import.meta.url), { type: "module" }));
const status = (text: string) => (document.getElementById("status")!.textContent = text);

let longestTask = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
}).observe({ type: "longtask", buffered: false });

const PARAMS: { [K in AggregateName]: AggregateParams<K> } = {
  meetingsByProvince: {},
  meetingsByMonth: { stackBy: "province" },
  network: { includeMentioned: false, limit: 150, search: "" },
  personDetail: { personId: "江苏:谢晓军" },
  phraseRanking: { limit: 200 },
  phraseTrends: { phrases: ["两个确立", "一老一小", "新质生产力"] },
  phraseHeatmap: { limit: 15 },
  phraseDetail: { phrase: "两个确立", limit: 50 },
  articleList: { q: "", limit: 200 },
  filterOptions: {},
};

async function importCorpus(articles: number, seed: number): Promise<{ seconds: number; imported: number; meetings: number }> {
  const encoder = new TextEncoder();
  const files: IncomingFile[] = generateCorpus(articles, seed).map((f) => ({ name: `${seed}-${f.name}`, bytes: encoder.encode(f.text).buffer as ArrayBuffer, source: "user" }));
  const started = performance.now();
  let imported = 0;
  // Batches of 100 files, as a user dropping a folder would send them.
  for (let i = 0; i < files.length; i += 100) {
    const results = await client.call<FileResult[]>({ type: "importFiles", files: files.slice(i, i + 100) });
    imported += results.reduce((n, r) => n + (r.status === "imported" ? r.articles : 0), 0);
    status(`imported ${imported}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await client.call<{ meetings: number }>({ type: "counts" });
  return { seconds, imported, meetings: counts.meetings };
}

async function timeAggregates(filters: Filters): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const name of Object.keys(aggregates) as AggregateName[]) {
    await client.call({ type: "aggregate", name, filters, params: PARAMS[name] as AggregateParams<AggregateName> });
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await client.call({ type: "aggregate", name, filters: { ...filters, meetingTypes: i % 2 ? [] : filters.meetingTypes }, params: PARAMS[name] as AggregateParams<AggregateName> });
      runs.push(performance.now() - started);
    }
    times[name] = Math.round(Math.max(...runs) * 10) / 10;
  }
  return times;
}

const sizes = new URLSearchParams(location.search);
const FIRST = Number(sizes.get("first") ?? 10_000);
const MORE = Number(sizes.get("more") ?? 40_000);

async function run() {
  const first = await importCorpus(FIRST, 1);
  const longTaskDuringImport = longestTask;
  const at10k = await timeAggregates(NO_FILTERS);
  const at10kFiltered = await timeAggregates({ ...NO_FILTERS, provinces: ["山东", "江苏"], from: "2021-01" });
  const rest = await importCorpus(MORE, 2);
  const at50k = await timeAggregates(NO_FILTERS);
  const at50kFiltered = await timeAggregates({ ...NO_FILTERS, provinces: ["山东", "江苏"], from: "2021-01" });
  return {
    import10k: { articles: first.imported, seconds: first.seconds, perSecond: Math.round(first.imported / first.seconds), meetings: first.meetings },
    import40kMore: { articles: rest.imported, seconds: rest.seconds, perSecond: Math.round(rest.imported / rest.seconds), meetings: rest.meetings },
    longestMainThreadTaskMs: Math.round(Math.max(longTaskDuringImport, longestTask)),
    aggregatesMs: { at10k, at10kFiltered, at50k, at50kFiltered },
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
