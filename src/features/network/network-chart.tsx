import { useEffect } from "react";
import type { ECElementEvent } from "echarts/core";
import { ChartFrame } from "../../components/chart-frame";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { networkColumns } from "./network-columns";
import { NetworkControls } from "./network-controls";
import { networkOption } from "./to-option";
import { useNetwork } from "./use-network";
import { useNetworkSettings } from "./use-network-settings";
import { useGraphAspect } from "./use-aspect";

const HEIGHT = 560;

/** The person id of a clicked node; null for a click on a link or anything else. */
function clickedPerson(params: ECElementEvent): string | null {
  const data = params.data;
  if (params.dataType !== "node" || typeof data !== "object" || data === null || !("id" in data)) return null;
  return typeof data.id === "string" ? data.id : null;
}

/** The two person ids of a clicked link; null for a click on a node or anything else. */
function clickedLink(params: ECElementEvent): [string, string] | null {
  const data = params.data;
  if (params.dataType !== "edge" || typeof data !== "object" || data === null) return null;
  if (!("source" in data) || !("target" in data)) return null;
  return typeof data.source === "string" && typeof data.target === "string" ? [data.source, data.target] : null;
}

/** Who meets whom: a force graph of people linked by the meetings they attended together. */
export function NetworkChart() {
  const lang = useLang();
  const { state, update } = useViewState();
  const settings = useNetworkSettings();
  const { ref, aspect } = useGraphAspect(HEIGHT);
  const net = useNetwork({ limit: settings.limit, search: settings.deferredSearch });
  const data = net.data;
  const nodes = data?.nodes ?? [];
  // Searching focuses the best match, as a click would; clicking someone else afterwards wins.
  const match = settings.deferredSearch.trim() ? data?.matches[0] : undefined;
  useEffect(() => {
    if (match) update({ focusPerson: match }, { replace: true });
  }, [match, update]);
  const count = data
    ? pick(lang, {
        zh: `显示 ${nodes.length} / ${data.total} 人`,
        en: `showing ${nodes.length} of ${data.total} people`,
      })
    : null;
  return (
    <div ref={ref}>
      <ChartFrame
        id="network"
        title={{ zh: "谁与谁开会", en: "Who meets whom" }}
        option={
          data && nodes.length
            ? networkOption(data, lang, settings.colorBy, state.focusPerson, aspect, state.focusLink)
            : null
        }
        rows={nodes}
        columns={networkColumns(lang)}
        isLoading={net.isPending}
        error={net.error}
        height={HEIGHT}
        note={<NetworkControls settings={settings} count={count} />}
        onEvents={{
          click: (p) => {
            const person = clickedPerson(p);
            if (person) update({ focusPerson: person });
            const link = clickedLink(p);
            if (link) update({ focusLink: link });
          },
        }}
        onRowClick={(n) => update({ focusPerson: n.id })}
      />
    </div>
  );
}
