import { expect, test } from "vitest";
import { provinceColour } from "../../src/lib/province-colours";
import { chartOption, seededPage } from "./helpers";

const app = seededPage("zh");

test("江苏 has one colour on the timeline, in the network and in the comparison", async () => {
  const want = provinceColour("江苏");
  await app.page.goto(`${app.base}?view=provinces&lang=zh`);
  await app.page.locator('[data-testid="chart-provinces-timeline"][data-rendered="true"]').waitFor();
  const timeline = await chartOption(app.page, "provinces-timeline");
  // The timeline's series carry escaped names ("series-2"); their colours are the provinces' own.
  const provinces = ["江苏", "山东", "重庆", "湖北", "吉林", "浙江"];
  expect(timeline.series.map((s) => s.itemStyle?.color)).toContain(want);
  for (const s of timeline.series)
    expect([...provinces.map(provinceColour), provinceColour(null)]).toContain(s.itemStyle?.color);

  await app.page.goto(`${app.base}?view=network&lang=zh`);
  await app.page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
  const network = await chartOption(app.page, "network");
  expect(network.series[0]!.categories?.find((c) => c.name === "江苏")?.itemStyle?.color).toBe(want);

  await app.page.goto(
    `${app.base}?view=compare&lang=zh&a=${encodeURIComponent("江苏")}&b=${encodeURIComponent("山东")}`,
  );
  await app.page.locator('[data-testid="chart-compare-months"][data-rendered="true"]').waitFor();
  const compare = await chartOption(app.page, "compare-months");
  expect(compare.series[0]!.itemStyle?.color).toBe(want);
  expect(app.errors).toEqual([]);
});
