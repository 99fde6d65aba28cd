import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { exportCsv, waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject("baseUrl");
  ({ context, page } = await openPage(browser, `${base}?view=data&lang=en`));
  await waitForCounts(page, { articles: 9, meetings: 7 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function downloaded(testId: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  return readFile(await download.path());
}

test("PNG and SVG carry the title, the filters, the source and the date above the whole chart", async () => {
  await page.goto(`${base}?view=provinces&province=江苏&lang=en`);
  await page.locator("[data-testid='chart-provinces-ranking'][data-rendered='true']").waitFor();
  const box = (await page.getByTestId("chart-provinces-ranking").boundingBox())!;

  const png = await downloaded("png-provinces-ranking");
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  // Twice the chart's pixels, and taller than the chart by the header.
  expect(width).toBe(Math.round(box.width) * 2);
  expect(height).toBeGreaterThan(Math.round(box.height) * 2 + 100);
  expect(png.length).toBeGreaterThan(10_000);

  const svg = (await downloaded("svg-provinces-ranking")).toString("utf8");
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  expect(texts.slice(0, 3)).toEqual([
    "Ranking",
    "Filters: Province: Jiangsu",
    expect.stringMatching(/^Tifa · 9 articles · exported \d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
  ]);
  // The chart itself is in the SVG, below the header: its bars and its axis labels.
  expect(texts).toContain("Jiangsu");
});

test("a CSV names the chart, its filters and the export time on its first line", async () => {
  await page.goto(`${base}?view=phrases&province=江苏&lang=en`);
  await page.locator("[data-testid='chart-phrase-ranking'][data-rendered='true']").waitFor();
  const lines = (await exportCsv(page, "phrase-ranking")).split("\r\n");
  expect(lines[0]).toMatch(
    /^\ufeff# Tifa export · Recurring formulations · filters: Province: Jiangsu · \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
  );
  expect(lines[1]?.startsWith("Phrase,Articles,Provinces,First")).toBe(true);
});
