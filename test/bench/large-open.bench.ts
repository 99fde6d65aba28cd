/**
 * Opening a prebuilt corpus in the built app: LARGE_OPEN_ARTICLES synthetic articles (default
 * 20,000, 10 to a file) built with the corpus CLI's function, served beside the app and opened by
 * `?corpus=`, timed from the page's start to the Data page's result line; then opened again
 * (every document held: the download and the skip). Prints human lines and, last, one JSON
 * object of figures. `npx tsx test/bench/large-open.bench.ts` after a build (TIFA_DIST: its folder).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { preview } from "vite";
import { buildCorpus } from "../../src/cli/corpus-build";
import { launchBrowser } from "../e2e/browser";
import { corpusFiles } from "./corpus";

const ARTICLES = Number(process.env.LARGE_OPEN_ARTICLES ?? 20_000);
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
    }),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
