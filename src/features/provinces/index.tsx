import { useState } from "react";
import { PartBoundary } from "../../components/part-boundary";
import { ProvinceMap } from "./province-map";
import { ProvinceRanking } from "./province-ranking";
import { ProvinceTimeline } from "./province-timeline";
import type { StackBy } from "./to-option";

/** Meetings by province: the map and the ranking side by side, the months below. */
export default function ProvincesView() {
  // The timeline's stacking; the map's note reads the same query for its count of undated meetings.
  const [stackBy, setStackBy] = useState<StackBy>("province");
  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <div className="lg:col-span-3">
        <PartBoundary>
          <ProvinceMap stackBy={stackBy} />
        </PartBoundary>
      </div>
      <div className="lg:col-span-2">
        <PartBoundary>
          <ProvinceRanking />
        </PartBoundary>
      </div>
      <div className="lg:col-span-5">
        <PartBoundary>
          <ProvinceTimeline stackBy={stackBy} onStackBy={setStackBy} />
        </PartBoundary>
      </div>
    </div>
  );
}
