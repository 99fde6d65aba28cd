import { useEffect, useMemo, useState } from "react";
import { ChartFrame } from "../../components/chart-frame";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { clickedLink, clickedPerson } from "./clicked";
import { networkColumns } from "./network-columns";
import { NetworkControls } from "./network-controls";
import { GRAPH_BOX, LARGE_GRAPH, networkOption } from "./to-option";
import { largeNetworkDrawing } from "./large-option";
import { usePicture } from "./use-picture";
import { useNetwork } from "./use-network";
import { useNetworkSettings } from "./use-network-settings";
import { useGraphAspect } from "./use-aspect";

const HEIGHT = 560;
/** The graph's box inside the chart, in pixels high. */
const BOX_HEIGHT = HEIGHT - GRAPH_BOX.top - GRAPH_BOX.bottom;

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
  // A large network's groups the legend hides are left out of its picture (see large-option.ts).
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const drawing = useMemo(
    () =>
      data && large
        ? largeNetworkDrawing(data, lang, colorBy, focusPerson, aspect, focusLink, hidden, BOX_HEIGHT)
        : null,
    [data, large, lang, colorBy, focusPerson, aspect, focusLink, hidden],
  );
  const painted = usePicture(drawing?.picture ?? null);
  const option = useMemo(
    () =>
      drawing
        ? painted && drawing.option(painted.canvas)
        : data && data.nodes.length
          ? networkOption(data, lang, colorBy, focusPerson, aspect, focusLink)
          : null,
    [drawing, painted, data, lang, colorBy, focusPerson, aspect, focusLink],
  );
  // While a large network's picture is painted, the chart keeps what it showed.
  const [kept, setKept] = useState(option);
  if (option && option !== kept) setKept(option);
  const shown = drawing && !painted ? kept : option;
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
        option={shown}
        rows={nodes}
        columns={networkColumns(lang)}
        isLoading={net.isPending}
        error={net.error}
        height={HEIGHT}
        note={<NetworkControls settings={settings} count={count} />}
        onEvents={{
          legendselectchanged: (p) => {
            const { selected } = p as unknown as { selected: Record<string, boolean> };
            setHidden(new Set(Object.keys(selected).filter((name) => !selected[name])));
          },
          click: (p) => {
            // A large network's links and crowd carry no ids in their data: the drawing knows them by index.
            const item = drawing?.clicked(p.seriesIndex ?? -1, p.dataIndex) ?? null;
            const person = clickedPerson(p) ?? (item && "person" in item ? item.person : null);
            if (person) update({ focusPerson: person });
            const link = clickedLink(p) ?? (item && "link" in item ? item.link : null);
            if (link) update({ focusLink: link });
          },
        }}
        onRowClick={(n) => update({ focusPerson: n.id })}
      />
    </div>
  );
}
