import type { ECElementEvent } from "echarts/core";
import { ChartFrame } from "../../../components/chart-frame";
import { pick } from "../../../lib/i18n";
import { useLang } from "../../../lib/use-lang";
import { useViewState } from "../../../lib/view-state";
import { networkColumns } from "../network-columns";
import { useGraphAspect } from "../use-aspect";
import { egoOption } from "./ego-option";
import { useEgoNetwork } from "./use-person-page";

const HEIGHT = 420;

function clickedPerson(params: ECElementEvent): string | null {
  const data = params.data;
  if (params.dataType !== "node" || typeof data !== "object" || data === null || !("id" in data)) return null;
  return typeof data.id === "string" ? data.id : null;
}

/** The people around the person, depth 1 or 2, within the month window; a click opens another's page. */
export function EgoChart({ personId }: { personId: string }) {
  const lang = useLang();
  const { state, update } = useViewState();
  const { ref, aspect } = useGraphAspect(HEIGHT);
  const net = useEgoNetwork(personId, state.depth);
  const nodes = net.data?.nodes ?? [];
  return (
    <div ref={ref}>
      <ChartFrame
        id="ego-network"
        title={{ zh: "人际网络", en: "Network around them" }}
        option={net.data && nodes.length ? egoOption(net.data, lang, personId, aspect) : null}
        rows={nodes}
        columns={networkColumns(lang)}
        isLoading={net.isPending}
        error={net.error}
        height={HEIGHT}
        note={
          <label className="mb-2 flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              data-testid="ego-depth"
              checked={state.depth === 2}
              onChange={(e) => update({ depth: e.target.checked ? 2 : 1 }, { replace: true })}
            />
            {pick(lang, { zh: "扩展到二度（他们会见的人）", en: "Widen to depth 2 (the people they met)" })}
          </label>
        }
        onEvents={{
          click: (p) => {
            const person = clickedPerson(p);
            if (person && person !== personId) update({ person });
          },
        }}
        onRowClick={(n) => update({ person: n.id })}
      />
    </div>
  );
}
