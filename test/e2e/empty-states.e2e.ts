/**
 * An empty view says why: no articles at all (after "Clear all", with the bundled articles a
 * click away), or filters that match nothing (with a word on data living in each browser).
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { counts, waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject("baseUrl");
  ({ context, page, errors } = await openPage(browser, "about:blank"));
  // Whether the empty-database banner ever shows, even for a moment.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="empty-database"]')) sessionStorage.setItem("bannerSeen", "1");
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${base}?view=data&lang=en`);
  await waitForCounts(page, { articles: 9, meetings: 7 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

test("a first visit, whose database is empty until the bundled articles are in, never shows the banner", async () => {
  expect(await page.evaluate(() => sessionStorage.getItem("bannerSeen"))).toBeNull();
});

test("filters that match nothing say so, say where data lives, and clear with one click", async () => {
  await page.goto(`${base}?view=network&lang=en&province=${encodeURIComponent("西藏")}`);
  const empty = page.getByTestId("frame-network").getByTestId("empty-state");
  await empty.waitFor();
  expect(await empty.locator("p").first().textContent()).toBe("No data for these filters.");
  expect(await empty.getByTestId("empty-elsewhere").textContent()).toContain("Data lives in each browser");
  await empty.getByTestId("empty-clear-filters").click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll("province")).toEqual([]);
  await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
});

test("after Clear all every view says there are no articles, and one click brings the bundled ones back", async () => {
  await page.goto(`${base}?view=data&lang=en`);
  await waitForCounts(page, { articles: 9 });
  const before = await counts(page);
  await page.getByTestId("clear-button").click();
  await page.getByTestId("clear-confirm").click();
  await waitForCounts(page, { articles: 0, meetings: 0 });
  await page.getByTestId("empty-database").waitFor();

  for (const view of ["provinces", "network", "phrases", "articles"]) {
    await page.goto(`${base}?view=${view}&lang=en`);
    await page.getByTestId("empty-database").waitFor();
    await expect.poll(() => page.getByTestId("empty-state").first().textContent()).toBe("No articles yet.");
  }
  await page.goto(`${base}?view=provinces&lang=zh`);
  expect(await page.getByTestId("empty-database").textContent()).toContain("这个浏览器里没有文章");

  // The bundled articles do not come back by themselves on a reload …
  await page.reload();
  await page.getByTestId("empty-database").waitFor();
  // … but on request.
  await page.getByTestId("bring-back-seeds").click();
  await page.getByTestId("empty-database").waitFor({ state: "detached" });
  await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
  await page.goto(`${base}?view=data&lang=en`);
  await waitForCounts(page, { articles: 9, meetings: 7 });
  expect(await counts(page)).toEqual(before);
  await page.reload();
  await waitForCounts(page, { articles: 9, meetings: 7 });
  expect(await page.getByTestId("empty-database").count()).toBe(0);
});

test("no page errors", () => {
  expect(errors).toEqual([]);
});
