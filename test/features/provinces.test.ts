import { expect, test } from "vitest";
import { mapOption, rankingOption, stackKeyLabel, timelineOption } from "../../src/features/provinces/to-option";

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
