import { expect, test } from "vitest";
import { rankingHeight, trendPhrases } from "../../src/features/phrases/ranking-top";
import {
  canDrawSpread,
  expressionsOption,
  heatmapOption,
  rankingOption,
  spreadOption,
  trendsOption,
} from "../../src/features/phrases/to-option";

const stat = (phrase: string, articles: number, provinces: number) => ({
  phrase,
  articles,
  provinces,
  first: { date: "2024-03-13", province: "湖北", articleId: "a1" },
});
const items = [stat("两个确立", 3, 2), stat("两个维护", 2, 2), stat("三级联动", 1, 1)];

test("the phrase ranking draws articles and provinces as two bars, the most shared at the top", () => {
  const option = rankingOption(items, "en");
  expect(option.yAxis.data).toEqual(["三级联动", "两个维护", "两个确立"]);
  expect(option.series).toEqual([
    { type: "bar", name: "Articles", data: [1, 2, 3], itemStyle: { color: "#be123c" } },
    { type: "bar", name: "Provinces", data: [1, 2, 2], itemStyle: { color: "#f59e0b" } },
  ]);
});

test("the recurring expressions draw the first 20, largest at the top, in grey", () => {
  const rows = Array.from({ length: 22 }, (_, i) => ({ expression: `表述${i}`, articles: 30 - i, provinces: 1 }));
  const option = expressionsOption(rows, "zh");
  expect(option.yAxis.data).toHaveLength(20);
  expect(option.yAxis.data[0]).toBe("表述19");
  expect(option.yAxis.data[19]).toBe("表述0");
  expect(option.series.map((s) => [s.name, s.data[19], s.itemStyle.color])).toEqual([
    ["文章", 30, "#78716c"],
    ["省份", 1, "#d6d3d1"],
  ]);
});

test("the trends draw one line per phrase over the months, without markers; a month without articles is a gap", () => {
  const option = trendsOption(
    {
      months: ["2024-02", "2024-03", "2024-04"],
      totals: [4, 0, 8],
      series: [
        { phrase: "两个确立", counts: [1, 0, 2] },
        { phrase: "两个维护", counts: [0, 0, 1] },
      ],
      undated: 1,
    },
    { scale: "count", focus: null },
  );
  expect(option.xAxis.data).toEqual(["2024-02", "2024-03", "2024-04"]);
  // Series are named by position; the legend shows the phrases.
  expect(option.series).toEqual([
    {
      type: "line",
      name: "series-0",
      data: [{ value: 1, symbolSize: 7 }, null, { value: 2, symbolSize: 7 }],
      symbol: "circle",
      symbolSize: 0,
      showAllSymbol: true,
      connectNulls: false,
      z: 3,
      lineStyle: { width: 2, opacity: 1 },
    },
    {
      type: "line",
      name: "series-1",
      data: [{ value: 0, symbolSize: 7 }, null, { value: 1, symbolSize: 7 }],
      symbol: "circle",
      symbolSize: 0,
      showAllSymbol: true,
      connectNulls: false,
      z: 3,
      lineStyle: { width: 2, opacity: 1 },
    },
  ]);
  expect(option.series.map((s) => option.legend.formatter(s.name))).toEqual(["两个确立", "两个维护"]);
  expect(option.aria.label.description).toBe("两个确立: 3; 两个维护: 1");
});

test("a month alone between gaps gets a marker; a run of months is a line without one", () => {
  const option = trendsOption(
    {
      months: ["a", "b", "c", "d"],
      totals: [1, 1, 0, 1],
      series: [{ phrase: "十四五", counts: [1, 0, 0, 2] }],
      undated: 0,
    },
    { scale: "count", focus: null },
  );
  expect(option.series[0]!.data).toEqual([1, 0, null, { value: 2, symbolSize: 7 }]);
});

test("per 1,000 articles of the month, the selected phrase drawn thick and the others thin and light", () => {
  const option = trendsOption(
    {
      months: ["2024-02", "2024-03", "2024-04"],
      totals: [4, 0, 3],
      series: [
        { phrase: "两个确立", counts: [1, 0, 2] },
        { phrase: "两个维护", counts: [0, 0, 1] },
      ],
      undated: 0,
    },
    { scale: "share", focus: "两个维护" },
  );
  expect(option.series.map((s) => s.data.map((d) => (d !== null && typeof d === "object" ? d.value : d)))).toEqual([
    [250, null, 666.7],
    [0, null, 333.3],
  ]);
  expect(option.series.map((s) => [s.z, s.lineStyle])).toEqual([
    [2, { width: 1.5, opacity: 0.35 }],
    [3, { width: 3.5, opacity: 1 }],
  ]);
  expect(option.yAxis).toEqual({ type: "value" });
});

test("the heatmap names provinces in English in English", () => {
  const heat = heatmapOption({ phrases: ["两个确立"], provinces: ["湖北", "内蒙古"], cells: [[1, 0, 4]] }, "en");
  expect(heat.xAxis.data).toEqual(["Hubei", "Inner Mongolia"]);
  expect(heat.visualMap.max).toBe(4);
});

test("the spread is drawn only once a first use has a year; its tooltip names the province and date", () => {
  const spread = [
    { province: "吉林", date: "--10-23" },
    { province: "湖北", date: "2024-03-13" },
    { province: "江苏", date: null },
    { province: "山东", date: "2024-04" },
  ];
  expect(canDrawSpread(spread.slice(0, 1))).toBe(false);
  expect(canDrawSpread([{ province: "江苏", date: null }])).toBe(false);
  expect(canDrawSpread(spread)).toBe(true);
  const option = spreadOption(spread, "en");
  expect(option.yAxis.data).toEqual(["Hubei", "Shandong"]);
  expect(option.xAxis.data).toEqual(["2024-03-13", "2024-04"]);
  expect(option.series[0]!.data).toEqual([
    ["2024-03-13", 0],
    ["2024-04", 1],
  ]);
  type Params = Parameters<typeof option.tooltip.formatter>[0];
  expect(option.tooltip.formatter({ dataIndex: 1 } as Params)).toBe("Shandong: 2024-04");
  expect(option.tooltip.formatter([{ dataIndex: 0 }] as Params)).toBe("Hubei: 2024-03-13");
});

test("the trends follow the focused phrase first, then the leading ones, five in all", () => {
  const many = ["a", "b", "c", "d", "e", "f"].map((p) => stat(p, 1, 1));
  expect(trendPhrases(many, null)).toEqual(["a", "b", "c", "d", "e"]);
  expect(trendPhrases(many, "f")).toEqual(["f", "a", "b", "c", "d"]);
  expect(trendPhrases(many, "b")).toEqual(["b", "a", "c", "d"]);
  expect(trendPhrases([], null)).toEqual([]);
});

test("the ranking and the trends share a height that grows with the top 20 only", () => {
  expect(rankingHeight([])).toBe(240);
  expect(rankingHeight(items)).toBe(240);
  expect(rankingHeight(Array.from({ length: 50 }, (_, i) => stat(`p${i}`, 1, 1)))).toBe(20 * 26 + 50);
});
