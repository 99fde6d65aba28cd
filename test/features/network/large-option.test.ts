import { beforeAll, expect, test } from "vitest";
import type { ECElementEvent } from "echarts/core";
import { largeNetworkDrawing } from "../../../src/features/network/large-option";
import { PICTURE_HEIGHT, type PaintContext } from "../../../src/features/network/large-picture";
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

/** What painting the picture did: each path's style and how many dots (arcs) or lines it held. */
function paint(drawing: ReturnType<typeof largeNetworkDrawing>) {
  const paths: { kind: "lines" | "dots"; count: number; style: Record<string, unknown> }[] = [];
  let count = 0;
  let dots = 0;
  const ctx: PaintContext = {
    lineWidth: 0,
    strokeStyle: "",
    fillStyle: "",
    globalAlpha: 1,
    dash: [] as number[],
    beginPath: () => {
      count = 0;
      dots = 0;
    },
    moveTo: () => count++,
    lineTo: () => {},
    arc: () => dots++,
    closePath: () => {},
    setLineDash(d: number[]) {
      (this as { dash: number[] }).dash = d;
    },
    stroke() {
      paths.push({
        kind: "lines",
        count,
        style: {
          width: this.lineWidth,
          colour: this.strokeStyle,
          alpha: this.globalAlpha,
          dash: (this as { dash: number[] }).dash.length > 0,
        },
      });
    },
    fill() {
      paths.push({ kind: "dots", count: dots, style: { colour: this.fillStyle, alpha: this.globalAlpha } });
    },
  } as PaintContext & { dash: number[] };
  for (const step of drawing.picture.steps) step(ctx);
  return paths;
}

const canvas = {} as HTMLCanvasElement;
type Series = ReturnType<ReturnType<typeof largeNetworkDrawing>["option"]>["series"][number];
/** What the tests read of a series, whichever type it is. */
interface Loose {
  id: string;
  name?: string;
  data: unknown;
  itemStyle?: { color?: string };
  lineStyle?: { opacity?: number };
  tooltip?: { formatter: (p: never) => string };
}
const loose = (s: Series) => s as unknown as Loose;
const byId = (series: Series[], id: string) => loose(series.find((s) => s.id === id)!);
const namedIds = (series: Series[]) => (byId(series, "named").data as { id: string }[]).map((d) => d.id);

test("every person is drawn once: the 40 with most meetings by name, the rest painted in the picture and found by the hits", () => {
  expect(nodes.length).toBeGreaterThanOrEqual(LARGE_GRAPH);
  const drawing = largeNetworkDrawing(net, "zh", "province", null, 2, null, new Set(), 500);
  const { series, legend } = drawing.option(canvas);
  expect(namedIds(series).sort()).toEqual(
    nodes
      .slice(0, 40)
      .map((n) => n.id)
      .sort(),
  );
  const dots = paint(drawing).filter((p) => p.kind === "dots");
  expect(dots.map((p) => p.style)).toEqual([
    { colour: provinceColour("江苏"), alpha: 0.8 },
    { colour: provinceColour("湖北"), alpha: 0.8 },
  ]);
  expect(dots.reduce((sum, p) => sum + p.count, 0)).toBe(560);
  // The hits: one point (x, y) per painted person; a click on the i-th gives that person.
  const hits = byId(series, "crowd-hits");
  expect(hits.data).toHaveLength(560 * 2);
  const crowd = Array.from({ length: 560 }, (_, i) => drawing.clicked(2, i));
  expect(new Set(crowd.map((c) => (c && "person" in c ? c.person : null)))).toEqual(
    new Set(nodes.slice(40).map((n) => n.id)),
  );
  const p599 = crowd.findIndex((c) => c !== null && "person" in c && c.person === "p599");
  expect(hits.tooltip!.formatter({ dataIndex: p599 } as never)).toBe("人599<br/>会议: 1");
  // One legend entry per province, in its colour; the picture as large as the box allows.
  expect(legend.data).toEqual(["江苏", "湖北"]);
  const groups = byId(series, "groups") as Loose & { categories: { name: string; itemStyle: { color: string } }[] };
  expect(groups.categories.map((c) => [c.name, c.itemStyle.color])).toEqual([
    ["江苏", provinceColour("江苏")],
    ["湖北", provinceColour("湖北")],
  ]);
  expect(groups.data).toEqual([]);
  expect(drawing.picture.height).toBe(PICTURE_HEIGHT + 2 * Math.ceil((8 * PICTURE_HEIGHT) / 500));
});

