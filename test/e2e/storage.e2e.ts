import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { tableRows } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("storage full before the first visit: a plain message, and the dashboard works from memory", async () => {
  const base = inject("baseUrl");
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "en-GB" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(base).origin, quotaSize: 20_000 });

  await page.goto(`${base}?view=provinces&lang=en`);
  await expect
    .poll(() => page.getByTestId("storage-full").textContent(), { timeout: 30_000 })
    .toContain("This browser's storage for this site is full");
  await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
  expect(await tableRows(page, "provinces-map")).toHaveLength(6);
  expect(errors).toEqual([]);
  await context.close();
});
