import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { waitForCounts } from "./helpers";

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

test("a chart is reached by Tab, arrows move through its bars with their tooltip, Enter selects", async () => {
  await page.goto(`${base}?view=provinces&lang=en`);
  const chart = page.getByTestId("chart-provinces-ranking");
  await page.locator("[data-testid='chart-provinces-ranking'][data-rendered='true']").waitFor();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await chart.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  // The chart is drawn on a canvas: the only text in it is the tooltip the arrow key opens.
  expect(await chart.evaluate((el) => el.textContent ?? "")).toBe("");
  await page.keyboard.press("ArrowRight");
  await expect
    .poll(() => chart.evaluate((el) => el.textContent ?? ""))
    .toMatch(/Jiangsu|Shandong|Chongqing|Hubei|Jilin|Zhejiang/);
  await page.keyboard.press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.getAll("province").length).toBe(1);
});