test("links are painted a path per style, and found by an unpainted lines series with both ends where the people are", () => {
  const drawing = largeNetworkDrawing(net, "zh", "province", null, 2, null, new Set(), PICTURE_HEIGHT);
  const lines = paint(drawing).filter((p) => p.kind === "lines");
  expect(lines).toEqual([
    { kind: "lines", count: 1, style: { width: 0.5, colour: "#86878c", alpha: 0.35, dash: true } },
    { kind: "lines", count: 4, style: { width: 1, colour: "#86878c", alpha: 0.6, dash: false } },
  ]);
  const { series, xAxis, yAxis } = drawing.option(canvas);
  const hits = byId(series, "link-hits");
  expect(hits.lineStyle?.opacity).toBe(0);
  // p5 (x 5, y 0) to p6 (x 6, y 0) on a layout 30 wide and 20 high, fitted to 2 × 1.
  const at = (i: number) => [
    Math.round(((i % 30) / 29) * 2 * 1000) / 1000,
    Math.round((Math.floor(i / 30) / 19) * 1000) / 1000,
  ];
  // First a line of no length outside the box (ECharts never reports the first large line).
  expect([...(hits.data as Float32Array).slice(0, 10)]).toEqual(
    [2, -1, -1, -1, -1, 2, ...at(5), ...at(6)].map(Math.fround),
  );
  expect(drawing.clicked(1, 0)).toBeNull();
  expect(drawing.clicked(1, 1)).toEqual({ link: ["p5", "p6"] });
  expect(drawing.clicked(1, 5)).toEqual({ link: ["p0", "p4"] });
  expect(drawing.clicked(1, 6)).toBeNull();
  expect([xAxis.max, yAxis.max, yAxis.inverse]).toEqual([2, 1, true]);
  expect(hits.tooltip!.formatter({ dataIndex: 0 } as never)).toBe("");
  expect(hits.tooltip!.formatter({ dataIndex: 1 } as never)).toBe(
    "人5 — 人6<br/>共同会议: 1<br/>人5: 主持 1<br/>人6: 出席 1<br/><i>点击查看会议及提到两人的原句</i>",
  );
});

test("focusing a person rings them, names the people they met, dims everyone else and fades the other links", () => {
  const drawing = largeNetworkDrawing(net, "zh", "province", "p0", 2, ["p0", "p2"], new Set(), PICTURE_HEIGHT);
  const { series } = drawing.option(canvas);
  expect(namedIds(series).sort()).toEqual(["p0", "p1", "p2", "p3", "p4"]);
  const ring = (byId(series, "named").data as { id: string; itemStyle: object }[]).find((d) => d.id === "p0")!;
  expect(ring.itemStyle).toEqual({ color: provinceColour("江苏"), borderColor: "#fbbf24", borderWidth: 3 });
  const painted = paint(drawing);
  expect(new Set(painted.filter((p) => p.kind === "dots").map((p) => p.style.alpha))).toEqual(new Set([DIMMED]));
  expect(
    painted.filter((p) => p.kind === "lines").map((p) => [p.style.alpha, p.style.colour, p.style.width, p.count]),
  ).toEqual([
    [0.05, "#86878c", 0.5, 1],
    [0.6, "#86878c", 1, 3],
    [1, OPEN_LINK.color, 1 + OPEN_LINK.extraWidth, 1],
  ]);
});

test("a group the legend hides is left out: not painted, not found, not named, and unticked in the legend", () => {
  const drawing = largeNetworkDrawing(net, "zh", "province", null, 2, null, new Set(["湖北"]), PICTURE_HEIGHT);
  const { series, legend } = drawing.option(canvas);
  expect(legend.selected).toEqual({ 江苏: true, 湖北: false });
  expect(namedIds(series).every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true);
  const dots = paint(drawing).filter((p) => p.kind === "dots");
  expect(dots.map((p) => [p.style.colour, p.count])).toEqual([[provinceColour("江苏"), 280]]);
  expect(byId(series, "crowd-hits").data).toHaveLength(280 * 2);
});

test("a network coloured by community, with hundreds of small groups, is painted in a few steps, each group its own path", () => {
  const many = { ...net, nodes: nodes.map((n, i) => ({ ...n, community: i })) };
  const drawing = largeNetworkDrawing(many, "zh", "community", null, 2, null, new Set(), PICTURE_HEIGHT);
  // Two link styles, then the 560 unlabelled people's 560 paths, 700 dots a step at most.
  expect(drawing.picture.steps).toHaveLength(3);
  const dots = paint(drawing).filter((p) => p.kind === "dots");
  expect(dots).toHaveLength(560);
  expect(new Set(dots.map((p) => p.count))).toEqual(new Set([1]));
  expect(drawing.option(canvas).legend.data).toHaveLength(600);
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
  // A large network's crowd and links carry no ids: the drawing knows them by index.
  const drawing = largeNetworkDrawing(net, "zh", "province", null);
  expect(clickedPerson(click({ seriesType: "scatter", data: 0.5 }))).toBeNull();
  expect(drawing.clicked(3, 0)).toBeNull();
});
