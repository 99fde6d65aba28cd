/**
 * Cold load of the built app with the bundled seeds: time from navigation until the province map
 * has rendered meetings, in a fresh browser profile (first visit: seed import included) and on a
 * second visit (data already in IndexedDB). Also the initial JavaScript + CSS, gzip, and the
 * compressed bytes a cold first visit transfers before the map is drawn (test/e2e/first-view.ts).
 * Prints human lines and, last, one JSON object of figures.
 */
import { preview } from "vite";
import { launchBrowser } from "../e2e/browser";
import { measureBundle } from "../../scripts/check-bundle";
import { measureFirstView } from "../e2e/first-view";

const RUNS = 3;

const server = await preview({ preview: { port: 4390, strictPort: false, host: "127.0.0.1" }, logLevel: "silent" });
const url = `${server.resolvedUrls!.local[0]!}?view=provinces`;
const browser = await launchBrowser();

async function timeToMap(context: Awaited<ReturnType<typeof browser.newContext>>): Promise<number> {
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor({ timeout: 30000 });
  const elapsed = Date.now() - start;
  await page.close();
  return elapsed;
}

const first: number[] = [];
const repeat: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  first.push(await timeToMap(context));
  repeat.push(await timeToMap(context));
  await context.close();
}
const firstViewBytes: number[] = [];
for (let i = 0; i < RUNS; i++) firstViewBytes.push((await measureFirstView(browser, url)).bytes);
await browser.close();
await server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bundle = measureBundle();
const figures = {
  coldLoadToMapMs: median(first),
  warmLoadToMapMs: median(repeat),
  initialJsCssGzipKb: Math.round(bundle.initialGzipBytes / 102.4) / 10,
  lazyChunks: bundle.lazyChunks,
  firstViewKb: Math.round(median(firstViewBytes) / 102.4) / 10,
};
console.log(
  `map rendered, first visit (seed import included): median ${figures.coldLoadToMapMs} ms of ${first.join(", ")}`,
);
console.log(`map rendered, second visit: median ${figures.warmLoadToMapMs} ms of ${repeat.join(", ")}`);
console.log(`initial JS + CSS: ${figures.initialJsCssGzipKb} kB gzip; ${figures.lazyChunks} chunks on demand`);
console.log(
  `bytes before the map is drawn, cold first visit (service worker off): ${figures.firstViewKb} kB (${firstViewBytes.join(", ")} bytes)`,
);
console.log(JSON.stringify(figures));
