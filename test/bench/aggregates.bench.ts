/**
 * Every aggregate at 100,000 articles, in Node: the synthetic corpus is parsed and derived into a
 * DatasetStore once (as the worker does at import) and cached in /tmp, then each aggregate is
 * timed with the browser benchmark's parameters, unfiltered and filtered:
 *   - cold: its first call on a fresh Dataset object, every per-dataset cache empty;
 *   - first: its first call after `prepareIndexes` and `prepareOpeningNetwork` (what the worker runs
 *     when the data changes; the network's unfiltered first call finds the network laid out there);
 *   - later: the worst of 5 calls, each with filters never asked before.
 * Beside each call's wall time, the process's CPU time for it and the garbage collector's pauses
 * within it (the heap holds every row and text: a pause may land on any call, whatever its own work).
 * Prints a table and, last, one JSON object of figures. AGGREGATE_ARTICLES changes the size,
 * AGGREGATE_CACHE the file the dataset is kept in.
 */
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import { createInterface } from "node:readline";
import {
  aggregates,
  prepareIndexes,
  prepareOpeningNetwork,
  type AggregateName,
  type AggregateParams,
} from "../../src/analytics";
import type { ArticleTexts } from "../../src/analytics/aggregate";
import { DatasetStore } from "../../src/analytics/dataset-store";
import { DERIVATION_VERSION } from "../../src/db/derivation-version";
import { deriveRows } from "../../src/db/derive";
import type { Dataset } from "../../src/db/records";
import { PARSER_VERSION, parseText } from "../../src/ingest";
import { NO_FILTERS, type Filters } from "../../src/model/filters";
import { FILTERED, PARAMS } from "./aggregate-params";
import { corpusFiles } from "./corpus";

const ARTICLES = Number(process.env.AGGREGATE_ARTICLES ?? 100_000);
const CACHE =
  process.env.AGGREGATE_CACHE ?? `/tmp/tifa-aggregates-${ARTICLES}-${PARSER_VERSION}-${DERIVATION_VERSION}.ndjson`;
const TABLES = ["articles", "meetings", "people", "mentions", "phrases"] as const;

type Body = Awaited<ReturnType<ArticleTexts>>[number];

/** Parses and derives the corpus as an import does: 10,000 articles, then the rest from another seed. */
function build(): { data: Dataset; bodies: Map<string, Body> } {
  const store = new DatasetStore();
  const bodies = new Map<string, Body>();
  let index = 0;
  const first = Math.min(10_000, ARTICLES);
  for (const [count, seed] of [
    [first, 1],
    [ARTICLES - first, 2],
  ] as const) {
    for (const file of corpusFiles(count, seed)) {
      const documentId = (index++).toString(16).padStart(16, "0").padEnd(64, "0");
      const rows = deriveRows(documentId, `${seed}-${file.name}`, parseText(file.text, { fileName: file.name }), store);
      store.apply(rows);
      rows.bodies.forEach(({ id, article }, i) =>
        bodies.set(id, {
          id,
          province: rows.articles[i]!.province,
          text: article.text,
          evidence: article.evidence,
          parsed: { date: article.date, province: article.province, meetingType: article.meetingType },
        }),
      );
    }
  }
  return { data: store.current(), bodies };
}

async function save(data: Dataset, bodies: Map<string, Body>): Promise<void> {
  const out = createWriteStream(CACHE);
  const write = (line: string) =>
    out.write(line) ? Promise.resolve() : new Promise<void>((done) => out.once("drain", () => done()));
  for (const table of TABLES) for (const row of data[table]) await write(`${JSON.stringify([table, row])}\n`);
  for (const body of bodies.values()) await write(`${JSON.stringify(["bodies", body])}\n`);
  await new Promise<void>((done) => out.end(() => done()));
}

async function load(): Promise<{ data: Dataset; bodies: Map<string, Body> }> {
  const data: Dataset = { articles: [], meetings: [], people: [], mentions: [], phrases: [] };
  const bodies = new Map<string, Body>();
  for await (const line of createInterface({ input: createReadStream(CACHE) })) {
    const [table, row] = JSON.parse(line) as [string, never];
    if (table === "bodies") bodies.set((row as Body).id, row);
    else (data[table as keyof Dataset] as unknown[]).push(row);
  }
  return { data, bodies };
}

