import { beforeAll, expect, test } from "vitest";
import type { ECElementEvent } from "echarts/core";
import { largeNetworkOption } from "../../../src/features/network/large-option";
import { clickedLink, clickedPerson } from "../../../src/features/network/clicked";
import { DIMMED, LARGE_GRAPH, OPEN_LINK } from "../../../src/features/network/to-option";
import { loadPinyin } from "../../../src/lib/pinyin";
import { provinceColour } from "../../../src/lib/province-colours";

beforeAll(() => loadPinyin());

const PROVINCES = ["江苏", "湖北"] as const;
// 600 people, p0 with most meetings; p0 met p1 … p4, p5 met p6 (once, by mention only).
const nodes = Array.from({ length: 600 }, (_, i) => ({
  id: `p${i}`,
  name: `人${i}`,
  province: PROVINCES[i % 2]!,
  meetings: 600 - i,
  mentions: 0,
  mentionedOnly: false,
  community: i % 2,
  x: i % 30,
  y: Math.floor(i / 30),
}));
const edge = (source: string, target: string, weight: number, mentioned = false) => ({
  source,
  target,
  weight,
  mentioned,
  roles: [{ 主持: weight }, { 出席: weight }] as [Record<string, number>, Record<string, number>],
});
const net = {
  nodes,
  edges: [1, 2, 3, 4].map((i) => edge("p0", `p${i}`, 8)).concat([edge("p5", "p6", 1, true)]),
  total: 600,
  matches: [],
};
type Series = ReturnType<typeof largeNetworkOption>["series"][number];
const people = (series: Series[]) => series.filter((s) => s.type === "scatter");
const lines = (series: Series[]) => series.filter((s) => s.type === "lines");
const ids = (s: Series) => s.data.map((d) => ("id" in d ? d.id : `${d.source}-${d.target}`));

test("every person is drawn once: the 40 with most meetings one by one with their name, the rest in large mode by size", () => {
  expect(nodes.length).toBeGreaterThanOrEqual(LARGE_GRAPH);
  const option = largeNetworkOption(net, "zh", "province", null);
  const scatter = people(option.series);
  expect(scatter.flatMap(ids).sort()).toEqual(nodes.map((n) => n.id).sort());
  const named = scatter.filter((s) => !("large" in s));
  expect(named.flatMap(ids).sort()).toEqual(
    nodes
      .slice(0, 40)
      .map((n) => n.id)
      .sort(),
  );
  for (const s of named) for (const d of s.data) expect("label" in d && d.label.show).toBe(true);
  const crowd = scatter.filter((s) => "large" in s && s.large);
  expect(new Set(crowd.map((s) => ("symbolSize" in s ? s.symbolSize : null)))).toEqual(new Set([6, 10, 15]));
  // One legend entry per province, each series of a province in its colour.
  expect(option.legend.data).toEqual(["江苏", "湖北"]);
  for (const s of scatter) expect(s.itemStyle?.color).toBe(provinceColour(s.name === "江苏" ? "江苏" : "湖北"));
  expect(
    scatter
      .find((s) => ids(s).includes("p599"))!
      .tooltip.formatter({ dataIndex: ids(scatter.find((s) => ids(s).includes("p599"))!).indexOf("p599") } as never),
  ).toBe("人599<br/>会议: 1");
});

test("links are drawn in large mode, one path per style, with both ids and their ends where the people are", () => {
  const option = largeNetworkOption(net, "zh", "province", null, 2);
  const links = lines(option.series);
  expect(links.map((s) => [s.large, s.lineStyle.type, s.lineStyle.width, s.lineStyle.opacity, ids(s)])).toEqual([
    [true, "dashed", 0.5, 0.35, ["p5-p6"]],
    [true, "solid", 1.5, 0.6, ["p0-p1", "p0-p2", "p0-p3", "p0-p4"]],
  ]);
  const at = (id: string) =>
    people(option.series)
      .flatMap((s) => s.data)
      .find((d) => d.id === id)!.value;
  expect(links[1]!.data[0]!.coords).toEqual([at("p0"), at("p1")]);
  expect([option.xAxis.max, option.yAxis.max, option.yAxis.inverse]).toEqual([2, 1, true]);
  expect(links[0]!.tooltip.formatter({ dataIndex: 0 } as never)).toBe(
    "人5 — 人6<br/>共同会议: 1<br/>人5: 主持 1<br/>人6: 出席 1<br/><i>点击查看会议及提到两人的原句</i>",
  );
});

test("focusing a person rings them, names the people they met, dims everyone else and fades the other links", () => {
  const option = largeNetworkOption(net, "zh", "province", "p0", 2, ["p0", "p2"]);
  const named = people(option.series).filter((s) => !("large" in s));
  const shown = named.flatMap((s) => s.data);
  expect(shown.map((d) => d.id).sort()).toEqual(["p0", "p1", "p2", "p3", "p4"]);
  const ring = shown.find((d) => d.id === "p0")!;
  expect("itemStyle" in ring ? ring.itemStyle : null).toEqual({ borderColor: "#fbbf24", borderWidth: 3 });
  const crowd = people(option.series).filter((s) => "large" in s);
  expect(new Set(crowd.map((s) => s.itemStyle.opacity))).toEqual(new Set([DIMMED]));
  expect(lines(option.series).map((s) => [s.lineStyle.opacity, s.lineStyle.color, s.lineStyle.width, ids(s)])).toEqual([
    [0.05, "#86878c", 0.5, ["p5-p6"]],
    [0.6, "#86878c", 1.5, ["p0-p1", "p0-p3", "p0-p4"]],
    [1, OPEN_LINK.color, 1.5 + OPEN_LINK.extraWidth, ["p0-p2"]],
  ]);
});

test("a click on a person or a link, in a graph or in a large network, gives their ids; anything else nothing", () => {
  const click = (p: Record<string, unknown>) => p as unknown as ECElementEvent;
  expect(clickedPerson(click({ dataType: "node", data: { id: "p1" } }))).toBe("p1");
  expect(clickedPerson(click({ seriesType: "scatter", data: { id: "p2", value: [0, 0] } }))).toBe("p2");
  expect(clickedPerson(click({ seriesType: "lines", data: { source: "p1", target: "p2" } }))).toBeNull();
  expect(clickedLink(click({ dataType: "edge", data: { source: "p1", target: "p2" } }))).toEqual(["p1", "p2"]);
  expect(clickedLink(click({ seriesType: "lines", data: { source: "p3", target: "p4", coords: [] } }))).toEqual([
    "p3",
    "p4",
  ]);
  expect(clickedLink(click({ seriesType: "scatter", data: { id: "p2" } }))).toBeNull();
});
