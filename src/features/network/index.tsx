import { PartBoundary } from "../../components/part-boundary";
import { useViewState } from "../../lib/view-state";
import { NetworkChart } from "./network-chart";
import { PersonPanel } from "./person-panel";

/** The leader network, with the chosen person's panel beside it. */
export default function NetworkView() {
  const { state } = useViewState();
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className={state.focusPerson ? "lg:col-span-2" : "lg:col-span-3"}>
        <PartBoundary>
          <NetworkChart />
        </PartBoundary>
      </div>
      {state.focusPerson && (
        <PartBoundary>
          <PersonPanel personId={state.focusPerson} />
        </PartBoundary>
      )}
    </div>
  );
}