let started = performance.now();
let loaded: { data: Dataset; bodies: Map<string, Body> };
if (existsSync(CACHE)) {
  loaded = await load();
  console.log(`dataset read from ${CACHE} in ${Math.round(performance.now() - started)} ms`);
} else {
  loaded = build();
  console.log(`dataset parsed and derived in ${Math.round(performance.now() - started)} ms`);
  await save(loaded.data, loaded.bodies);
}
const { data, bodies } = loaded;
const texts: ArticleTexts = async (ids) => ids.flatMap((id) => bodies.get(id) ?? []);
console.log(
  `${data.articles.length} articles, ${data.meetings.length} meetings, ${data.people.length} people, ${data.mentions.length} mentions, ${data.phrases.length} phrases`,
);

/**
 * The browser's person ids need not exist in this corpus: the most named person of 江苏 and the
 * person they share most articles with stand in for them, so the person aggregates do real work.
 */
function standIns(): { a: string; b: string } {
  const named = new Map<string, number>();
  for (const m of data.mentions)
    if (m.personId.startsWith("江苏:")) named.set(m.personId, (named.get(m.personId) ?? 0) + 1);
  const [a] = [...named].sort((x, y) => y[1] - x[1])[0]!;
  const articlesOfA = new Set(data.mentions.filter((m) => m.personId === a).map((m) => m.articleId));
  const together = new Map<string, number>();
  for (const m of data.mentions)
    if (m.personId !== a && articlesOfA.has(m.articleId)) together.set(m.personId, (together.get(m.personId) ?? 0) + 1);
  const [b] = [...together].sort((x, y) => y[1] - x[1])[0]!;
  return { a, b };
}
const people = standIns();
console.log(`person parameters: ${people.a} (and ${people.b} for the link)`);
const params = (name: AggregateName): AggregateParams<AggregateName> => {
  const p = { ...PARAMS[name] } as Record<string, unknown>;
  if ("personId" in p) p.personId = people.a;
  if ("a" in p && "b" in p && name === "linkEvidence") Object.assign(p, people);
  return p as AggregateParams<AggregateName>;
};

/** A new Dataset object over the same rows: every cache keyed by the Dataset starts empty. */
const fresh = (): Dataset => ({ ...data });
/** AGGREGATES=a,b times only those. */
const names = (Object.keys(aggregates) as AggregateName[]).filter(
  (name) => !process.env.AGGREGATES || process.env.AGGREGATES.split(",").includes(name),
);
const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** The garbage collector's pauses, matched to the calls they fell in once every call has run. */
const pauses: { start: number; end: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
});
gcObserver.observe({ entryTypes: ["gc"] });
const calls: { start: number; end: number }[] = [];
const gcWithin = (call: number) =>
  pauses.reduce(
    (sum, p) => sum + Math.max(0, Math.min(p.end, calls[call]!.end) - Math.max(p.start, calls[call]!.start)),
    0,
  );

/**
 * Wall time of one call; `lastCpu` the process's CPU time for it (on a shared machine wall time
 * overstates), `lastCall` where its interval is kept (for the pauses within it).
 */
async function time(dataset: Dataset, name: AggregateName, filters: Filters): Promise<number> {
  const run = aggregates[name] as (d: Dataset, f: Filters, p: unknown, t: ArticleTexts) => unknown;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await run(dataset, filters, params(name), texts);
  const end = performance.now();
  const used = process.cpuUsage(cpuStart);
  lastCpu = (used.user + used.system) / 1000;
  lastCall = calls.push({ start, end }) - 1;
  return end - start;
}
let lastCpu = 0;
let lastCall = 0;
const withCpu = (wall: number, cpuMs: number, gcMs: number) =>
  `${wall} (${cpuMs}${gcMs >= 1 ? `; gc ${Math.round(gcMs)}` : ""})`;

interface Times {
  cold: number;
  first: number;
  later: number;
  firstCpu: number;
  laterCpu: number;
  /** The calls (in `calls`) of the first and of the slowest later. */
  firstCall: number;
  laterCall: number;
}

