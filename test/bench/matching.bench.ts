/**
 * Parse + matching per 10,000 articles as the corpus grows, in Node: each file is parsed and
 * its rows derived against everything imported before (the worker's in-memory dataset, no
 * IndexedDB), as an import does. Matching one article must cost the same at any size.
 * Prints human lines and, last, one JSON object of figures.
 */
import { DatasetStore } from "../../src/analytics/dataset-store";
import { deriveRows } from "../../src/db/derive";
import { parseText } from "../../src/ingest";
import { corpusFiles } from "./corpus";

const TOTAL = Number(process.env.MATCHING_ARTICLES ?? 100_000);
const WINDOW = 10_000;

// Warm-up, not counted: the JIT and the OpenCC dictionary.
for (const file of corpusFiles(2_000, 99)) parseText(file.text, { fileName: file.name });

const store = new DatasetStore();
let articles = 0;
let windowStart = performance.now();
const windows: number[] = [];
let fileIndex = 0;
for (const file of corpusFiles(TOTAL, 3)) {
  const parsed = parseText(file.text, { fileName: file.name });
  const documentId = (fileIndex++).toString(16).padStart(16, "0").padEnd(64, "0");
  store.apply(deriveRows(documentId, file.name, parsed, store));
  const before = articles;
  articles += parsed.length;
  if (Math.floor(articles / WINDOW) > Math.floor(before / WINDOW)) {
    windows.push(performance.now() - windowStart);
    windowStart = performance.now();
  }
}

const first = windows[0]!;
const last = windows.at(-1)!;
const figures = {
  parseMatchFirst10kMs: Math.round(first),
  parseMatchLast10kMs: Math.round(last),
  parseMatchGrowth: Math.round((last / first) * 100) / 100,
  parseMatchMeetings: store.current().meetings.length,
};
console.log(
  `parse + matching per ${WINDOW.toLocaleString("en")} articles: ${figures.parseMatchFirst10kMs} ms at 0–10k, ${figures.parseMatchLast10kMs} ms at ${(TOTAL - WINDOW) / 1000}–${TOTAL / 1000}k (${figures.parseMatchGrowth}×), ${figures.parseMatchMeetings} meetings`,
);
console.log(JSON.stringify(figures));
