/**
 * A leader network of LARGE_GRAPH people or more (up to 2,000 and thousands of links), drawn for
 * speed. Every update of an ECharts chart (the first drawing, a pan, a legend click) goes through
 * all its series, so the thousands of links and unlabelled people are not series: they are
 * painted once, a few thousand a frame, on a canvas of their own (`picture`, large-picture.ts,
 * painted by use-picture.ts), which the chart shows as one picture stretched over the layout's
 * box (one element to move when the view pans). Over it, never painted, a large scatter of the
 * crowd and a large `lines` series of the links find what is under the pointer (their tooltips
 * and clicks); the labelled people are one scatter series with their names; the legend's entries
 * are the categories of an empty graph, and a group it hides is left out of the picture. The
 * people sit on hidden value axes; panning and zooming go through dataZoom inside the box.
 */
import type {
  CustomSeriesRenderItemAPI,
  CustomSeriesRenderItemParams,
  DefaultLabelFormatterCallbackParams as Params,
} from "echarts";
import type { ComposeOption } from "echarts/core";
import type { CustomSeriesOption, GraphSeriesOption, LinesSeriesOption, ScatterSeriesOption } from "echarts/charts";
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import type { Network, NetworkEdge, NetworkNode } from "../../analytics/network";
import { personLabel, pick } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { provinceColour } from "../../lib/province-colours";
import { PROVINCES } from "../../model/province";
import type { ColorBy } from "./to-option";
import { DIMMED, FAINT_LINK, GRAPH_BOX, OPEN_LINK, linkTooltip, networkBasics, nodeTooltip } from "./to-option";
import {
  PICTURE_HEIGHT,
  PICTURE_MARGIN,
  paintedPicture,
  type Batch,
  type LinkGroup,
  type LinkStyle,
} from "./large-picture";

export type LargeNetworkOption = ComposeOption<
  | CustomSeriesOption
  | GraphSeriesOption
  | LinesSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | DataZoomComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** ECharts' own grey for a graph's links. */
const LINK_GREY = "#86878c";

/** A scatter's people are drawn at this opacity (ECharts' default for scatter), dimmed ones at DIMMED. */
const PEOPLE_OPACITY = 0.8;

/**
 * The canvas layer of what the pointer finds (the labelled people, the hits): a hover highlights
 * a person and redraws that layer only, not the picture beneath.
 */
const POINTED_LAYER = 1;

/** How far from a crowd person's centre (in pixels, either way) the pointer finds them. */
const HIT_SIZE = 8;
/** How wide a band along a link (in pixels) the pointer finds it in. */
const LINK_HIT_WIDTH = 3;

/** The line the link hits start with, of no length, outside the box (see the series). */
const NO_LINK: NetworkEdge = { source: "", target: "", weight: 0, mentioned: false, roles: [{}, {}] };
/** More items than any large network's: a progressive series drawn in one go. */
const PROGRESSIVE_ALL = 1_000_000;

/** Few widths: hairlines for the many links of one to three meetings, wider from four, widest from twelve. */
function linkStyle(e: NetworkEdge, faint: boolean, open: boolean): LinkStyle {
  const width = (e.weight >= 12 ? 2 : e.weight >= 4 ? 1 : 0.5) + (open ? OPEN_LINK.extraWidth : 0);
  return {
    width,
    type: e.mentioned ? "dashed" : "solid",
    opacity: open ? 1 : faint ? FAINT_LINK : e.mentioned ? 0.35 : 0.6,
    color: open ? OPEN_LINK.color : LINK_GREY,
  };
}

/**
 * Links as `lines` data in ECharts' flat form, two points a link (2, x1, y1, x2, y2, 2, …): ECharts
 * copies an option it is given, and thousands of objects take it longer than one typed array.
 */
export function flatLinks(edges: readonly NetworkEdge[], at: (id: string) => [number, number]): Float32Array {
  const flat = new Float32Array(edges.length * 5);
  edges.forEach((e, i) => {
    const [x1, y1] = at(e.source);
    const [x2, y2] = at(e.target);
    flat.set([2, x1, y1, x2, y2], i * 5);
  });
  return flat;
}

/** People's places as a large scatter's data, flat (x, y, x, y, …), for the same reason. */
export function flatPlaces(nodes: readonly NetworkNode[], at: (id: string) => [number, number]): Float32Array {
  const flat = new Float32Array(nodes.length * 2);
  nodes.forEach((n, i) => flat.set(at(n.id), i * 2));
  return flat;
}

/** The colour of a group: a province's own, or one of the same palette for a community. */
function groupColour(colorBy: ColorBy, group: string, index: number): string {
  return colorBy === "province" ? provinceColour(group) : provinceColour(PROVINCES[index % PROVINCES.length]);
}

/** What a screen reader says of the chart: how many people and links, and who has most meetings. */
function describe(net: Network, lang: Lang): string {
  const top = [...net.nodes]
    .sort((a, b) => b.meetings - a.meetings)
    .slice(0, 5)
    .map((n) => personLabel(n.name, lang));
  return pick(lang, {
    zh: `谁与谁开会：${net.nodes.length} 人，${net.edges.length} 条联系；会议最多的是${top.join("、")}。`,
    en: `Who meets whom: ${net.nodes.length} people, ${net.edges.length} links; most meetings: ${top.join(", ")}.`,
  });
}

