/**
 * How long the analysis file and the data export take, and whether the page stalls meanwhile,
 * with N generated reports (default 2,000) on top of the bundled articles, in headless Chromium:
 * `npx vite build --outDir DIR && TIFA_DIST=DIR npx tsx scripts/analysis-measure.mts [N]`.
 *
 * Measured on the project's 2-core machine, 2026-11-27, 5,000 reports (5,009 articles): export
 * .tifa 0.3–1.0 s (2.5 MB), JSON 0.7–1.0 s (10.1 MB), CSV zip 1.2–2.6 s (0.74 MB), each with no
 * main-thread task over 50 ms but one of 83 ms; opening the file 14–16 s (every document parsed
 * again in the worker), no main-thread task while it runs, 90–300 ms when the saved view draws.
 */
import { readFileSync, statSync } from "node:fs";
import { preview } from "vite";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/browser";

const N = Number(process.argv[2] ?? 2000);
const PROVINCES = ["河南省", "河北省", "山西省", "湖南省", "广东省", "四川省", "云南省", "陕西省"];
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
const GIVEN = "建国明华军伟强磊洋勇艳杰娟涛斌超";
const name = (i: number) => `${SURNAMES[i % 20]}${GIVEN[(i * 7) % 15]}${GIVEN[(i * 11) % 15]}`;
const report = (i: number) =>
  `${(i % 12) + 1}月${(i % 27) + 1}日,${PROVINCES[i % 8]}民政厅召开党组会议,厅党组书记、厅长${name(i)}主持会议并讲话,` +
  `副厅长${name(i + 3)}出席会议。会议传达学习全国两会精神,强调要坚定拥护“两个确立”、坚决做到“两个维护”,` +
  `以“第${i % 40}号”工作为抓手,研究部署今年重点工作(第${i}次)。`;

const server = await preview({
  build: { outDir: process.env.TIFA_DIST ?? "dist" },
  preview: { port: 4394, strictPort: false, host: "127.0.0.1" },
  logLevel: "silent",
});
const base = server.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
const page = await context.newPage();
await page.addInitScript(() => {
  const w = window as unknown as { longest: number };
  w.longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
  }).observe({ type: "longtask", buffered: false });
});
await page.goto(`${base}?view=data&lang=en`);
const count = (key: string) => page.getByTestId(`count-${key}`).textContent();
await page.waitForFunction(() => document.querySelector('[data-testid="count-articles"]')?.textContent === "9");

const started = Date.now();
for (let at = 0; at < N; at += 500) {
  const files = Array.from({ length: Math.min(500, N - at) }, (_, k) => ({
    name: `r${at + k}.txt`,
    mimeType: "text/plain",
    buffer: Buffer.from(report(at + k)),
  }));
  const input = page.getByTestId("import-input");
  await input.setInputFiles(files);
  // The input is disabled while an import runs.
  await page.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="import-input"]')?.disabled);
  await page.waitForFunction(
    () => !document.querySelector<HTMLInputElement>('[data-testid="import-input"]')?.disabled,
    null,
    { timeout: 300_000 },
  );
  console.log(await page.getByTestId("import-summary").textContent());
}
console.log(
  `imported ${N} reports in ${((Date.now() - started) / 1000).toFixed(1)} s: ${await count("articles")} articles`,
);

/** Runs an action, returning how long it took and the longest main-thread task meanwhile. */
async function timed<T>(p: Page, action: () => Promise<T>): Promise<{ value: T; ms: number; longest: number }> {
  await p.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
  const t = Date.now();
  const value = await action();
  const ms = Date.now() - t;
  return { value, ms, longest: await p.evaluate(() => (window as unknown as { longest: number }).longest) };
}
const download = async (testId: string) => {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return (await file.path())!;
};

const tifa = await timed(page, () => download("analysis-export"));
console.log(
  `export .tifa: ${tifa.ms} ms, ${(statSync(tifa.value).size / 1e6).toFixed(2)} MB, longest task ${tifa.longest.toFixed(0)} ms`,
);
const json = await timed(page, () => download("data-export-json"));
console.log(
  `export JSON: ${json.ms} ms, ${(statSync(json.value).size / 1e6).toFixed(2)} MB, longest task ${json.longest.toFixed(0)} ms`,
);
const zip = await timed(page, () => download("data-export-csv"));
console.log(
  `export CSV zip: ${zip.ms} ms, ${(statSync(zip.value).size / 1e6).toFixed(2)} MB, longest task ${zip.longest.toFixed(0)} ms`,
);

const articles = await count("articles");
// Choosing the file (Playwright builds it in the page) and checking it come first; the opening is timed.
await page.getByTestId("analysis-open-input").setInputFiles({
  name: "measure.tifa",
  mimeType: "application/octet-stream",
  buffer: readFileSync(tifa.value),
});
await page.getByTestId("analysis-open-confirm").waitFor({ timeout: 60_000 });
const opened = await timed(page, async () => {
  await page.getByTestId("analysis-open-confirm").click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get("view") !== "data", null, {
    timeout: 600_000,
  });
});
await page.goto(`${base}?view=data&lang=en`);
await page.waitForFunction(
  (want) => document.querySelector('[data-testid="count-articles"]')?.textContent === want,
  articles,
);
console.log(
  `open .tifa (confirmed → saved view): ${opened.ms} ms, longest task ${opened.longest.toFixed(0)} ms; ${articles} articles again`,
);
// The same file saved on the Data page: opening it shows no chart, so what stalls is the opening itself.
const onData = Buffer.from(readFileSync(tifa.value, "utf8").replace('"view":""', '"view":"?view=data"'));
await page.getByTestId("analysis-open-input").setInputFiles({
  name: "data.tifa",
  mimeType: "application/octet-stream",
  buffer: onData,
});
await page.getByTestId("analysis-open-confirm").waitFor({ timeout: 60_000 });
const quiet = await timed(page, async () => {
  await page.getByTestId("analysis-open-confirm").click();
  await page.getByTestId("analysis-message").waitFor({ timeout: 600_000 });
});
console.log(`open .tifa saved on the Data page: ${quiet.ms} ms, longest task ${quiet.longest.toFixed(0)} ms`);
const view = await timed(page, async () => {
  await page.getByTestId("nav-provinces").click();
  await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(1000);
});
console.log(`then showing the provinces view: ${view.ms} ms, longest task ${view.longest.toFixed(0)} ms`);
await browser.close();
await server.close();
