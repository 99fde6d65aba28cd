/** Pure ECharts option for the leader network. */
import type { ComposeOption } from "echarts/core";
import type { GraphSeriesOption } from "echarts/charts";
import type { LegendComponentOption, TooltipComponentOption } from "echarts/components";
import type { Network, NetworkEdge, NetworkNode } from "../../analytics/network";
import { escapeHtml } from "../../components/chart-text";
import { personLabel, provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { provinceColour } from "../../lib/province-colours";

export type ColorBy = "province" | "community";

export type NetworkOption = ComposeOption<GraphSeriesOption | LegendComponentOption | TooltipComponentOption>;

/** The 40 people with most meetings carry a label; the rest show theirs on hover. */
const LABELLED = 40;

/** A person's tooltip, as HTML: the name (escaped: it comes from a document), meetings, mentions if any. */
function nodeTooltip(n: NetworkNode, lang: Lang): string {
  const meetings = `${lang === "en" ? "meetings" : "会议"}: ${n.meetings}`;
  const mentions = n.mentions ? `<br/>${lang === "en" ? "mentioned at" : "提及"}: ${n.mentions}` : "";
  return `${escapeHtml(n.name)}<br/>${meetings}${mentions}`;
}

function link(e: NetworkEdge) {
  return {
    source: e.source,
    target: e.target,
    value: e.weight,
    lineStyle: {
      width: Math.min(8, 1 + e.weight),
      type: e.mentioned ? ("dashed" as const) : ("solid" as const),
      opacity: e.mentioned ? 0.35 : 0.6,
      curveness: 0.1,
    },
  };
}

export function networkOption(net: Network, lang: Lang, colorBy: ColorBy, focus: string | null) {
  const groupOf = (n: NetworkNode) =>
    colorBy === "community" ? `#${n.community + 1}` : (n.province ?? (lang === "en" ? "National" : "中央"));
  const groupLabel = (g: string) => (colorBy === "province" ? provinceLabel(g, lang) : g);
  const categories = [...new Set(net.nodes.map(groupOf))];
  const maxMeetings = Math.max(1, ...net.nodes.map((n) => n.meetings));
  const byMeetings = [...net.nodes].sort((a, b) => b.meetings - a.meetings);
  const labelled = new Set(byMeetings.slice(0, LABELLED).map((n) => n.id));
  const node = (n: NetworkNode) => ({
    id: n.id,
    name: personLabel(n.name, lang),
    value: n.meetings,
    category: categories.indexOf(groupOf(n)),
    symbolSize: n.mentionedOnly ? 10 : 14 + 26 * Math.sqrt(n.meetings / maxMeetings),
    symbol: n.mentionedOnly ? "diamond" : "circle",
    label: { show: labelled.has(n.id) || n.id === focus },
    itemStyle: n.id === focus ? { borderColor: "#fbbf24", borderWidth: 3 } : undefined,
    // A function, not a string: ECharts would read "{b}" in a name as a template.
    tooltip: { formatter: () => nodeTooltip(n, lang) },
  });
  return {
    tooltip: { trigger: "item" },
    legend: { type: "scroll", top: 0, data: categories.map(groupLabel) },
    series: [
      {
        type: "graph",
        layout: "force",
        roam: true,
        draggable: true,
        force: { repulsion: 220, edgeLength: [60, 160], gravity: 0.08, layoutAnimation: net.nodes.length < 400 },
        categories: categories.map((c) => ({
          name: groupLabel(c),
          ...(colorBy === "province" ? { itemStyle: { color: provinceColour(c) } } : {}),
        })),
        label: { position: "right", fontSize: 12 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: "adjacency", lineStyle: { width: 4 } },
        data: net.nodes.map(node),
        links: net.edges.map(link),
      },
    ],
  } satisfies NetworkOption;
}
