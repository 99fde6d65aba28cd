import { useQuery } from "@tanstack/react-query";
import seedSummary from "virtual:seed-summary";
import { firstDrawHeld } from "../../lib/first-draw";
import { useViewState } from "../../lib/view-state";
import { hasFilters } from "../../model/filters";
import { aggregateQuery } from "../../queries/reads";

/**
 * Meetings and reports per province under the view's filters; the map and the ranking share this
 * read. On a first visit the unfiltered counts of the bundled articles, computed at build time,
 * stand in until the worker has parsed them.
 */
export function useMeetingsByProvince() {
  const { state } = useViewState();
  const firstVisit = firstDrawHeld() && !hasFilters(state.filters);
  return useQuery({
    ...aggregateQuery("meetingsByProvince", state.filters, {}),
    placeholderData: firstVisit ? seedSummary.meetingsByProvince : undefined,
  });
}