async function timeAll(
  base: Filters,
): Promise<{ prepareMs: number; openingNetworkMs: number; times: Record<string, Times> }> {
  const times: Record<string, Times> = {};
  for (const name of names)
    times[name] = {
      cold: round1(await time(fresh(), name, { ...base, to: "2098-01" })),
      first: 0,
      later: 0,
      firstCpu: 0,
      laterCpu: 0,
      firstCall: 0,
      laterCall: 0,
    };
  const prepared = fresh();
  started = performance.now();
  prepareIndexes(prepared);
  const prepareMs = round1(performance.now() - started);
  // As the worker does next, in idle time: the network as its view opens.
  started = performance.now();
  prepareOpeningNetwork(prepared);
  const openingNetworkMs = round1(performance.now() - started);
  for (const name of names) {
    times[name]!.first = round1(await time(prepared, name, { ...base, to: "2098-02" }));
    times[name]!.firstCpu = round1(lastCpu);
    times[name]!.firstCall = lastCall;
    const runs: number[] = [];
    const cpus: number[] = [];
    const runCalls: number[] = [];
    for (let i = 0; i < 5; i++) {
      runs.push(await time(prepared, name, { ...base, to: `2099-${String(i + 1).padStart(2, "0")}` }));
      cpus.push(lastCpu);
      runCalls.push(lastCall);
    }
    times[name]!.later = round1(Math.max(...runs));
    times[name]!.laterCall = runCalls[runs.indexOf(Math.max(...runs))]!;
    times[name]!.laterCpu = round1(Math.max(...cpus));
  }
  return { prepareMs, openingNetworkMs, times };
}

// Warm-up, not counted: the JIT.
for (const name of names) await time(fresh(), name, NO_FILTERS);
const unfiltered = await timeAll(NO_FILTERS);
const filtered = await timeAll(FILTERED);
// The observer hears of the last pauses a turn later.
await new Promise((done) => setTimeout(done, 100));
gcObserver.disconnect();
console.log(
  `prepareIndexes: ${unfiltered.prepareMs} ms (${filtered.prepareMs} ms on the second fresh dataset), then the opening network ${unfiltered.openingNetworkMs} ms (${filtered.openingNetworkMs} ms); load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
);
console.log("\n| aggregate | cold | first | later | cold, filtered | first, filtered | later, filtered |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
const figures: Record<string, number | string> = {
  aggregateArticles: data.articles.length,
  prepareIndexesMs: unfiltered.prepareMs,
  openingNetworkMs: unfiltered.openingNetworkMs,
};
for (const name of names) {
  const u = unfiltered.times[name]!;
  const f = filtered.times[name]!;
  const worst = Math.max(u.first, u.later, f.first, f.later);
  const flag = worst > 50 ? " ⚠" : "";
  console.log(
    `| ${name}${flag} | ${u.cold} | ${withCpu(u.first, u.firstCpu, gcWithin(u.firstCall))} | ${withCpu(u.later, u.laterCpu, gcWithin(u.laterCall))} | ${f.cold} | ${withCpu(f.first, f.firstCpu, gcWithin(f.firstCall))} | ${withCpu(f.later, f.laterCpu, gcWithin(f.laterCall))} |`,
  );
  figures[`${name}FirstMs`] = Math.max(u.first, f.first);
  figures[`${name}Ms`] = Math.max(u.later, f.later);
  figures[`${name}ColdMs`] = Math.max(u.cold, f.cold);
  figures[`${name}CpuMs`] = Math.max(u.firstCpu, u.laterCpu, f.firstCpu, f.laterCpu);
  figures[`${name}FirstGcMs`] = round1(Math.max(gcWithin(u.firstCall), gcWithin(f.firstCall)));
}
const worst = (key: "first" | "later") => {
  const [name, times] = names
    .map((n) => [n, Math.max(unfiltered.times[n]![key], filtered.times[n]![key])] as const)
    .sort((a, b) => b[1] - a[1])[0]!;
  return `${name} ${times} ms`;
};
figures.slowestFirst = worst("first");
figures.slowestLater = worst("later");
console.log(
  "(ms; cold: first call on a fresh Dataset, nothing prepared; first: first call after prepareIndexes and the opening network; later: worst of 5 with filters not asked before; in brackets the process's CPU time for the same call and the garbage collector's pauses within it, when 1 ms or more; ⚠ over 50 ms wall after them)\n",
);
console.log(JSON.stringify(figures));
