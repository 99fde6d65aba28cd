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

test("the trend and the spread say how many reports they leave out, and open the list of them", async () => {
  await page.goto(`${base}?view=phrases&focusPhrase=两个确立&lang=en`);
  const trends = page.getByTestId("undated-phrase-trends");
  await expect.poll(() => trends.textContent()).toContain("reports not shown: no date, or no year");
  const spread = page.getByTestId("undated-phrase-spread");
  await expect.poll(() => spread.textContent()).toContain("2 reports not shown: no date, or no year");
  await page.getByTestId("undated-open-phrase-spread").click();
  await page.getByTestId("article-list").waitFor();
  const url = new URL(page.url());
  expect([url.searchParams.get("view"), url.searchParams.get("phrase"), url.searchParams.get("dating")]).toEqual([
    "articles",
    "两个确立",
    "undated",
  ]);
  await expect.poll(() => page.getByTestId("article-list").locator("li").count()).toBe(2);
});

test("the trends switch between counts and per 1,000 articles of the month", async () => {
  await page.goto(`${base}?view=phrases&lang=zh`);
  const share = page.getByTestId("trend-scale-share");
  await share.click();
  expect(await share.getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByTestId("trend-scale-count").getAttribute("aria-pressed")).toBe("false");
  await page.locator("[data-testid='chart-phrase-trends'][data-rendered='true']").waitFor();
});
