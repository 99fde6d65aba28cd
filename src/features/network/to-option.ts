/** Pure ECharts option for the leader network. */
import type { Network } from "../../analytics/network";
import { PROVINCE_EN, namePinyin } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";

export type ColorBy = "province" | "community";

export function networkOption(net: Network, lang: Lang, colorBy: ColorBy, focus: string | null) {
  const groupOf = (n: Network["nodes"][number]) =>
    colorBy === "community" ? `#${n.community + 1}` : (n.province ?? (lang === "en" ? "National" : "中央"));
  const groupLabel = (g: string) => (colorBy === "province" && lang === "en" ? (PROVINCE_EN[g] ?? g) : g);
  const categories = [...new Set(net.nodes.map(groupOf))];
  const maxMeetings = Math.max(1, ...net.nodes.map((n) => n.meetings));
  const labelled = new Set(
    [...net.nodes]
      .sort((a, b) => b.meetings - a.meetings)
      .slice(0, 40)
      .map((n) => n.id),
  );
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
        categories: categories.map((c) => ({ name: groupLabel(c) })),
        label: { position: "right", fontSize: 12 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: "adjacency", lineStyle: { width: 4 } },
        data: net.nodes.map((n) => ({
          id: n.id,
          name: lang === "en" ? `${n.name} ${namePinyin(n.name)}` : n.name,
          value: n.meetings,
          category: categories.indexOf(groupOf(n)),
          symbolSize: n.mentionedOnly ? 10 : 14 + 26 * Math.sqrt(n.meetings / maxMeetings),
          symbol: n.mentionedOnly ? "diamond" : "circle",
          label: { show: labelled.has(n.id) || n.id === focus },
          itemStyle: n.id === focus ? { borderColor: "#fbbf24", borderWidth: 3 } : undefined,
          tooltip: {
            formatter: `${n.name}<br/>${lang === "en" ? "meetings" : "会议"}: ${n.meetings}${n.mentions ? `<br/>${lang === "en" ? "mentioned at" : "提及"}: ${n.mentions}` : ""}`,
          },
        })),
        links: net.edges.map((e) => ({
          source: e.source,
          target: e.target,
          value: e.weight,
          lineStyle: {
            width: Math.min(8, 1 + e.weight),
            type: e.mentioned ? "dashed" : "solid",
            opacity: e.mentioned ? 0.35 : 0.6,
            curveness: 0.1,
          },
        })),
      },
    ],
  };
}
