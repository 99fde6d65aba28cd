import { useState } from "react";
import { PartBoundary } from "../../components/part-boundary";
import { useViewState } from "../../lib/view-state";
import { MeetingsEvidencePanel } from "./meetings-evidence-panel";
import { ProvinceMap } from "./province-map";
import { ProvinceRanking } from "./province-ranking";
import { ProvinceTimeline } from "./province-timeline";
import type { StackBy } from "./to-option";

/**
 * Meetings by province: the map and the ranking side by side, the meetings of the chosen
 * provinces beside the map with their sources, the months below (a clicked month's meetings under them).
 */
export default function ProvincesView() {
  const { state } = useViewState();
  // The timeline's stacking; the map's note reads the same query for its count of undated meetings.
  const [stackBy, setStackBy] = useState<StackBy>("province");
  const [month, setMonth] = useState<string | null>(null);
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <div className="lg:col-span-3">
        <PartBoundary>
          <ProvinceMap stackBy={stackBy} />
        </PartBoundary>
      </div>
      <div className="space-y-4 lg:col-span-2">
        <PartBoundary>
          <ProvinceRanking />
        </PartBoundary>
        {state.filters.provinces.map((province) => (
          <PartBoundary key={province}>
            <MeetingsEvidencePanel province={province} month={null} />
          </PartBoundary>
        ))}
      </div>
      <div className="lg:col-span-5">
        <PartBoundary>
          <ProvinceTimeline stackBy={stackBy} onStackBy={setStackBy} onMonth={setMonth} />
        </PartBoundary>
      </div>
      {month && (
        <div className="lg:col-span-5">
          <PartBoundary>
            <MeetingsEvidencePanel province={null} month={month} onClose={() => setMonth(null)} />
          </PartBoundary>
        </div>
      )}
    </div>
  );
}
