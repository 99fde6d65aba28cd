import { beforeAll, expect, test } from "vitest";
import { networkOption } from "../../src/features/network/to-option";
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
});
const net = {
  nodes: [node("江苏:谢晓军", "谢晓军", "江苏", 4, 1), node("湖北:庄严", "庄严", "湖北", 1, 0)],
  edges: [{ source: "江苏:谢晓军", target: "湖北:庄严", weight: 9, mentioned: false }],
  total: 2,
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
