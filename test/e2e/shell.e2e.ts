import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, openPage } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("the built app starts without errors", async () => {
  const { context, page, errors } = await openPage(browser, inject("baseUrl"));
  await page.waitForSelector("main");
  expect(await page.title()).toContain("Tifa");
  expect(errors).toEqual([]);
  await context.close();
});
