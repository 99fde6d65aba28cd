/**
 * Imported documents are untrusted text. Reports whose names, titles and quoted formulations are
 * markup, chart templates or the names of Object.prototype's own keys go through every view, the
 * charts hovered, every phrase and person focused, every table exported: nothing may throw, log
 * an error, or put markup on the page. The probe checks behaviour, not which phrases the parser
 * keeps (it may refuse some of these as formulations).
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { exportCsv, hoverChart, injectionSigns, tableRows, waitForCounts, watchForInjection } from "./helpers";

const MARKUP = "<img src=x onerror=window.__pwned=1>";
const HOSTILE = [
  "<img src=x onerror=__pwned=1>",
  "{b}{c}{a}模板",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "month",
  "=HYPERLINK(1)",
];
const LONG_QUOTE = "长".repeat(10_000);

/** A realistic report whose headline and formulations are the hostile text. */
function report(day: number, hostile: string, others: readonly string[]): string {
  const quoted = others.map((p) => `“${p}”`).join("、");
  return [
    `河南省民政厅召开党组会议${hostile}`,
    `2024年3月${day}日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。` +
      `会议强调“${hostile}”,要坚持${quoted}。会议传达学习了全国两会精神,研究部署了今年的重点工作。`,
  ].join("\n");
}

