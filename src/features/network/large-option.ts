/**
 * Pure ECharts option for a leader network of LARGE_GRAPH people or more (up to 2,000 and
 * thousands of links). A `graph` series draws every link as an element of its own in one task
 * (a third of a second at 2,000 people); here the links are `lines` series in large mode, a few
 * paths in all (one per line style), drawn over frames, and the people are `scatter` series, one
 * per legend entry, on hidden value axes. Panning and zooming go through dataZoom inside the box.
 */
import type { DefaultLabelFormatterCallbackParams as Params } from "echarts";
import type { ComposeOption } from "echarts/core";
import type { LinesSeriesOption, ScatterSeriesOption } from "echarts/charts";
import type {
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import type { Network, NetworkEdge, NetworkNode } from "../../analytics/network";
import { personLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { provinceColour } from "../../lib/province-colours";
import type { ColorBy } from "./to-option";
import { DIMMED, FAINT_LINK, GRAPH_BOX, OPEN_LINK, linkTooltip, networkBasics, nodeTooltip } from "./to-option";

export type LargeNetworkOption = ComposeOption<
  | LinesSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | DataZoomComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** The few sizes of the people drawn in large mode (one size per path): 5 to 16 pixels as in a graph. */
const CROWD_SIZES = [6, 10, 15];

/** ECharts' own grey for a graph's links. */
const LINK_GREY = "#86878c";

interface LinkStyle {
  width: number;
  type: "solid" | "dashed";
  opacity: number;
  color: string;
}

/** Links share a path when they share a style: widths are rounded to half a pixel for that. */
function linkStyle(e: NetworkEdge, faint: boolean, open: boolean): LinkStyle {
  const width = Math.round(Math.min(3, 0.5 + e.weight / 8) * 2) / 2 + (open ? OPEN_LINK.extraWidth : 0);
  return {
    width,
    type: e.mentioned ? "dashed" : "solid",
    opacity: open ? 1 : faint ? FAINT_LINK : e.mentioned ? 0.35 : 0.6,
    color: open ? OPEN_LINK.color : LINK_GREY,
  };
}

/** A link as a `lines` item: its two ends (on the value axes) and the two ids a click reports. */
export interface LinkItem {
  coords: [[number, number], [number, number]];
  source: string;
  target: string;
  value: number;
}

/** People of this many provinces (or communities) are added to the chart in one step. */
const GROUPS_PER_STEP = 3;

/**
 * A large network to draw in steps, one a frame, so that no step is a long task: `base` (the box,
 * hidden axes, legend, zoom, tooltip and the links) is given to the chart at once; each of `steps`
 * builds series to add to it (merged by their ids): the people, a few provinces at a time.
 */
export function largeNetworkDrawing(
  net: Network,
  lang: Lang,
  colorBy: ColorBy,
  focus: string | null,
  aspect = 2,
  openLink: readonly [string, string] | null = null,
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
  const size = (n: NetworkNode) => (n.mentionedOnly ? 4 : 5 + 11 * Math.sqrt(n.meetings / maxMeetings));
  const personItem = (n: NetworkNode) => ({ id: n.id, name: personLabel(n.name, lang), value: at(n.id) });
  // Labelled people (the 40 with most meetings, the focused one and the people they met) are
  // drawn one by one, with their name and exact size; everyone else in large mode, as above.
  const shown = (n: NetworkNode) => !dimmed(n.id) && (labelled.has(n.id) || circle.has(n.id));
  const named = (n: NetworkNode) => ({
    ...personItem(n),
    symbolSize: size(n),
    symbol: n.mentionedOnly ? "diamond" : "circle",
    label: {
      show: true,
      position: place.get(n.id)!.x > aspect / 2 ? ("left" as const) : ("right" as const),
      ...(circle.has(n.id) ? { fontWeight: "bold" as const } : {}),
    },
    ...(n.id === focus ? { itemStyle: { borderColor: "#fbbf24", borderWidth: 3 } } : {}),
  });
  const names = new Map(net.nodes.map((n) => [n.id, personLabel(n.name, lang)]));
  const isOpen = (e: NetworkEdge) => openLink !== null && openLink.includes(e.source) && openLink.includes(e.target);
  const faint = (e: NetworkEdge) => circle.size > 0 && e.source !== focus && e.target !== focus;
  const byStyle = new Map<string, { style: LinkStyle; edges: NetworkEdge[] }>();
  for (const e of net.edges) {
    const style = linkStyle(e, faint(e), isOpen(e));
    const key = `${style.width} ${style.type} ${style.opacity} ${style.color}`;
    const group = byStyle.get(key) ?? byStyle.set(key, { style, edges: [] }).get(key)!;
    group.edges.push(e);
  }
  // Fainter paths first: a link in full is drawn over the faint ones, the open link over all.
  const linkGroups = [...byStyle.values()].sort((a, b) => a.style.opacity - b.style.opacity);
  const links = () =>
    linkGroups.map(({ style, edges }, i) => ({
      id: `links-${i}`,
      type: "lines" as const,
      coordinateSystem: "cartesian2d",
      large: true,
      largeThreshold: 100,
      animation: false,
      lineStyle: { ...style, curveness: 0.1 },
      emphasis: { disabled: true },
      tooltip: {
        formatter: (p: Params) => linkTooltip(edges[p.dataIndex]!, names, lang),
      },
      data: edges.map((e): LinkItem => ({
        coords: [at(e.source), at(e.target)],
        source: e.source,
        target: e.target,
        value: e.weight,
      })),
    }));
  const tooltipOf = (list: readonly NetworkNode[]) => ({
    formatter: (p: Params) => nodeTooltip(list[p.dataIndex]!, lang),
  });
  const people = (c: string, ci: number) => {
    const members = net.nodes.filter((n) => groupOf(n) === c);
    const common = {
      type: "scatter" as const,
      name: groupLabel(c),
      animation: false,
      ...(colorBy === "province" ? { itemStyle: { color: provinceColour(c) } } : {}),
    };
    const crowd = new Map<string, { symbol: string; symbolSize: number; opacity: number; nodes: NetworkNode[] }>();
    for (const n of members) {
      if (shown(n)) continue;
      const symbol = n.mentionedOnly ? "diamond" : "circle";
      const symbolSize = n.mentionedOnly ? 4 : (CROWD_SIZES.find((s) => s >= size(n) - 2) ?? 15);
      const opacity = dimmed(n.id) ? DIMMED : 0.8;
      const key = `${symbol} ${symbolSize} ${opacity}`;
      const group = crowd.get(key) ?? crowd.set(key, { symbol, symbolSize, opacity, nodes: [] }).get(key)!;
      group.nodes.push(n);
    }
    const labelledSeries = members.some(shown)
      ? [
          {
            ...common,
            id: `people-${ci}-named`,
            z: 3,
            label: { fontSize: 12, formatter: (p: Params) => p.name },
            labelLayout: { hideOverlap: true },
            emphasis: { scale: false },
            tooltip: tooltipOf(members.filter(shown)),
            data: members.filter(shown).map(named),
          },
        ]
      : [];
    return [
      ...[...crowd.values()].map((g, k) => ({
        ...common,
        id: `people-${ci}-${k}`,
        large: true,
        largeThreshold: 0,
        symbol: g.symbol,
        symbolSize: g.symbolSize,
        ...(colorBy === "province"
          ? { itemStyle: { color: provinceColour(c), opacity: g.opacity } }
          : { itemStyle: { opacity: g.opacity } }),
        tooltip: tooltipOf(g.nodes),
        data: g.nodes.map(personItem),
      })),
      ...labelledSeries,
    ];
  };
  type Series = ReturnType<typeof links>[number] | ReturnType<typeof people>[number];
  const steps: (() => Series[])[] = [];
  for (let i = 0; i < categories.length; i += GROUPS_PER_STEP)
    steps.push(() => categories.slice(i, i + GROUPS_PER_STEP).flatMap((c, k) => people(c, i + k)));
  const base = {
    // Nothing moves into place: each step would set up transitions for the whole chart.
    animation: false,
    tooltip: { trigger: "item" },
    // In full even when the first series of a name is a dimmed crowd.
    legend: { type: "scroll", top: 0, data: categories.map(groupLabel), itemStyle: { opacity: 1 } },
    grid: { ...GRAPH_BOX },
    xAxis: { type: "value", show: false, min: 0, max: aspect },
    // Down the page, as the layout's y runs (and a graph's would).
    yAxis: { type: "value", show: false, min: 0, max: 1, inverse: true },
    dataZoom: [
      { type: "inside", xAxisIndex: 0, filterMode: "none" },
      { type: "inside", yAxisIndex: 0, filterMode: "none" },
    ],
    // The links at once (a few paths, quick to build), so the chart never draws without a series.
    series: links() as Series[],
  } satisfies LargeNetworkOption;
  return { base, steps };
}

/** The whole option of a large network, every step's series in it. */
export function largeNetworkOption(...args: Parameters<typeof largeNetworkDrawing>) {
  const { base, steps } = largeNetworkDrawing(...args);
  return { ...base, series: [...base.series, ...steps.flatMap((step) => step())] } satisfies LargeNetworkOption;
}
