import { describe, expect, test } from "vitest";
import { seededPage, tableRows } from "./helpers";

const app = seededPage("zh");

const param = (key: string) => new URL(app.page.url()).searchParams.get(key);

describe("compare two provinces", () => {
  test("江苏 and 山东: meetings by month side by side, 习近平 in both, phrases of one or both", async () => {
    await app.page.goto(
      `${app.base}?view=compare&lang=zh&a=${encodeURIComponent("江苏")}&b=${encodeURIComponent("山东")}`,
    );
    await app.page.locator('[data-testid="chart-compare-months"][data-rendered="true"]').waitFor();
    // One series per province, each in the province's fixed colour (read before the table replaces the chart).
    const colours = await app.page.evaluate(() => {
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
    const rows = await tableRows(app.page, "compare-months");
    expect(rows).toEqual([
      ["2023-10", "0", "1"],
      ["2023-11", "0", "0"],
      ["2023-12", "0", "0"],
      ["2024-01", "0", "0"],
      ["2024-02", "0", "0"],
      ["2024-03", "1", "0"],
    ]);
    expect(await app.page.getByTestId("compare-undated").textContent()).toContain("江苏 1");
    expect(await app.page.getByTestId("compare-people").locator("li button").allTextContents()).toEqual(["习近平"]);
    expect(await app.page.getByTestId("phrases-both").locator("li").count()).toBe(0);
    expect(await app.page.getByTestId("phrases-only-a").locator("li").allTextContents()).toContain("两个确立");
    expect(await app.page.getByTestId("phrases-only-b").locator("li").allTextContents()).toContain("三级联动");
  });

  test("choosing another province changes the URL and the comparison", async () => {
    await app.page.goto(
      `${app.base}?view=compare&lang=en&a=${encodeURIComponent("江苏")}&b=${encodeURIComponent("山东")}`,
    );
    await app.page.getByTestId("compare-b").selectOption("浙江");
    await expect.poll(() => param("b")).toBe("浙江");
    await expect.poll(() => app.page.getByTestId("phrases-both").locator("li").count()).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
  });
});
