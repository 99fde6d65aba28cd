import { expect, test } from "vitest";
import { compareOption } from "../../src/features/compare/to-option";
import { provinceColour } from "../../src/lib/province-colours";

const comparison = {
  months: ["2023-10", "2023-11"],
  counts: [
    [0, 2],
    [1, 0],
  ] as [number[], number[]],
  undated: [0, 0] as [number, number],
  shared: [],
  phrases: [],
};

test("two bar series, one per province, in the provinces' fixed colours", () => {
  const option = compareOption(comparison, "江苏", "山东", "en");
  expect(option.xAxis.data).toEqual(["2023-10", "2023-11"]);
  expect(option.series.map((s) => [s.name, s.data, s.itemStyle.color])).toEqual([
    ["Jiangsu", [0, 2], provinceColour("江苏")],
    ["Shandong", [1, 0], provinceColour("山东")],
  ]);
  expect(option.aria.label.description).toBe("Jiangsu: 2; Shandong: 1");
});
