import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";
import type { StackBy } from "./to-option";

/** Meetings per month, one series per province or meeting type, under the view's filters. */
export function useMeetingsByMonth(stackBy: StackBy) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("meetingsByMonth", state.filters, { stackBy }));
}
