/**
 * Opening a prebuilt corpus in the built app: LARGE_OPEN_ARTICLES synthetic articles (default
 * 20,000, 10 to a file) built with the corpus CLI's function, served beside the app and opened by
 * `?corpus=`, timed from the page's start to the Data page's result line; then opened again
 * (every document held: the download and the skip). Then three returning visits to the map,
 * each timed from the page's start to the drawn map and timeline, and the services worker's heap
 * once it has loaded the data (the Data page's counts shown). Prints human lines and, last, one JSON object of figures.
 * `npx tsx test/bench/large-open.bench.ts` after a build (TIFA_DIST: its folder).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { preview } from "vite";
import { buildCorpus } from "../../src/cli/corpus-build";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../e2e/browser";
import { corpusFiles } from "./corpus";
import { drawnAt, recordDrawnCharts, spread } from "./drawn-at";

const ARTICLES = Number(process.env.LARGE_OPEN_ARTICLES ?? 20_000);
const VISITS = 3;

/** The heap the page's services worker uses (DevTools protocol: Runtime.getHeapUsage on the worker's target). */
async function workerHeapBytes(context: BrowserContext, page: Page): Promise<number | null> {
  type Attached = { sessionId: string; targetInfo: { type: string; url: string } };
  const cdp = await context.newCDPSession(page);
  const attached: Attached[] = [];
  let reply: ((message: string) => void) | null = null;
  cdp.on("Target.attachedToTarget", (event) => void attached.push(event as Attached));
  cdp.on("Target.receivedMessageFromTarget", (event) => reply?.((event as { message: string }).message));
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await page.waitForTimeout(500);
  const worker = attached.find((a) => a.targetInfo.type === "worker" && a.targetInfo.url.includes("tifa.worker"));
  if (!worker) return null;
  const answer = new Promise<string>((resolve) => (reply = resolve));
  await cdp.send("Target.sendMessageToTarget", {
    sessionId: worker.sessionId,
    message: JSON.stringify({ id: 1, method: "Runtime.getHeapUsage" }),
  });
  const { result } = JSON.parse(await answer) as { result: { usedSize: number } };
  await cdp.detach();
  return result.usedSize;
}
const root = mkdtempSync(join(tmpdir(), "tifa-large-open-"));
try {
  const tree = join(root, "reports");
  mkdirSync(tree);
  for (const file of corpusFiles(ARTICLES, 13, 10)) writeFileSync(join(tree, file.name), file.text);
  const out = join(root, "large.tifa-corpus");
  const built = await buildCorpus({ inputs: [tree], out });
  const corpus = readFileSync(out);
  console.log(
    `built ${built.header?.articles} articles (${(corpus.length / 1024 / 1024).toFixed(1)} MB) in ${built.seconds.toFixed(1)} s`,
  );

  const server = await preview({
    build: { outDir: process.env.TIFA_DIST ?? "dist" },
    preview: { port: 4395, strictPort: false, host: "127.0.0.1" },
    logLevel: "silent",
  });
  const browser = await launchBrowser();
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 860 } });
  await context.route(
    (url) => url.pathname === "/corpora/large.tifa-corpus",
    (route) => route.fulfill({ status: 200, body: corpus }),
  );
  const open = async () => {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.resolvedUrls!.local[0]!}?view=data&lang=en&corpus=/corpora/large.tifa-corpus`);
    // The counts show once the worker has opened the database (and loaded what it holds).
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="count-articles"]')?.textContent) > 0,
      null,
      {
        timeout: 60 * 60 * 1000,
        polling: 100,
      },
    );
    const countsMs = Date.now() - started;
    await page.getByTestId("corpus-result").waitFor({ timeout: 60 * 60 * 1000 });
    const ms = Date.now() - started;
    const text = (await page.getByTestId("corpus-result").textContent()) ?? "";
    await page.close();
    return { ms, countsMs, text };
  };
  const first = await open();
  console.log(`opened by ?corpus= in ${(first.ms / 1000).toFixed(1)} s: ${first.text}`);
  const again = await open();
  console.log(
    `opened again (all held) in ${(again.ms / 1000).toFixed(1)} s, of which ${(again.countsMs / 1000).toFixed(1)} s ` +
      `before the database's counts showed: ${again.text}`,
  );
  await recordDrawnCharts(context);
  const mapMs: number[] = [];
  const timelineMs: number[] = [];
  let heap: number | null = null;
  for (let visit = 0; visit < VISITS; visit++) {
    const page = await context.newPage();
    await page.goto(`${server.resolvedUrls!.local[0]!}?lang=zh`);
    mapMs.push(await drawnAt(page, "chart-provinces-map"));
    timelineMs.push(await drawnAt(page, "chart-provinces-timeline"));
    await page.close();
  }
  // The map and the timeline are drawn from stored counts; the Data page's counts are the worker's.
  const loaded = await context.newPage();
  await loaded.goto(`${server.resolvedUrls!.local[0]!}?view=data&lang=zh`);
  await loaded.waitForFunction(
    (n) => Number(document.querySelector('[data-testid="count-articles"]')?.textContent ?? 0) >= n,
    built.header?.articles ?? 0,
    { timeout: 10 * 60 * 1000, polling: 200 },
  );
  heap = await workerHeapBytes(context, loaded);
  await loaded.close();
  const heapMegabytes = heap === null ? null : Math.round(heap / 1024 / 1024);
  console.log(`returning visits, map drawn: ${mapMs.join(", ")} ms; timeline drawn: ${timelineMs.join(", ")} ms`);
  console.log(`the services worker's heap with the data loaded: ${heapMegabytes ?? "unknown"} MB`);
  await browser.close();
  await server.close();
  const articles = built.header?.articles ?? 0;
  console.log(
    JSON.stringify({
      openArticles: articles,
      openCorpusMegabytes: Math.round((corpus.length / 1024 / 1024) * 10) / 10,
      openFirstMs: first.ms,
      openArticlesPerSecond: Math.round(articles / (first.ms / 1000)),
      openAgainMs: again.ms,
      openAgainCountsShownMs: again.countsMs,
      reopenCorpusMapMs: spread(mapMs),
      reopenCorpusTimelineMs: spread(timelineMs),
      workerHeapMegabytes: heapMegabytes,
    }),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
