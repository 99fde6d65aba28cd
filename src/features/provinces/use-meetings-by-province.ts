import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** Meetings and reports per province under the view's filters; the map and the ranking share this read. */
export function useMeetingsByProvince() {
  const { state } = useViewState();
  return useQuery(aggregateQuery("meetingsByProvince", state.filters, {}));
}
