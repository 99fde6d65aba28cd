import { expect, test } from "vitest";
import {
  brushedWindow,
  mapOption,
  rankingOption,
  stackKeyLabel,
  timelineOption,
  monthWindow,
  windowBounds,
} from "../../src/features/provinces/to-option";

const rows = [
  { province: "内蒙古", meetings: 3, articles: 4 },
  { province: "江苏", meetings: 2, articles: 2 },
];

test("in Chinese the map and the ranking use the short names, and the map has no name map", () => {
  const map = mapOption(rows, "zh", []);
  expect(map.series[0]!.nameMap).toBeUndefined();
  expect(map.series[0]!.data.map((d) => [d.name, d.value, d.selected])).toEqual([
    ["内蒙古", 3, false],
    ["江苏", 2, false],
  ]);
  expect(map.visualMap.text).toEqual(["3", "0"]);
  expect(rankingOption(rows, "en").yAxis.data).toEqual(["Jiangsu", "Inner Mongolia"]);
  expect(rankingOption(rows, "en").series[0]!.name).toBe("Meetings");
  // The longest bar's label fits right of it: 12 px and 8 px a digit of the largest count.
  expect(rankingOption(rows, "en").grid.right).toBe(20);
  expect(rankingOption([{ province: "湖南", meetings: 3000, articles: 3000 }], "zh").grid.right).toBe(44);
});

test("an empty map still has a scale from 0 to 1", () => {
  expect(mapOption([], "en", []).visualMap.max).toBe(1);
});

test("timeline keys are provinces or meeting types, named in the reader's language", () => {
  expect(stackKeyLabel("内蒙古", "en", "province")).toBe("Inner Mongolia");
  expect(stackKeyLabel("内蒙古", "zh", "province")).toBe("内蒙古");
  expect(stackKeyLabel("座谈会", "en", "meetingType")).toBe("symposium (座谈会)");
  const option = timelineOption(
    {
      months: ["2024-03"],
      series: [
        { key: "江苏", counts: [2] },
        { key: "—", counts: [1] },
      ],
      undated: 1,
    },
    "en",
    "province",
  );
  expect(option.xAxis.data).toEqual(["2024-03"]);
  // Series are named by position; the legend shows the keys in the reader's language. Each province
  // has its fixed colour (the one it has in the network); no province is grey.
  expect(option.series).toEqual([
    { type: "bar", stack: "meetings", name: "series-0", data: [2], itemStyle: { color: "#377eb8" } },
    { type: "bar", stack: "meetings", name: "series-1", data: [1], itemStyle: { color: "#8c8c8c" } },
  ]);
  expect(option.series.map((s) => option.legend.formatter(s.name))).toEqual(["Jiangsu", "—"]);
});

const MONTHS = ["2023-12", "2024-01", "2024-02", "2024-03", "2024-04"];

test("the brush covers the months the bounds select, days read as their month", () => {
  expect(monthWindow(MONTHS, { from: null, to: null })).toEqual({ start: 0, end: 4 });
  expect(monthWindow(MONTHS, { from: "2024-01", to: "2024-03-15" })).toEqual({ start: 1, end: 3 });
  // A bound between months in the data, or beyond them, takes the nearest month inside it.
  expect(monthWindow(MONTHS, { from: "2023-06", to: "2025-01" })).toEqual({ start: 0, end: 4 });
});

test("a released brush sets the bounds it moved, and leaves an end at the axis' end unbounded", () => {
  expect(windowBounds(MONTHS, 1, 3)).toEqual({ from: "2024-01", to: "2024-03" });
  expect(windowBounds(MONTHS, 0, 2)).toEqual({ from: null, to: "2024-02" });
  expect(windowBounds(MONTHS, 2, 4)).toEqual({ from: "2024-02", to: null });
  expect(windowBounds(MONTHS, 0, 4)).toEqual({ from: null, to: null });
});

test("the timeline's brush starts where the bounds are and reports only on release", () => {
  const timeline = { months: MONTHS, series: [{ key: "江苏", counts: [1, 0, 2, 0, 1] }], undated: 0 };
  const [zoom] = timelineOption(timeline, "en", "province", { from: "2024-02", to: null }).dataZoom;
  expect([zoom!.type, zoom!.startValue, zoom!.endValue, zoom!.realtime]).toEqual(["slider", 2, 4, false]);
  expect(zoom!.labelFormatter(1)).toBe("2024-01");
});

test("a datazoom event gives its window as month indexes, from indexes or from percentages of the axis", () => {
  expect(brushedWindow({ startValue: 1, endValue: 3 }, 5)).toEqual({ start: 1, end: 3 });
  expect(brushedWindow({ start: 25, end: 100 }, 5)).toEqual({ start: 1, end: 4 });
  expect(brushedWindow({ batch: [{ start: 0, end: 50 }] }, 5)).toEqual({ start: 0, end: 2 });
  expect(brushedWindow({}, 5)).toBeNull();
});

test("the map colours its regions itself, as its visual map would: the first draw needs no legend code", () => {
  const map = mapOption(rows, "zh", []);
  expect(map.series[0]!.data.map((d) => d.itemStyle.areaColor)).toEqual(["rgba(136,19,55,1)", "rgba(204,46,82,1)"]);
  expect(
    mapOption([{ province: "江苏", meetings: 0, articles: 1 }], "zh", []).series[0]!.data[0]!.itemStyle.areaColor,
  ).toBe("rgba(253,226,228,1)");
});
