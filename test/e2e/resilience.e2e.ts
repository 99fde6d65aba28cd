/**
 * Imports that meet the real world: the tab closed halfway, the disk full, two tabs at once.
 * Each file ends whole or absent; nothing is duplicated; what was there stays.
 */
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./browser";
import { counts, reportFiles, waitForCounts } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function dataPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  return page;
}

const asNumbers = (c: Record<string, string>) => ({ documents: Number(c.documents), articles: Number(c.articles) });

test("a page closed halfway through 200 files leaves each file whole or absent; importing again completes it", async () => {
  const context = await browser.newContext();
  let page = await dataPage(context);
  await waitForCounts(page, { documents: 5, articles: 9 });
  const files = reportFiles(200, "中断");
  await page.getByTestId("import-input").setInputFiles(files);
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-testid="seed-progress"]')?.textContent ?? "";
    const done = Number(/(\d+)\/200/.exec(text)?.[1] ?? 0);
    return done >= 60;
  });
  await page.close();

  page = await dataPage(context);
  await page.waitForFunction(() =>
    /^\d+$/.test(document.querySelector('[data-testid="count-documents"]')?.textContent ?? ""),
  );
  const afterClose = asNumbers(await counts(page));
  console.info(`closed halfway: ${afterClose.documents - 5} of 200 files stored`);
  expect(afterClose.documents).toBeGreaterThanOrEqual(5 + 40);
  expect(afterClose.documents).toBeLessThan(5 + 200);
  // One article per file: a file half-written would break this.
  expect(afterClose.articles - 9).toBe(afterClose.documents - 5);

  await page.getByTestId("import-input").setInputFiles(files);
  await waitForCounts(page, { documents: 205, articles: 209 });
  // The list renders its lines a hundred per task: read it once all 200 are there.
  const lines = page.getByTestId("import-results").locator("li");
  await expect.poll(() => lines.count()).toBe(200);
  const statuses = await lines.evaluateAll((items) => items.map((li) => li.getAttribute("data-status")));
  expect(statuses.filter((s) => s === "duplicate")).toHaveLength(afterClose.documents - 5);
  expect(statuses.filter((s) => s === "imported")).toHaveLength(205 - afterClose.documents);
  await context.close();
});

test("storage running out during an import: a clear message, nothing half-written, the earlier data intact", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Room for the bundled articles (about 80 kB stored), not for a report of 600 kB.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", { origin: new URL(inject("baseUrl")).origin, quotaSize: 400_000 });
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  await waitForCounts(page, { documents: 5, articles: 9 });
  const before = await counts(page);
  const long = `3月1日,河南省民政厅召开党组会议,厅长王建国主持会议并讲话。${"会议研究部署了今年的重点工作,强调要抓好落实。".repeat(8_000)}`;
  await page.getByTestId("import-input").setInputFiles({
    name: "long.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(long),
  });
  await expect
    .poll(() => page.getByTestId("import-results").textContent())
    .toContain("long.txt was not imported: the browser's storage for this site is full.");
  expect(await counts(page)).toEqual(before);
  await page.reload();
  await waitForCounts(page, { documents: 5, articles: 9 });
  await context.close();
});

test("two tabs importing the same files at once: no duplicates, both finish", async () => {
  const context = await browser.newContext();
  const first = await dataPage(context);
  await waitForCounts(first, { documents: 5, articles: 9 });
  const second = await dataPage(context);
  await waitForCounts(second, { documents: 5, articles: 9 });
  const files = reportFiles(30, "并发");
  await Promise.all([
    first.getByTestId("import-input").setInputFiles(files),
    second.getByTestId("import-input").setInputFiles(files),
  ]);
  for (const page of [first, second]) {
    await expect.poll(() => page.getByTestId("import-results").locator("li").count(), { timeout: 30_000 }).toBe(30);
  }
  await first.reload();
  await waitForCounts(first, { documents: 35, articles: 39 });
  await context.close();
});
