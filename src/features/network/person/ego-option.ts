/** The ego network's option: the leader network's, with the page's person ringed and everyone in full. */
import type { Network } from "../../../analytics/network";
import type { Lang } from "../../../lib/url-state";
import { networkOption } from "../to-option";

export const FOCUS_RING = { borderColor: "#fbbf24", borderWidth: 3 };

export function egoOption(net: Network, lang: Lang, personId: string, aspect: number) {
  const option = networkOption(net, lang, "province", null, aspect);
  return {
    ...option,
    series: option.series.map((series) => ({
      ...series,
      data: series.data.map((node) =>
        node.id === personId
          ? { ...node, itemStyle: FOCUS_RING, label: { ...node.label, show: true, fontWeight: "bold" as const } }
          : node,
      ),
    })),
  };
}
