/**
 * `npm run bench`: builds the app and the benchmark page, runs every benchmark, prints a table
 * and, as its last line, one JSON object of all figures.
 *   - parse.bench.ts: parser throughput in Node
 *   - matching.bench.ts: parse + matching per 10,000 articles at the start and at 90–100k, in Node
 *   - network.bench.ts: the network aggregate and the force layout at 2,000 people, in Node
 *   - aggregates.bench.ts: every aggregate at 100,000 articles, first call included, in Node
 *   - import.bench.ts, the import/aggregate page in headless Chromium: import throughput for 10,000
 *     articles, the longest main-thread task during import, each aggregate's latency at 10,000,
 *     50,000 and 100,000
 *   - app-load.bench.ts: cold load of the built app to a rendered map, the initial bundle, and
 *     the bytes before the first map
 *   - with --reopen, reopen.bench.ts: reopening the app with 50,000 articles
 *   - with --large, large.bench.ts: a prebuilt corpus of 200,000 synthetic articles by the corpus CLI;
 *     then large-open.bench.ts: that many opened in the app by ?corpus=, three returning visits to
 *     the map, and the services worker's heap with them loaded
 */
import { execFileSync } from "node:child_process";
import { build } from "vite";

function runScript(path: string): Record<string, unknown> {
  const output = execFileSync(process.execPath, ["--import", "tsx", path], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = output.trim().split("\n");
  for (const line of lines.slice(0, -1)) console.log(`  ${line}`);
  return JSON.parse(lines.at(-1)!) as Record<string, unknown>;
}

console.log("building the app…");
await build({ logLevel: "warn" });
console.log("parser (Node):");
const parse = runScript("test/bench/parse.bench.ts");
console.log("parse + matching as the corpus grows (Node):");
const matching = runScript("test/bench/matching.bench.ts");
console.log("leader network (Node):");
const network = runScript("test/bench/network.bench.ts");
console.log("every aggregate at 100,000 articles (Node):");
const aggregates100k = runScript("test/bench/aggregates.bench.ts");
console.log("import and aggregates (headless Chromium, built worker):");
const db = runScript("test/bench/import.bench.ts");
console.log("cold load (headless Chromium, built app):");
const load = runScript("test/bench/app-load.bench.ts");
// `npm run bench -- --reopen`: also reopen the app with 50,000 articles (REOPEN_ARTICLES), a few minutes more.
let reopen: Record<string, unknown> = {};
if (process.argv.includes("--reopen")) {
  console.log("reopening with a large database (headless Chromium, built app):");
  process.env.REOPEN_ARTICLES ??= "50000";
  reopen = runScript("test/bench/reopen.bench.ts");
}
// `npm run bench -- --large`: also build a prebuilt corpus of 200,000 articles (LARGE_ARTICLES) with the CLI.
let large: Record<string, unknown> = {};
if (process.argv.includes("--large")) {
  console.log("prebuilt corpus (Node, the corpus CLI on every core):");
  large = runScript("test/bench/large.bench.ts");
  console.log(
    "the prebuilt corpus opened in the app by ?corpus=, then returning visits (headless Chromium, built app):",
  );
  process.env.LARGE_OPEN_ARTICLES ??= process.env.LARGE_ARTICLES ?? "200000";
  large = { ...large, ...runScript("test/bench/large-open.bench.ts") };
}

type Imports = {
  articles: number;
  files: number;
  seconds: number;
  perSecond: number;
  perSecondRuns?: number[];
  meetings: number;
};
const i10 = db.import10k as Imports;
const i40 = db.import40kMore as Imports;
const agg = db.aggregatesMs as Record<string, Record<string, number> | undefined>;
const raw = db.rawIndexedDb as { writesPerSecond: number; readAllMs: number };
/** An import's records per second beside raw IndexedDB writes in the same run: two records per file (the document and its rows). */
const ofRaw = (imports: Imports) =>
  `${((imports.perSecond * ((2 * imports.files) / imports.articles)) / raw.writesPerSecond).toFixed(2)}× raw`;
const runs = (imports: Imports) => (imports.perSecondRuns ?? [imports.perSecond]).join(" / ");
const rows: [string, string, string][] = [
  [
    "parse, Node: per second of the clock / of CPU",
    `${parse.parseArticlesPerSecond} / ${parse.parseArticlesPerCpuSecond} articles/s`,
    "≥ 1,500",
  ],
  [
    "parse + matching per 10,000 articles, 0–10k → 90–100k",
    `${matching.parseMatchFirst10kMs} → ${matching.parseMatchLast10kMs} ms (${matching.parseMatchGrowth}×)`,
    "≤ 1.3×",
  ],
  [
    "raw IndexedDB in the same browser: small records written / 20,000 read at once",
    `${raw.writesPerSecond} records/s · ${raw.readAllMs} ms`,
    "the ceiling",
  ],
  [
    "import 10,000 articles, min / median / max of 3",
    `${runs(i10)} articles/s (median ${i10.seconds.toFixed(1)} s, ${i10.meetings} meetings; records written ${ofRaw(i10)})`,
    "≥ 1,500",
  ],
  [
    "import 40,000 more",
    `${i40.perSecond} articles/s (${i40.seconds.toFixed(1)} s; records written ${ofRaw(i40)})`,
    "≥ 1,200",
  ],
  ["longest main-thread task during import", `${db.longestMainThreadTaskMs} ms`, "≤ 200"],
  [
    "first query after an import (builds indexes)",
    `10k: ${(db.firstQueryAfterImportMs as Record<string, number>).at10k} ms · 50k: ${(db.firstQueryAfterImportMs as Record<string, number>).at50k} ms${db.browserAggregatesWithin50At100k === undefined ? "" : ` · 100k: ${(db.firstQueryAfterImportMs as Record<string, number>).at100k} ms`}`,
    "",
  ],
  [
    "aggregates ≤ 50 ms on every call at 100,000 articles (Chromium, first calls included)",
    `${db.browserAggregatesWithin50At100k ?? "—"} of ${Object.keys(agg.at10k!).filter((name) => !name.endsWith("First")).length}`,
    "all",
  ],
  ...Object.keys(agg.at10k!)
    .filter((name) => !name.endsWith("First"))
    .map((name): [string, string, string] => [
      `aggregate ${name}`,
      `10k: ${agg.at10k![name]} / ${agg.at10kFiltered![name]} ms · 50k: ${agg.at50k![name]} / ${agg.at50kFiltered![name]} ms (first call ${agg.at50k![`${name}First`]} / ${agg.at50kFiltered![`${name}First`]} ms)${agg.at100k ? ` · 100k: ${agg.at100k[name]} / ${agg.at100kFiltered![name]} ms (first call ${agg.at100k[`${name}First`]} / ${agg.at100kFiltered![`${name}First`]} ms)` : ""}`,
      "≤ 50 at 100k",
    ]),
  [
    "leader network aggregate (worker side), limit 150 / 600",
    `${network.network150Ms} / ${network.network600Ms} ms (${network.networkPeople} people in the corpus)`,
    "",
  ],
  ["force layout alone, 2,000 people and 8,000 links", `${network.layout2000Ms} ms`, "≤ 3,000 (settled)"],
  [
    "indexes prepared when the data changes, then the network as its view opens, 100,000 articles (Node)",
    `${aggregates100k.prepareIndexesMs} ms, then ${aggregates100k.openingNetworkMs} ms`,
    "",
  ],
  [
    "slowest aggregate at 100,000 articles (Node), first call / later",
    `${aggregates100k.slowestFirst} / ${aggregates100k.slowestLater} (table above)`,
    "≤ 50",
  ],
  ["map shown, cold first visit", `${load.coldLoadToMapMs} ms`, "≤ 2,000"],
  ["map shown, second visit", `${load.warmLoadToMapMs} ms`, ""],
  ["initial JS + CSS", `${load.initialJsCssGzipKb} kB gzip`, "≤ 150"],
  ["transferred before the map is drawn, cold first visit", `${load.firstViewKb} kB`, "≤ 300"],
];
console.log("\n| measure | result | target |\n| --- | --- | --- |");
for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);
console.log(
  "(aggregates: worst of 5 runs with filters not asked before, after a first call that may build the aggregate's own index; unfiltered / filtered by two provinces and a start month)\n",
);
const spread = (s: unknown) => {
  const { min, median, max } = s as { min: number; median: number; max: number };
  return `${min} / ${median} / ${max}`;
};
if (process.argv.includes("--reopen")) {
  console.log(
    `| reopening with ${reopen.reopenArticles} articles: map drawn, min / median / max of 3 | ${spread(reopen.reopenMapMs)} ms | ≤ 1,000 |`,
  );
  console.log(`| the same: timeline drawn | ${spread(reopen.reopenTimelineMs)} ms | |\n`);
}
if (process.argv.includes("--large")) {
  console.log(
    `| prebuilt corpus of ${large.largeArticles} articles (npm run corpus, ${large.largeThreads} threads) | ${large.largeArticlesPerSecond} articles/s, ${large.largeArticlesPerSecondPerThread} per thread; ${large.largeFileMegabytes} MB | ≥ 1,500 per core |`,
  );
  console.log(
    `| a corpus of ${large.openArticles} articles opened by ?corpus= | ${large.openArticlesPerSecond} articles/s | |`,
  );
  console.log(
    `| returning visit with it: map drawn, min / median / max of 3 | ${spread(large.reopenCorpusMapMs)} ms | ≤ 1,500 |`,
  );
  console.log(`| the services worker's heap with it loaded | ${large.workerHeapMegabytes} MB | stated |\n`);
}
console.log(
  JSON.stringify({ ...parse, ...matching, ...network, ...aggregates100k, ...db, ...load, ...reopen, ...large }),
);
