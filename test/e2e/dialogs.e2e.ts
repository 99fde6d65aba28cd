/** Esc closes every dialog, and focus goes back to the button that opened it. */
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
  ({ context, page, errors } = await openPage(browser, `${base}?view=data&lang=en`));
  await waitForCounts(page, { articles: 9, meetings: 7 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);

test("the embed dialog takes focus, keeps it on Tab, and closes on Esc", async () => {
  await page.goto(`${base}?view=network&lang=en`);
  await page.getByTestId("embed-button").click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await focusedTestId()).toBe("embed-button");
});

test("the clear question closes on Esc and deletes nothing", async () => {
  await page.goto(`${base}?view=data&lang=en`);
  await waitForCounts(page, { articles: 9 });
  const before = await counts(page);
  await page.getByTestId("clear-button").click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  await page.keyboard.press("Escape");
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await focusedTestId()).toBe("clear-button");
  expect(await counts(page)).toEqual(before);
});

test("no page errors", () => {
  expect(errors).toEqual([]);
});