const FILES = [
  ...HOSTILE.map((hostile, i) => ({
    name: `${hostile}.txt`,
    text: report(i + 1, hostile, HOSTILE.slice(0, 4)),
  })),
  { name: `${MARKUP}.md`, text: `# ${MARKUP}召开座谈会\n\n${report(20, MARKUP, HOSTILE.slice(4))}` },
  { name: "long-quote.txt", text: report(21, "两个确立", [LONG_QUOTE]) },
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let consoleErrors: string[];
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject("baseUrl");
  ({ context, page, errors } = await openPage(browser, "about:blank"));
  ({ consoleErrors } = await watchForInjection(page));
  await page.goto(`${base}?view=data&lang=en`);
  await waitForCounts(page, { articles: 9 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Nothing thrown, nothing logged as an error, no markup from a document on the page. */
async function expectClean(step: string): Promise<void> {
  expect({ step, errors, consoleErrors }).toEqual({ step, errors: [], consoleErrors: [] });
  expect({ step, ...(await injectionSigns(page)) }).toEqual({ step, signs: [], pwned: false });
}

/** Runs a step, then checks the page is clean: a chart that never draws fails with the page's errors, not a timeout. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } finally {
    await expectClean(name);
  }
}

/** A CSV cell a spreadsheet would run as a formula: unquoted or quoted, starting with = + - @. */
const FORMULA_CELL = /(^|,)"?[=+\-@\t\r]/m;

async function exportAll(ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    if ((await page.getByTestId(`frame-${id}`).getByRole("button", { name: "CSV", exact: true }).count()) === 0)
      continue;
    const csv = await exportCsv(page, id);
    expect(csv.startsWith("\ufeff"), id).toBe(true);
    const formulas = csv.split("\r\n").filter((line) => FORMULA_CELL.test(line));
    expect({ id, formulas }).toEqual({ id, formulas: [] });
  }
}

test("each crafted report gets a result line, imported or refused with a reason", async () => {
  await page
    .getByTestId("import-input")
    .setInputFiles(FILES.map((f) => ({ name: f.name, mimeType: "text/plain", buffer: Buffer.from(f.text) })));
  const lines = page.getByTestId("import-results").locator("li");
  await expect.poll(() => lines.count()).toBe(FILES.length);
  expect(await lines.evaluateAll((li) => li.map((l) => l.getAttribute("data-status")))).not.toContain("duplicate");
  expect(await page.getByTestId("import-results").locator('li[data-status="imported"]').count()).toBeGreaterThan(0);
  await expectClean("import");
});

test("the provinces view: map, ranking and timeline hovered and exported, by province and by type", async () => {
  await page.goto(`${base}?view=provinces&lang=en`);
  for (const id of ["provinces-map", "provinces-ranking", "provinces-timeline"]) await hoverChart(page, id);
  await page.getByRole("radio", { name: "By meeting type" }).check();
  await hoverChart(page, "provinces-timeline");
  await exportAll(["provinces-map", "provinces-ranking", "provinces-timeline"]);
  await expectClean("provinces");
});

test("the network: hovered, every person focused, exported", async () => {
  for (const lang of ["en", "zh"]) {
    await page.goto(`${base}?view=network&lang=${lang}`);
    await hoverChart(page, "network");
    const people = (await tableRows(page, "network")).map((r) => r[0] ?? "");
    expect(people.length).toBeGreaterThan(0);
    for (const [i] of people.entries()) {
      await page.getByTestId("table-network").locator("tbody tr").nth(i).getByRole("button").click();
      await page.getByTestId("person-panel").waitFor();
    }
    await page.getByTestId("table-toggle-network").click();
    await hoverChart(page, "network");
    await exportAll(["network"]);
    await expectClean(`network ${lang}`);
  }
}, 120_000);

/** Clicks along the legend at the top of a chart, toggling series on and off by their labels. */
async function clickLegend(id: string): Promise<void> {
  const chart = page.locator(`[data-testid="chart-${id}"][data-rendered="true"]`);
  if ((await chart.count()) === 0) return;
  const box = (await chart.boundingBox())!;
  for (let x = 0.1; x < 1; x += 0.1) await page.mouse.click(box.x + box.width * x, box.y + 10);
}

test("the phrases: every phrase focused with its trends hovered and their legend clicked", async () => {
  await page.goto(`${base}?view=phrases&lang=en`);
  const phrases = (await tableRows(page, "phrase-ranking")).map((r) => r[0] ?? "");
  expect(phrases.length).toBeGreaterThan(0);
  for (const [i, phrase] of phrases.entries()) {
    await step(`phrase ${JSON.stringify(phrase)}`, async () => {
      await page.getByTestId("table-phrase-ranking").locator("tbody tr").nth(i).getByRole("button").click();
      await expect.poll(() => new URL(page.url()).searchParams.get("focusPhrase")).toBe(phrase);
      await page.getByTestId("phrase-detail").waitFor();
      await hoverChart(page, "phrase-trends", 3);
      await clickLegend("phrase-trends");
    });
  }
}, 180_000);

test("the phrases in both languages: every chart hovered, every table exported without a live formula", async () => {
  for (const lang of ["en", "zh"]) {
    await step(`phrases ${lang}`, async () => {
      await page.goto(`${base}?view=phrases&lang=${lang}`);
      for (const id of ["phrase-ranking", "phrase-trends", "phrase-heatmap", "expressions"]) await hoverChart(page, id);
      await exportAll(["phrase-ranking", "phrase-trends", "phrase-heatmap", "expressions"]);
      // The trends keep their Month column whatever the phrases are called, under the export's comment line.
      const [comment, header] = (await exportCsv(page, "phrase-trends")).split("\r\n");
      expect(comment?.startsWith("\ufeff# Tifa export · ")).toBe(true);
      expect(header?.startsWith(lang === "en" ? "Month," : "月份,")).toBe(true);
    });
  }
  // One crafted phrase in detail: its spread hovered and exported.
  const crafted = (await tableRows(page, "phrase-ranking"))
    .map((r) => r[0] ?? "")
    .find((p) => !/[\u4e00-\u9fff]/.test(p));
  if (crafted) {
    await page.goto(`${base}?view=phrases&lang=en&focusPhrase=${encodeURIComponent(crafted)}`);
    await page.getByTestId("phrase-detail").waitFor();
    await hoverChart(page, "phrase-spread");
    await exportAll(["phrase-spread"]);
  }
  await expectClean("phrase detail");
}, 120_000);

test("the articles: every article opens in the reader, as text and as the original file", async () => {
  await page.goto(`${base}?view=articles&lang=en`);
  const list = page.getByTestId("article-list").locator("li > button");
  await expect.poll(() => list.count()).toBeGreaterThan(9);
  const count = await list.count();
  for (let i = 0; i < count; i++) {
    await page.getByTestId("article-list").locator("li > button").nth(i).click();
    await page.getByTestId("article-reader").waitFor();
    await page.getByTestId("raw-toggle").click();
    await page.getByTestId("raw-text").waitFor();
    await page.getByRole("button", { name: "Back to the list" }).click();
    await page.getByTestId("article-list").waitFor();
  }
  for (const q of ["模板", "__proto__", "<img"]) {
    await page.getByTestId("article-search").fill(q);
    await page.getByTestId("article-search").blur();
  }
  await expectClean("articles");
}, 120_000);

test("the data page lists the files by name, as text", async () => {
  await page.goto(`${base}?view=data&lang=zh`);
  await expect.poll(() => page.getByTestId("count-documents").textContent()).not.toBe("…");
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expectClean("data");
});
