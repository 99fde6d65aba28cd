import { expect, test } from "vitest";
import { seededPage } from "./helpers";

const app = seededPage("en");

test("a chart is reached by Tab, arrows move through its bars with their tooltip, Enter selects", async () => {
  await app.page.goto(`${app.base}?view=provinces&lang=en`);
  const chart = app.page.getByTestId("chart-provinces-ranking");
  await app.page.locator("[data-testid='chart-provinces-ranking'][data-rendered='true']").waitFor();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await app.page.keyboard.press("Tab");
    reached = await chart.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  // The chart is drawn on a canvas: the only text in it is the tooltip the arrow key opens.
  expect(await chart.evaluate((el) => el.textContent ?? "")).toBe("");
  await app.page.keyboard.press("ArrowRight");
  await expect
    .poll(() => chart.evaluate((el) => el.textContent ?? ""))
    .toMatch(/Jiangsu|Shandong|Chongqing|Hubei|Jilin|Zhejiang/);
  await app.page.keyboard.press("Enter");
  await expect.poll(() => new URL(app.page.url()).searchParams.getAll("province").length).toBe(1);
});
