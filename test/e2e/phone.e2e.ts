import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
const WIDTH = 390;

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject("baseUrl");
  ({ context, page } = await openPage(browser, `${base}?view=data&lang=en`, { width: WIDTH, height: 844 }));
  await waitForCounts(page, { articles: 9, meetings: 7 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

test("at 390px, in English and Chinese, the current view's tab is whole inside the screen", async () => {
  for (const lang of ["en", "zh"]) {
    const tabs = await page
      .locator("header nav [data-testid^='nav-']")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-testid")!.slice(4)));
    expect(tabs.length).toBeGreaterThanOrEqual(5);
    for (const view of [...tabs].reverse()) {
      await page.goto(`${base}?view=${view}&lang=${lang}`);
      const tab = page.getByTestId(`nav-${view}`);
      await expect.poll(() => tab.getAttribute("aria-current")).toBe("page");
      await expect
        .poll(
          async () => {
            const box = (await tab.boundingBox())!;
            return box.x >= 0 && box.x + box.width <= WIDTH;
          },
          { message: `${lang} ${view}` },
        )
        .toBe(true);
    }
    // Switching tabs keeps the new one in sight as well.
    await page.getByTestId("nav-provinces").click();
    const box = (await page.getByTestId("nav-provinces").boundingBox())!;
    expect([box.x >= 0, box.x + box.width <= WIDTH]).toEqual([true, true]);
  }
});

test("at 390px the reader does not scroll sideways: the hidden sources of its facts take no width", async () => {
  for (const lang of ["zh", "en"]) {
    await page.goto(`${base}?view=articles&q=谢晓军&lang=${lang}`);
    await page.locator('[data-testid="article-list"] button').first().click();
    await page.getByTestId("article-reader").waitFor();
    await page.getByTestId("fact-evidence").first().waitFor({ state: "attached" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  }
});
