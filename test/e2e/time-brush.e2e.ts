/** The brush under the meetings timeline sets the month bounds: the URL, the month fields and every view follow. */
import { expect, test } from "vitest";
import { chartZoomWindow, dispatchChartAction, seededPage, tableRows } from "./helpers";

const app = seededPage("zh");

const timeline = () => app.page.locator('[data-testid="chart-provinces-timeline"][data-rendered="true"]').waitFor();
const bounds = () => {
  const params = new URL(app.page.url()).searchParams;
  return [params.get("from"), params.get("to")];
};

test("moving the brush to 2024-03 … 2024-11 sets the month bounds, and the map counts only those months", async () => {
  await app.page.goto(`${app.base}?view=provinces&lang=zh`);
  await timeline();
  // The axis runs 2023-10 … 2024-11: index 5 is 2024-03, 13 the last month.
  await dispatchChartAction(app.page, "provinces-timeline", { type: "dataZoom", startValue: 5, endValue: 13 });
  await expect.poll(bounds).toEqual(["2024-03", null]);
  expect(await app.page.getByTestId("filter-from").inputValue()).toBe("2024-03");
  const map = await tableRows(app.page, "provinces-map");
  // 山东's one meeting (2023-10) is before the window; the undated meetings have no month to be in it.
  expect(map.find((r) => r[0] === "山东")).toBeUndefined();
  expect(map.map((r) => r[0]).sort()).toEqual(["江苏", "浙江", "湖北", "重庆"].sort());
});

test("the brush follows bounds set elsewhere, and the timeline keeps every month around it", async () => {
  await app.page.goto(`${app.base}?view=provinces&lang=zh&from=2024-01&to=2024-06`);
  await timeline();
  // 2024-01 and 2024-06 are months 3 and 8 of 2023-10 … 2024-11.
  expect(await chartZoomWindow(app.page, "provinces-timeline")).toEqual([3, 8]);
  const rows = await tableRows(app.page, "provinces-timeline");
  expect(rows.length).toBe(14);
});

test("dragging the brush's left handle with the mouse sets the start month on release", async () => {
  await app.page.goto(`${app.base}?view=provinces&lang=zh`);
  await timeline();
  const chart = app.page.getByTestId("chart-provinces-timeline");
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  // The brush sits 16 px from the chart's left, 8 px above its bottom, 24 px tall (BRUSH in to-option);
  // its left handle is grabbed just inside that edge.
  const y = box.y + box.height - 8 - 12;
  const x = box.x + 18;
  await app.page.mouse.move(x, y);
  await app.page.mouse.down();
  await app.page.mouse.move(x + box.width * 0.45, y, { steps: 8 });
  expect(bounds()).toEqual([null, null]);
  await app.page.mouse.up();
  await expect.poll(() => bounds()[0]).not.toBeNull();
  const [from, to] = bounds();
  expect(from! > "2023-10" && from! < "2024-11").toBe(true);
  expect(to).toBeNull();
});

test("no page errors", () => {
  expect(app.errors).toEqual([]);
});
