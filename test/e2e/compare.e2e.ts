import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { tableRows, waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject("baseUrl");
  ({ context, page, errors } = await openPage(browser, `${base}?view=data&lang=zh`));
  await waitForCounts(page, { articles: 9, meetings: 7 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const param = (key: string) => new URL(page.url()).searchParams.get(key);

describe("compare two provinces", () => {
  test("江苏 and 山东: meetings by month side by side, 习近平 in both, phrases of one or both", async () => {
    await page.goto(`${base}?view=compare&lang=zh&a=${encodeURIComponent("江苏")}&b=${encodeURIComponent("山东")}`);
    await page.locator('[data-testid="chart-compare-months"][data-rendered="true"]').waitFor();
    // One series per province, each in the province's fixed colour (read before the table replaces the chart).
    const colours = await page.evaluate(() => {
      type Handle = { getOption(): { series: { itemStyle: { color: string } }[] } };
      const el = document.querySelector('[data-testid="chart-compare-months"] [_echarts_instance_]')!;
      const key = Object.keys(el).find((k) => k.startsWith("__reactFiber$"))!;
      type Fiber = { return: Fiber | null; stateNode: { getEchartsInstance?: () => Handle } | null };
      let fiber = (el as unknown as Record<string, Fiber | null>)[key] ?? null;
      while (fiber && typeof fiber.stateNode?.getEchartsInstance !== "function") fiber = fiber.return;
      return fiber!.stateNode!.getEchartsInstance!()
        .getOption()
        .series.map((s) => s.itemStyle.color);
    });
    const { provinceColour } = await import("../../src/lib/province-colours");
    expect(colours).toEqual([provinceColour("江苏"), provinceColour("山东")]);
    const rows = await tableRows(page, "compare-months");
    expect(rows).toEqual([
      ["2023-10", "0", "1"],
      ["2023-11", "0", "0"],
      ["2023-12", "0", "0"],
      ["2024-01", "0", "0"],
      ["2024-02", "0", "0"],
      ["2024-03", "1", "0"],
    ]);
    expect(await page.getByTestId("compare-undated").textContent()).toContain("江苏 1");
    expect(await page.getByTestId("compare-people").locator("li button").allTextContents()).toEqual(["习近平"]);
    expect(await page.getByTestId("phrases-both").locator("li").count()).toBe(0);
    expect(await page.getByTestId("phrases-only-a").locator("li").allTextContents()).toContain("两个确立");
    expect(await page.getByTestId("phrases-only-b").locator("li").allTextContents()).toContain("三级联动");
  });

  test("choosing another province changes the URL and the comparison", async () => {
    await page.goto(`${base}?view=compare&lang=en&a=${encodeURIComponent("江苏")}&b=${encodeURIComponent("山东")}`);
    await page.getByTestId("compare-b").selectOption("浙江");
    await expect.poll(() => param("b")).toBe("浙江");
    await expect.poll(() => page.getByTestId("phrases-both").locator("li").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
