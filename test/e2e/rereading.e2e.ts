/**
 * A visit after a parser update: the stored files are read again before anything else, the bar
 * says so while it runs, and every article is there afterwards.
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { counts, waitForCounts } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "建国明华伟强军平文辉";

/** One report per file, each with its own meeting, official and day. */
function reports(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const name = `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 10]}${GIVEN[(i + 3) % 10]}`;
    const text = `${(i % 12) + 1}月${(i % 27) + 1}日,湖南省交通运输厅召开第${i + 1}次重读专题会议,厅长${name}主持会议并讲话。会议研究部署了今年的重点工作。`;
    return { name: `reread-${i}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) };
  });
}

test("after a parser update the bar says the stored files are read again, and every article is still there", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  await waitForCounts(page, { documents: 5, articles: 9 });
  await page.getByTestId("import-input").setInputFiles(reports(400));
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