/**
 * A large network's `picture` (its links and crowd, to paint first), its `option` once the
 * picture is painted on `canvas`, and `clicked`: what a click on a link or in the crowd was on.
 * `hidden`: the legend entries (by label) whose people are left out; `boxHeight`: the height in
 * pixels of the box the layout is drawn in (sizes and widths in the picture are to that scale).
 */
export function largeNetworkDrawing(
  net: Network,
  lang: Lang,
  colorBy: ColorBy,
  focus: string | null,
  aspect = 2,
  openLink: readonly [string, string] | null = null,
  hidden: ReadonlySet<string> = new Set(),
  boxHeight = 472,
) {
  const { groupOf, groupLabel, categories, maxMeetings, labelled, circle, dimmed, place } = networkBasics(
    net,
    lang,
    colorBy,
    focus,
    aspect,
  );
  const at = (id: string): [number, number] => {
    const p = place.get(id)!;
    return [p.x, p.y];
  };
  const colours = new Map(categories.map((c, i) => [c, groupColour(colorBy, c, i)]));
  const size = (n: NetworkNode) => (n.mentionedOnly ? 4 : 5 + 11 * Math.sqrt(n.meetings / maxMeetings));
  const visible = (n: NetworkNode) => !hidden.has(groupLabel(groupOf(n)));
  // Labelled people (the 40 with most meetings, the focused one and the people they met) are
  // drawn one by one with their names; everyone else in the crowd.
  const shown = (n: NetworkNode) => !dimmed(n.id) && (labelled.has(n.id) || circle.has(n.id));
  const named = (n: NetworkNode) => ({
    id: n.id,
    name: personLabel(n.name, lang),
    value: at(n.id),
    symbolSize: size(n),
    symbol: n.mentionedOnly ? "diamond" : "circle",
    label: {
      show: true,
      position: place.get(n.id)!.x > aspect / 2 ? ("left" as const) : ("right" as const),
      ...(circle.has(n.id) ? { fontWeight: "bold" as const } : {}),
    },
    itemStyle: {
      color: colours.get(groupOf(n))!,
      ...(n.id === focus ? { borderColor: "#fbbf24", borderWidth: 3 } : {}),
    },
  });
  const names = new Map(net.nodes.map((n) => [n.id, personLabel(n.name, lang)]));
  const isOpen = (e: NetworkEdge) => openLink !== null && openLink.includes(e.source) && openLink.includes(e.target);
  const faint = (e: NetworkEdge) => circle.size > 0 && e.source !== focus && e.target !== focus;
  const byStyle = new Map<string, LinkGroup>();
  for (const e of net.edges) {
    const style = linkStyle(e, faint(e), isOpen(e));
    const key = `${style.width} ${style.type} ${style.opacity} ${style.color}`;
    const group = byStyle.get(key) ?? byStyle.set(key, { style, edges: [] }).get(key)!;
    group.edges.push(e);
  }
  // Fainter links first: a link in full is painted over the faint ones, the open link over all.
  const linkGroups = [...byStyle.values()].sort((a, b) => a.style.opacity - b.style.opacity);
  const edges = linkGroups.flatMap((g) => g.edges);
  /** The link of an index of the hits (which start with NO_LINK). */
  const hitLink = (index: number): NetworkEdge | undefined => (index >= 1 ? edges[index - 1] : undefined);
  const batches = new Map<string, Batch>();
  for (const n of net.nodes) {
    if (shown(n) || !visible(n)) continue;
    const group = groupOf(n);
    const opacity = dimmed(n.id) ? DIMMED : PEOPLE_OPACITY;
    const key = `${group} ${opacity} ${n.mentionedOnly}`;
    const batch =
      batches.get(key) ??
      batches.set(key, { group, colour: colours.get(group)!, opacity, diamond: n.mentionedOnly, nodes: [] }).get(key)!;
    batch.nodes.push(n);
  }
  // Dimmed dots first: the people in full are painted over them.
  const crowdBatches = [...batches.values()].sort((a, b) => a.opacity - b.opacity);
  const crowd = crowdBatches.flatMap((b) => b.nodes);
  const withNames = net.nodes.filter((n) => shown(n) && visible(n));
  const picture = paintedPicture(linkGroups, crowdBatches, (id) => place.get(id)!, size, aspect, boxHeight);
  const { margin, inner } = picture;

  // The legend's entries: the categories of one empty graph (a series per group would be
  // thirty more series for every update to go through).
  const legendEntries = [
    {
      id: "groups",
      type: "graph" as const,
      layout: "none" as const,
      silent: true,
      categories: categories.map((c) => ({ name: groupLabel(c), itemStyle: { color: colours.get(c)! } })),
      data: [],
      links: [],
    },
  ];
  const option = (canvas: HTMLCanvasElement) =>
    ({
      // Nothing moves into place: a pan would set up transitions for the whole chart.
      animation: false,
      // Said in one sentence: ECharts would otherwise read out the first series.
      aria: { enabled: true, label: { description: describe(net, lang) } },
      tooltip: { trigger: "item" },
      legend: {
        type: "scroll",
        top: 0,
        // Round, as the people are (a graph's categories would show as rounded squares).
        icon: "circle",
        data: categories.map(groupLabel),
        selected: Object.fromEntries(categories.map((c) => [groupLabel(c), !hidden.has(groupLabel(c))])),
      },
      grid: { ...GRAPH_BOX },
      xAxis: { type: "value", show: false, min: 0, max: aspect },
      // Down the page, as the layout's y runs (and a graph's would).
      yAxis: { type: "value", show: false, min: 0, max: 1, inverse: true },
      dataZoom: [
        { type: "inside", xAxisIndex: 0, filterMode: "none" },
        { type: "inside", yAxisIndex: 0, filterMode: "none" },
      ],
      series: [
        {
          id: "picture",
          type: "custom" as const,
          coordinateSystem: "cartesian2d",
          silent: true,
          // One item, the picture; its value only keeps it inside the axes.
          data: [[0, 0]],
          renderItem: (params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
            const [x0, y0] = api.coord([0, 0]);
            const [x1, y1] = api.coord([aspect, 1]);
            // The box's shape is the layout's to a twentieth: each way has its own scale.
            const kx = (x1! - x0!) / inner;
            const ky = (y1! - y0!) / PICTURE_HEIGHT;
            const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
            return {
              type: "image" as const,
              silent: true,
              style: {
                image: canvas,
                x: x0! - margin * kx,
                y: y0! - margin * ky,
                width: picture.width * kx,
                height: picture.height * ky,
              },
              // Dots whose centres are in the box are drawn whole, as a scatter's are; nothing further out.
              clipPath: {
                type: "rect" as const,
                shape: {
                  x: box.x - PICTURE_MARGIN,
                  y: box.y - PICTURE_MARGIN,
                  width: box.width + 2 * PICTURE_MARGIN,
                  height: box.height + 2 * PICTURE_MARGIN,
                },
              },
            };
          },
        },
        {
          id: "link-hits",
          type: "lines" as const,
          coordinateSystem: "cartesian2d",
          zlevel: POINTED_LAYER,
          large: true,
          largeThreshold: 0,
          // ECharts 6.1 reports which large line is under the pointer only when the lines are
          // drawn progressively (else the index is NaN), and never the first: all at once, then,
          // after a line of no length outside the box.
          progressive: PROGRESSIVE_ALL,
          progressiveThreshold: 1,
          // Never painted (ECharts skips what has no opacity), yet under the pointer; straight,
          // as painted, and quick to test.
          lineStyle: { width: LINK_HIT_WIDTH, opacity: 0, curveness: 0 },
          emphasis: { disabled: true },
          tooltip: {
            formatter: (p: Params) => (hitLink(p.dataIndex) ? linkTooltip(hitLink(p.dataIndex)!, names, lang) : ""),
          },
          data: flatLinks([NO_LINK, ...edges], (id) => (id === NO_LINK.source ? [-1, -1] : at(id))),
        },
        {
          id: "crowd-hits",
          type: "scatter" as const,
          zlevel: POINTED_LAYER,
          large: true,
          largeThreshold: 0,
          symbolSize: HIT_SIZE,
          itemStyle: { opacity: 0 },
          tooltip: { formatter: (p: Params) => (crowd[p.dataIndex] ? nodeTooltip(crowd[p.dataIndex]!, lang) : "") },
          data: flatPlaces(crowd, at),
        },
        {
          id: "named",
          type: "scatter" as const,
          zlevel: POINTED_LAYER,
          z: 3,
          label: { fontSize: 12, formatter: (p: Params) => p.name },
          labelLayout: { hideOverlap: true },
          emphasis: { scale: false },
          tooltip: {
            formatter: (p: Params) => (withNames[p.dataIndex] ? nodeTooltip(withNames[p.dataIndex]!, lang) : ""),
          },
          data: withNames.map(named),
        },
        ...legendEntries,
      ],
    }) satisfies LargeNetworkOption;
  /** What the item `dataIndex` of the series `seriesIndex` stands for: a link's two ids, or a crowd person's id. */
  const clicked = (seriesIndex: number, dataIndex: number): { link: [string, string] } | { person: string } | null => {
    const e = seriesIndex === 1 ? hitLink(dataIndex) : undefined;
    if (e) return { link: [e.source, e.target] };
    const n = seriesIndex === 2 ? crowd[dataIndex] : undefined;
    return n ? { person: n.id } : null;
  };
  return { picture, option, clicked };
}

/** The whole option of a large network, its picture painted on `canvas`. */
export function largeNetworkOption(canvas: HTMLCanvasElement, ...args: Parameters<typeof largeNetworkDrawing>) {
  return largeNetworkDrawing(...args).option(canvas);
}
