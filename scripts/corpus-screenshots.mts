/**
 * Screenshots of a prebuilt corpus opened in the built app: the import bar while it opens (with
 * articles/s), the Data page once it has, and the problem told above the map for an address that
 * is not there. `npx tsx scripts/corpus-screenshots.mts [dist folder]` (default `dist/`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { preview } from "vite";
import { buildCorpus } from "../src/cli/corpus-build";
import { launchBrowser } from "../test/e2e/browser";
import { corpusFiles } from "../test/bench/corpus";

const root = mkdtempSync(join(tmpdir(), "tifa-corpus-shots-"));
const tree = join(root, "team-reports");
mkdirSync(tree);
for (const file of corpusFiles(6000, 21, 10)) writeFileSync(join(tree, file.name), file.text);
const out = join(root, "team.tifa-corpus");
await buildCorpus({ inputs: [tree], out });
const corpus = readFileSync(out);

const server = await preview({
  build: { outDir: process.argv[2] ?? "dist" },
  preview: { port: 4396, strictPort: false, host: "127.0.0.1" },
  logLevel: "silent",
});
const base = server.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const context = await browser.newContext({
  viewport: { width: 1280, height: 860 },
  deviceScaleFactor: 1,
  serviceWorkers: "block",
});
await context.route(
  (url) => url.pathname.startsWith("/corpora/"),
  (route) =>
    route.request().url().endsWith("/team.tifa-corpus")
      ? route.fulfill({ status: 200, body: corpus })
      : route.fulfill({ status: 404, body: "not found" }),
);
const page = await context.newPage();
const shot = async (name: string, fullPage = false) => {
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage });
  console.log(`docs/screenshots/${name}.png`);
};

await page.goto(`${base}?view=provinces&lang=zh&corpus=corpora/team.tifa-corpus`);
await page.waitForFunction(
  () => /每秒/.test(document.querySelector('[data-testid="seed-progress"]')?.textContent ?? ""),
  null,
  { timeout: 120_000, polling: 100 },
);
await shot("corpus-opening-desktop-zh");
await page.goto(`${base}?view=data&lang=en&corpus=corpora/team.tifa-corpus`);
await page.getByTestId("corpus-result").waitFor({ timeout: 120_000 });
await page.waitForTimeout(800);
await shot("data-corpus-desktop-en", true);
await page.goto(`${base}?view=provinces&lang=en&corpus=corpora/missing.tifa-corpus`);
await page.getByTestId("corpus-problem").waitFor({ timeout: 60_000 });
await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor({ timeout: 60_000 });
await page.waitForTimeout(800);
await shot("corpus-problem-desktop-en");

await browser.close();
await server.close();
rmSync(root, { recursive: true, force: true });
