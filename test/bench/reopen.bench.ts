/**
 * Reopening the built app with a large database: imports REOPEN_ARTICLES generated articles
 * (default 20,000) through the Data page, then opens the map view again three times and times
 * the drawn map (from the counts stored at the last change) and the drawn timeline (which needs
 * the worker to have loaded the whole dataset, as the map did before), each from the page's start. Prints human lines and,
 * last, one JSON object of figures. `npx tsx test/bench/reopen.bench.ts` after `npm run build`.
 */
import { preview } from "vite";
import { launchBrowser } from "../e2e/browser";
import { corpusFiles } from "./corpus";
import { drawnAt, recordDrawnCharts, spread } from "./drawn-at";

const ARTICLES = Number(process.env.REOPEN_ARTICLES ?? 20_000);
const PER_FILE = 40;
const FILES_PER_DROP = 100;
const RUNS = 3;
const IDLE_SECONDS = Number(process.env.REOPEN_IDLE_SECONDS ?? 30);

const server = await preview({
  preview: { port: 4394, strictPort: false, host: "127.0.0.1" },
  ...(process.env.TIFA_DIST ? { build: { outDir: process.env.TIFA_DIST } } : {}),
  logLevel: "silent",
});
const base = server.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 860 } });
const page = await context.newPage();
await page.goto(`${base}?view=data&lang=zh`);
const articleCount = () => page.getByTestId("count-articles").textContent();
await page.waitForFunction(() => document.querySelector('[data-testid="count-articles"]')?.textContent === "9");

const started = Date.now();
let imported = 9;
let batch: { name: string; mimeType: string; buffer: Buffer }[] = [];
const drop = async () => {
  await page.getByTestId("import-input").setInputFiles(batch);
  imported += batch.length * PER_FILE;
  await page.waitForFunction(
    (want) => Number(document.querySelector('[data-testid="count-articles"]')?.textContent ?? 0) >= want,
    imported,
    { timeout: 30 * 60 * 1000, polling: 500 },
  );
  batch = [];
};
for (const file of corpusFiles(ARTICLES, 7, PER_FILE)) {
  batch.push({ name: file.name, mimeType: "text/markdown", buffer: Buffer.from(file.text) });
  if (batch.length === FILES_PER_DROP) await drop();
}
if (batch.length) await drop();
const importSeconds = (Date.now() - started) / 1000;
console.log(`imported ${await articleCount()} articles through the Data page in ${importSeconds.toFixed(0)} s`);
// The worker stores the snapshot once the data has stopped changing: the visits below read it.
const snapshotStarted = Date.now();
await page.waitForFunction(
  () =>
    new Promise<boolean>((resolve) => {
      const open = indexedDB.open("tifa");
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const tx = open.result.transaction(["meta", "snapshot"]);
        const revision = tx.objectStore("meta").get("revision");
        const stamp = tx.objectStore("snapshot").get("stamp");
        tx.oncomplete = () => {
          open.result.close();
          const value = stamp.result as { value?: { revision?: string } } | undefined;
          resolve(value?.value?.revision === (revision.result as { value?: string } | undefined)?.value);
        };
        tx.onerror = () => resolve(false);
      };
    }),
  null,
  { timeout: 5 * 60 * 1000, polling: 500 },
);
console.log(`snapshot stored ${((Date.now() - snapshotStarted) / 1000).toFixed(1)} s after the last import`);
await page.close();
// A return comes later: the browser's own storage work after a large import (compacting its
// files) is left to finish, as it would be by then. REOPEN_IDLE_SECONDS=0 reopens at once.
await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));

await recordDrawnCharts(context);
const mapMs: number[] = [];
const timelineMs: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const again = await context.newPage();
  await again.goto(`${base}?lang=zh`);
  mapMs.push(await drawnAt(again, "chart-provinces-map"));
  timelineMs.push(await drawnAt(again, "chart-provinces-timeline"));
  await again.close();
}
await browser.close();
await server.close();

const figures = {
  reopenArticles: ARTICLES + 9,
  reopenImportPerSecond: Math.round(ARTICLES / importSeconds),
  reopenMapMs: spread(mapMs),
  reopenTimelineMs: spread(timelineMs),
};
console.log(`reopening with ${figures.reopenArticles} articles, map drawn: ${mapMs.join(", ")} ms`);
console.log(`the same, timeline drawn: ${timelineMs.join(", ")} ms`);
console.log(JSON.stringify(figures));
