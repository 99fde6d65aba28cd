import { beforeAll, expect, test } from "vitest";
import { mapOption, rankingOption, timelineOption } from "../../src/features/provinces/to-option";
import { networkOption } from "../../src/features/network/to-option";
import { heatmapOption, spreadOption } from "../../src/features/phrases/to-option";
import { highlightSegments } from "../../src/features/articles/highlight";
import { loadPinyin } from "../../src/lib/pinyin";

// Names carry pinyin in English once pinyin-pro has loaded (the app loads it before an English view).
beforeAll(() => loadPinyin());

const rows = [
  { province: "江苏", meetings: 2, articles: 2 },
  { province: "山东", meetings: 1, articles: 3 },
];

test("the map colours provinces by meetings, in English by their English names, selected ones marked", () => {
  const option = mapOption(rows, "en", ["山东"]);
  expect(option.series[0]!.data).toEqual([
    { name: "Jiangsu", value: 2, selected: false, itemStyle: { areaColor: "rgba(136,19,55,1)" } },
    { name: "Shandong", value: 1, selected: true, itemStyle: { areaColor: "rgba(232,103,127,1)" } },
  ]);
  expect(option.visualMap.max).toBe(2);
  expect(option.aria.label.description).toBe("江苏: 2; 山东: 1");
  expect(option.animationDuration).toBe(0);
});

test("the ranking lists the largest at the top", () => {
  const option = rankingOption(rows, "zh");
  expect(option.yAxis.data).toEqual(["山东", "江苏"]);
  expect(option.series[0]!.data).toEqual([1, 2]);
});

test("the timeline stacks one series per key", () => {
  const option = timelineOption(
    { months: ["2024-03", "2024-04"], series: [{ key: "座谈会", counts: [1, 0] }], undated: 0 },
    "en",
    "meetingType",
  );
  expect(option.series).toEqual([{ type: "bar", stack: "meetings", name: "series-0", data: [1, 0] }]);
  expect(option.legend.formatter("series-0")).toBe("symposium (座谈会)");
});

test("the network sizes nodes by meetings, marks mentioned people, dashes their links", () => {
  const option = networkOption(
    {
      nodes: [
        {
          id: "江苏:谢晓军",
          name: "谢晓军",
          province: "江苏",
          meetings: 2,
          mentions: 0,
          mentionedOnly: false,
          community: 0,
          x: 0,
          y: 0,
        },
        {
          id: "*:习近平",
          name: "习近平",
          province: null,
          meetings: 0,
          mentions: 6,
          mentionedOnly: true,
          community: 1,
          x: 1,
          y: 1,
        },
      ],
      edges: [
        { source: "江苏:谢晓军", target: "*:习近平", weight: 1, mentioned: true, roles: [{ 出席: 1 }, { 提及: 1 }] },
      ],
      total: 2,
      matches: [],
    },
    "en",
    "province",
    null,
  );
  const [series] = option.series;
  expect(series!.data.map((n) => [n.name, n.symbol, n.symbolSize])).toEqual([
    ["谢晓军 Xie Xiaojun", "circle", 40],
    ["习近平 Xi Jinping", "diamond", 10],
  ]);
  expect(series!.links[0]!.lineStyle.type).toBe("dashed");
  expect(option.legend.data).toEqual(["Jiangsu", "National"]);
});

test("the heatmap and the spread chart read their cells as given", () => {
  const heat = heatmapOption(
    {
      phrases: ["两个确立"],
      provinces: ["湖北", "江苏"],
      cells: [
        [0, 0, 1],
        [1, 0, 2],
      ],
    },
    "zh",
  );
  expect(heat.xAxis.data).toEqual(["湖北", "江苏"]);
  expect(heat.visualMap.max).toBe(2);
  const spread = spreadOption(
    [
      { province: "湖北", date: "2024-03-13" },
      { province: "吉林", date: "--10-23" },
    ],
    "zh",
  );
  expect(spread.yAxis.data).toEqual(["湖北"]);
  expect(spread.series[0]!.data).toEqual([["2024-03-13", 0]]);
});

test("the reader's highlights follow the spans, the first one winning an overlap", () => {
  const segments = highlightSegments({
    text: "厅长庄严强调“三级联动”。",
    people: [{ name: "庄严", titles: [], role: "讲话", aliases: [], spans: [{ start: 2, end: 4 }] }],
    phrases: [{ phrase: "三级联动", spans: [{ start: 7, end: 11 }] }],
  });
  expect(segments.map((s) => [s.kind, s.text])).toEqual([
    ["plain", "厅长"],
    ["person", "庄严"],
    ["plain", "强调“"],
    ["phrase", "三级联动"],
    ["plain", "”。"],
  ]);
});
