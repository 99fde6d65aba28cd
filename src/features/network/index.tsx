import { PartBoundary } from "../../components/part-boundary";
import { useViewState } from "../../lib/view-state";
import { NetworkChart } from "./network-chart";
import { LinkEvidencePanel } from "./link-evidence-panel";
import { PersonPanel } from "./person-panel";

/** The leader network, with the chosen link's meetings and the chosen person's panel beside it. */
export default function NetworkView() {
  const { state } = useViewState();
  const link = state.focusLink;
  const aside = link !== null || state.focusPerson !== null;
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className={aside ? "lg:col-span-2" : "lg:col-span-3"}>
        <PartBoundary>
          <NetworkChart />
        </PartBoundary>
      </div>
      {aside && (
        <div className="space-y-4">
          {link && (
            <PartBoundary>
              <LinkEvidencePanel a={link[0]} b={link[1]} />
            </PartBoundary>
          )}
          {state.focusPerson && (
            <PartBoundary>
              <PersonPanel personId={state.focusPerson} />
            </PartBoundary>
          )}
        </div>
      )}
    </div>
  );
}
