/** Pure ECharts option for the leader network. */
import type { ComposeOption } from "echarts/core";
import type { GraphSeriesOption } from "echarts/charts";
import type { LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { Network, NetworkEdge, NetworkNode, RoleCounts } from "../../analytics/network";
import { ROLES } from "../../ingest/types";
import { escapeHtml } from "../../components/chart-text";
import { personLabel, provinceLabel, roleLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { provinceColour } from "../../lib/province-colours";

export type ColorBy = "province" | "community";

export type NetworkOption = ComposeOption<GraphSeriesOption | LegendComponentOption | TooltipComponentOption>;

/** The 40 people with most meetings carry a label; the rest show theirs on hover. */
export const LABELLED = 40;

/**
 * From this many people the network is drawn for speed (up to 2,000 people and thousands of
 * links) as lines and points over several frames (`large-option.ts`), not as a graph.
 */
export const LARGE_GRAPH = 500;

/** A person's tooltip, as HTML: the name (escaped: it comes from a document), meetings, mentions if any. */
export function nodeTooltip(n: NetworkNode, lang: Lang): string {
  const meetings = `${lang === "en" ? "meetings" : "会议"}: ${n.meetings}`;
  const mentions = n.mentions ? `<br/>${lang === "en" ? "mentioned at" : "提及"}: ${n.mentions}` : "";
  return `${escapeHtml(n.name)}<br/>${meetings}${mentions}`;
}

/** Nodes and links away from the focused person fade to this opacity: still there, not in the way. */
export const DIMMED = 0.2;
export const FAINT_LINK = 0.05;

/** "主持 2、出席 1" / "chaired 2, attended 1", in the order roles are listed everywhere. */
function rolesText(roles: RoleCounts, lang: Lang): string {
  const parts = ROLES.flatMap((role) => (roles[role] ? [`${roleLabel(role, lang)} ${roles[role]}`] : []));
  return parts.join(lang === "en" ? ", " : "、") || "—";
}

/** A link's tooltip, as HTML: both names (escaped), meetings together, and the role each took there. */
export function linkTooltip(e: NetworkEdge, names: ReadonlyMap<string, string>, lang: Lang): string {
  const [a, b] = [escapeHtml(names.get(e.source) ?? e.source), escapeHtml(names.get(e.target) ?? e.target)];
  const together = `${lang === "en" ? "meetings together" : "共同会议"}: ${e.weight}`;
  const open = lang === "en" ? "Click: the meetings and the sentences naming them" : "点击查看会议及提到两人的原句";
  return `${a} — ${b}<br/>${together}<br/>${a}: ${rolesText(e.roles[0], lang)}<br/>${b}: ${rolesText(e.roles[1], lang)}<br/><i>${open}</i>`;
}

/** The link whose meetings are open beside the graph: drawn amber, wider and in full. */
export const OPEN_LINK = { color: "#f59e0b", extraWidth: 2 };

function link(e: NetworkEdge, faint: boolean, open: boolean, names: ReadonlyMap<string, string>, lang: Lang) {
  return {
    source: e.source,
    target: e.target,
    value: e.weight,
    lineStyle: {
      width: Math.min(8, 1 + e.weight) + (open ? OPEN_LINK.extraWidth : 0),
      type: e.mentioned ? ("dashed" as const) : ("solid" as const),
      opacity: open ? 1 : faint ? FAINT_LINK : e.mentioned ? 0.35 : 0.6,
      curveness: 0.1,
      ...(open ? { color: OPEN_LINK.color } : {}),
    },
    tooltip: { formatter: () => linkTooltip(e, names, lang) },
  };
}

/** The focused person and everyone linked to them; empty when nobody shown is focused. */
export function focusCircle(net: Network, focus: string | null): Set<string> {
  if (focus === null || !net.nodes.some((n) => n.id === focus)) return new Set();
  const circle = new Set([focus]);
  for (const e of net.edges) {
    if (e.source === focus) circle.add(e.target);
    if (e.target === focus) circle.add(e.source);
  }
  return circle;
}

/**
 * Node boxes' margins: room for half the largest node (40 px) around the nodes' centres, and on
 * top for the legend's strip (40 px) as well.
 */
export const GRAPH_BOX = { left: 28, right: 28, top: 60, bottom: 28 };

/**
 * The layout stretched to the box's shape (width / height): ECharts then scales it evenly into
 * the box, so it fills the box and nodes stay round (uneven scaling would squash them).
 */
export function fitTo(nodes: readonly NetworkNode[], aspect: number): Map<string, { x: number; y: number }> {
  const span = (values: number[]) => {
    const min = Math.min(...values);
    return { min, size: Math.max(...values) - min || 1 };
  };
  const sx = span(nodes.map((n) => n.x));
  const sy = span(nodes.map((n) => n.y));
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return new Map(
    nodes.map((n) => [n.id, { x: round(((n.x - sx.min) / sx.size) * aspect), y: round((n.y - sy.min) / sy.size) }]),
  );
}

/** What both drawings of a network build first: groups for the legend, who is labelled, the focus, places. */
export function networkBasics(net: Network, lang: Lang, colorBy: ColorBy, focus: string | null, aspect: number) {
  const groupOf = (n: NetworkNode) =>
    colorBy === "community" ? `#${n.community + 1}` : (n.province ?? (lang === "en" ? "National" : "中央"));
  const groupLabel = (g: string) => (colorBy === "province" ? provinceLabel(g, lang) : g);
  const byMeetings = [...net.nodes].sort((a, b) => b.meetings - a.meetings);
  const circle = focusCircle(net, focus);
  return {
    groupOf,
    groupLabel,
    categories: [...new Set(net.nodes.map(groupOf))],
    maxMeetings: Math.max(1, ...net.nodes.map((n) => n.meetings)),
    labelled: new Set(byMeetings.slice(0, LABELLED).map((n) => n.id)),
    circle,
    dimmed: (id: string) => circle.size > 0 && !circle.has(id),
    place: fitTo(net.nodes, aspect),
  };
}

/** A network of fewer than LARGE_GRAPH people as an ECharts graph (larger ones: `largeNetworkDrawing`). */
export function networkOption(
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
  const size = (n: NetworkNode) => (n.mentionedOnly ? 10 : 14 + 26 * Math.sqrt(n.meetings / maxMeetings));
  const node = (n: NetworkNode) => ({
    id: n.id,
    name: personLabel(n.name, lang),
    value: n.meetings,
    ...place.get(n.id)!,
    category: categories.indexOf(groupOf(n)),
    symbolSize: size(n),
    symbol: n.mentionedOnly ? "diamond" : "circle",
    label: {
      show: !dimmed(n.id) && (labelled.has(n.id) || circle.has(n.id)),
      // Inwards (left of a node in the right half), so no label runs past the chart's edge.
      position: place.get(n.id)!.x > aspect / 2 ? ("left" as const) : ("right" as const),
      ...(circle.has(n.id) ? { fontWeight: "bold" as const } : {}),
    },
    itemStyle:
      n.id === focus && circle.size > 0
        ? { borderColor: "#fbbf24", borderWidth: 3 }
        : dimmed(n.id)
          ? { opacity: DIMMED }
          : undefined,
    // A function, not a string: ECharts would read "{b}" in a name as a template.
    tooltip: { formatter: () => nodeTooltip(n, lang) },
  });
  const names = new Map(net.nodes.map((n) => [n.id, personLabel(n.name, lang)]));
  const isOpen = (e: NetworkEdge) => openLink !== null && openLink.includes(e.source) && openLink.includes(e.target);
  const faint = (e: NetworkEdge) => circle.size > 0 && e.source !== focus && e.target !== focus;
  return {
    tooltip: { trigger: "item" },
    // The legend has its own strip above the graph's box: it never covers a node.
    legend: { type: "scroll", top: 0, data: categories.map(groupLabel) },
    series: [
      {
        type: "graph",
        // Positions come laid out from the worker; ECharts fits their extent into the box below.
        layout: "none",
        ...GRAPH_BOX,
        preserveAspect: true,
        roam: true,
        draggable: true,
        categories: categories.map((c) => ({
          name: groupLabel(c),
          ...(colorBy === "province" ? { itemStyle: { color: provinceColour(c) } } : {}),
        })),
        label: { fontSize: 12 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: "adjacency", lineStyle: { width: 4 } },
        data: net.nodes.map(node),
        links: net.edges.map((e) => link(e, faint(e), isOpen(e), names, lang)),
      },
    ],
  } satisfies NetworkOption;
}
