import { beforeAll, expect, test } from "vitest";
import { DIMMED, networkOption, OPEN_LINK } from "../../src/features/network/to-option";
import { loadPinyin } from "../../src/lib/pinyin";
import { provinceColour } from "../../src/lib/province-colours";
import { timelineOption } from "../../src/features/provinces/to-option";

beforeAll(() => loadPinyin());

const node = (id: string, name: string, province: string | null, meetings: number, mentions: number) => ({
  id,
  name,
  province,
  meetings,
  mentions,
  mentionedOnly: meetings === 0,
  community: province === "江苏" ? 0 : 1,
  x: meetings,
  y: mentions,
});
const edge = (source: string, target: string, weight: number) => ({
  source,
  target,
  weight,
  mentioned: false,
  roles: [{ 主持: weight }, { 出席: weight }] as [Record<string, number>, Record<string, number>],
});
const net = {
  nodes: [node("江苏:谢晓军", "谢晓军", "江苏", 4, 1), node("湖北:庄严", "庄严", "湖北", 1, 0)],
  edges: [edge("江苏:谢晓军", "湖北:庄严", 9)],
  total: 2,
  matches: [],
};

test("the tooltip gives meetings, and mentions only when there are some", () => {
  const [series] = networkOption(net, "en", "province", null).series;
  expect(series!.data.map((n) => n.tooltip.formatter())).toEqual([
    "谢晓军<br/>meetings: 4<br/>mentioned at: 1",
    "庄严<br/>meetings: 1",
  ]);
  const [zh] = networkOption(net, "zh", "province", null).series;
  expect(zh!.data.map((n) => n.tooltip.formatter())).toEqual(["谢晓军<br/>会议: 4<br/>提及: 1", "庄严<br/>会议: 1"]);
  expect(zh!.data.map((n) => n.name)).toEqual(["谢晓军", "庄严"]);
});

test("the focused person is labelled and ringed; a strong link is capped at width 8 and solid", () => {
  const [series] = networkOption(net, "zh", "province", "湖北:庄严").series;
  expect(series!.data.map((n) => [n.label.show, n.itemStyle])).toEqual([
    [true, undefined],
    [true, { borderColor: "#fbbf24", borderWidth: 3 }],
  ]);
  expect(series!.links[0]!.lineStyle).toEqual({ width: 8, type: "solid", opacity: 0.6, curveness: 0.1 });
});

test("coloured by community, the legend numbers the communities from 1", () => {
  const option = networkOption(net, "en", "community", null);
  expect(option.legend.data).toEqual(["#1", "#2"]);
  expect(option.series[0]!.data.map((n) => n.category)).toEqual([0, 1]);
});

test("coloured by province, a province has the colour it has on the timeline; by community, the palette's", () => {
  const [byProvince] = networkOption(net, "en", "province", null).series;
  expect(byProvince!.categories).toEqual([
    { name: "Jiangsu", itemStyle: { color: provinceColour("江苏") } },
    { name: "Hubei", itemStyle: { color: provinceColour("湖北") } },
  ]);
  const timeline = timelineOption(
    { months: ["2024-03"], series: [{ key: "江苏", counts: [1] }], undated: 0 },
    "en",
    "province",
  );
  expect(timeline.series[0]!.itemStyle).toEqual({ color: provinceColour("江苏") });
  const [byCommunity] = networkOption(net, "en", "community", null).series;
  expect(byCommunity!.categories).toEqual([{ name: "#1" }, { name: "#2" }]);
});

// 谢晓军 met 庄严 and 刘渊; 刘渊 also met 李春田; 刘建武 met nobody shown.
const five = {
  nodes: [
    node("江苏:谢晓军", "谢晓军", "江苏", 4, 0),
    node("湖北:庄严", "庄严", "湖北", 3, 0),
    node("山东:刘渊", "刘渊", "山东", 2, 0),
    node("山东:李春田", "李春田", "山东", 1, 0),
    node("山东:刘建武", "刘建武", "山东", 1, 1),
  ],
  edges: [
    edge("江苏:谢晓军", "湖北:庄严", 2),
    edge("江苏:谢晓军", "山东:刘渊", 1),
    {
      ...edge("山东:刘渊", "山东:李春田", 1),
      roles: [{ 讲话: 1 }, { 出席: 1, 传达: 1 }] as [Record<string, number>, Record<string, number>],
    },
  ],
  total: 5,
  matches: [],
};

