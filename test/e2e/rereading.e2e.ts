/**
 * A visit after a parser update: the stored files are read again before anything else, the bar
 * says so while it runs, and every article is there afterwards.
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { counts, reportFiles, waitForCounts } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("after a parser update the bar says the stored files are read again, and every article is still there", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  await waitForCounts(page, { documents: 5, articles: 9 });
  await page.getByTestId("import-input").setInputFiles(reportFiles(400, "重读"));
  await waitForCounts(page, { documents: 405, articles: 409 });
  const before = await counts(page);
  // What a stored database looks like to a newer parser.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("tifa");
        open.onsuccess = () => {
          const tx = open.result.transaction("meta", "readwrite");
          tx.objectStore("meta").put({ key: "parserVersion", value: "an older parser" });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.close();

  const again = await context.newPage();
  // Every text the bar shows, from the page's first moment.
  await again.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { barTexts: string[] }).barTexts = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="seed-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await again.goto(`${inject("baseUrl")}?view=data&lang=en`);
  await waitForCounts(again, { documents: 405, articles: 409 });
  expect(await counts(again)).toEqual(before);
  const texts = await again.evaluate(() => (window as unknown as { barTexts: string[] }).barTexts);
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.every((t) => /^The parser was updated: reading the stored files again (\d+|…)\/(405|…)$/.test(t))).toBe(
    true,
  );
  await expect.poll(() => again.getByTestId("seed-progress").count()).toBe(0);
  await context.close();
});
