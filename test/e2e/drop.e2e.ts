import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
const parsingWorkers = () => page.workers().filter((w) => w.url().includes("parse.worker")).length;
let parsingWorkersAfterSeeds = -1;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page } = await openPage(browser, `${inject("baseUrl")}?view=data&lang=en`));
  await waitForCounts(page, { documents: 5, articles: 9 });
  parsingWorkersAfterSeeds = parsingWorkers();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

test("dropping 500 files never blocks the page for more than 50 ms", async () => {
  // The files are made first, in a task of the test's own; the drop and the import are what is measured.
  await page.evaluate(() => {
    const data = new DataTransfer();
    for (let i = 0; i < 500; i++) {
      const text = `${(i % 12) + 1}月${(i % 27) + 1}日,河南省民政厅召开第${i + 1}次工作会议,厅长王建国主持会议并讲话。会议研究部署了今年的重点工作。`;
      data.items.add(new File([text], `drop-${i}.txt`, { type: "text/plain" }));
    }
    (window as unknown as { dropped: DataTransfer }).dropped = data;
  });
  const longest = await page.evaluate(async () => {
    const data = (window as unknown as { dropped: DataTransfer }).dropped;
    let worst = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) worst = Math.max(worst, entry.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
    const main = document.querySelector("main")!;
    setTimeout(() =>
      main.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true })),
    );
    const done = () => document.querySelectorAll('[data-testid="import-results"] li').length === 500;
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));
    // Long tasks are reported after they end: give the last one time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    return worst;
  });
  await waitForCounts(page, { documents: 505, articles: 509 });
  expect(longest).toBeLessThanOrEqual(50);
});

test("a drop on the data page adds no history entry: Back leaves the page, not the same page again", async () => {
  const before = await page.evaluate(() => history.length);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(["5月6日,河南省民政厅召开工作会议。"], "again.txt", { type: "text/plain" }));
    document.querySelector("main")!.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true }));
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="import-results"] li').length === 1);
  expect(await page.evaluate(() => history.length)).toBe(before);
  expect(new URL(page.url()).searchParams.get("view")).toBe("data");
});

test("the bundled articles are parsed in the services' worker, and the 500 files in a pool of parsing workers", () => {
  expect(parsingWorkersAfterSeeds).toBe(0);
  expect(parsingWorkers()).toBeGreaterThanOrEqual(2);
});