test("focusing a person keeps them and the people they met in full, and dims everyone else", () => {
  const [series] = networkOption(five, "zh", "province", "江苏:谢晓军").series;
  expect(series!.data.map((n) => [n.name, n.itemStyle, n.label.show, n.label.fontWeight])).toEqual([
    ["谢晓军", { borderColor: "#fbbf24", borderWidth: 3 }, true, "bold"],
    ["庄严", undefined, true, "bold"],
    ["刘渊", undefined, true, "bold"],
    ["李春田", { opacity: DIMMED }, false, undefined],
    ["刘建武", { opacity: DIMMED }, false, undefined],
  ]);
  expect(series!.links.map((l) => [l.target, l.lineStyle.opacity])).toEqual([
    ["湖北:庄严", 0.6],
    ["山东:刘渊", 0.6],
    ["山东:李春田", 0.05],
  ]);
});

test("the link whose meetings are open is drawn amber, wider and in full, whichever way round it is named", () => {
  // Focused on 谢晓军, the link between two others would be faint; open, it is drawn in full.
  const [series] = networkOption(five, "zh", "province", "江苏:谢晓军", 2, ["山东:李春田", "山东:刘渊"]).series;
  expect(series!.links.map((l) => [l.target, l.lineStyle.opacity, l.lineStyle.width, l.lineStyle.color])).toEqual([
    ["湖北:庄严", 0.6, 3, undefined],
    ["山东:刘渊", 0.6, 2, undefined],
    ["山东:李春田", 1, 2 + OPEN_LINK.extraWidth, "#f59e0b"],
  ]);
});

test("without a focus, or with one not shown, nothing is dimmed", () => {
  for (const focus of [null, "江苏:某人"]) {
    const [series] = networkOption(five, "zh", "province", focus).series;
    expect(series!.data.map((n) => n.itemStyle)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(series!.links.map((l) => l.lineStyle.opacity)).toEqual([0.6, 0.6, 0.6]);
  }
});

test("a link's tooltip names both people, their meetings together, the role each took, and what a click opens", () => {
  const [zh] = networkOption(five, "zh", "province", null).series;
  expect(zh!.links[2]!.tooltip.formatter()).toBe(
    "刘渊 — 李春田<br/>共同会议: 1<br/>刘渊: 讲话 1<br/>李春田: 出席 1、传达 1<br/><i>点击查看会议及提到两人的原句</i>",
  );
  const [en] = networkOption(five, "en", "province", null).series;
  expect(en!.links[0]!.tooltip.formatter()).toBe(
    "谢晓军 Xie Xiaojun — 庄严 Zhuang Yan<br/>meetings together: 2<br/>谢晓军 Xie Xiaojun: chaired 2<br/>庄严 Zhuang Yan: attended 2" +
      "<br/><i>Click: the meetings and the sentences naming them</i>",
  );
});

test("the layout is stretched to the box's shape, labels point inwards, and the legend has a strip of its own", () => {
  const option = networkOption(five, "zh", "province", null, 2);
  const [series] = option.series;
  expect(series!.data.map((n) => [n.x, n.y, n.label.position])).toEqual([
    [2, 0, "left"],
    [1.333, 0, "left"],
    [0.667, 0, "right"],
    [0, 0, "right"],
    [0, 1, "right"],
  ]);
  expect([series!.layout, series!.preserveAspect, series!.top, option.legend.top]).toEqual(["none", true, 60, 0]);
  const [tall] = networkOption(five, "zh", "province", null, 0.5).series;
  expect(tall!.data.map((n) => n.x)).toEqual([0.5, 0.333, 0.167, 0, 0]);
});

test("a graph under 500 people: nodes sized by meetings, links by meetings together, dragging and hover fading", () => {
  const small = networkOption(net, "zh", "province", null).series[0]!;
  expect(small).not.toHaveProperty("animation");
  expect(small.draggable).toBe(true);
  expect(small.emphasis).toEqual({ focus: "adjacency", lineStyle: { width: 4 } });
  expect(small.data.map((d) => d.symbolSize)).toEqual([40, 14 + 26 * Math.sqrt(1 / 4)]);
  expect(small.links[0]!.lineStyle.width).toBe(8);
  expect(small.links[0]!.lineStyle.curveness).toBe(0.1);
});
