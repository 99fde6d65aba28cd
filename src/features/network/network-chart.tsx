import { useEffect, useMemo } from "react";
import { ChartFrame } from "../../components/chart-frame";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { clickedLink, clickedPerson } from "./clicked";
import { networkColumns } from "./network-columns";
import { NetworkControls } from "./network-controls";
import { LARGE_GRAPH, networkOption } from "./to-option";
import { largeNetworkDrawing } from "./large-option";
import { useSteps } from "./use-steps";
import { useNetwork } from "./use-network";
import { useNetworkSettings } from "./use-network-settings";
import { useGraphAspect } from "./use-aspect";

const HEIGHT = 560;

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
  const { colorBy } = settings;
  const { focusPerson, focusLink } = state;
  // Built once per change: a new option (its functions are new) makes ECharts draw the graph again,
  // and at 2,000 people a redraw is a long task; typing in the search box must not cause one.
  const large = data !== undefined && data.nodes.length >= LARGE_GRAPH;
  const drawing = useMemo(
    () => (data && large ? largeNetworkDrawing(data, lang, colorBy, focusPerson, aspect, focusLink) : null),
    [data, large, lang, colorBy, focusPerson, aspect, focusLink],
  );
  const option = useMemo(
    () =>
      drawing
        ? drawing.base
        : data && data.nodes.length
          ? networkOption(data, lang, colorBy, focusPerson, aspect, focusLink)
          : null,
    [drawing, data, lang, colorBy, focusPerson, aspect, focusLink],
  );
  const addSteps = useSteps(drawing);
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
        option={option}
        rows={nodes}
        columns={networkColumns(lang)}
        isLoading={net.isPending}
        error={net.error}
        height={HEIGHT}
        note={<NetworkControls settings={settings} count={count} />}
        onEvents={{
          rendered: (_, chart) => addSteps(chart),
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
