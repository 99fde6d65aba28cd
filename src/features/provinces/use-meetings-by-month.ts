import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";
import type { StackBy } from "./to-option";

/**
 * Meetings per month, one series per province or meeting type, under the view's filters but
 * its month bounds: the timeline shows every month, its brush the ones the bounds select.
 */
export function useMeetingsByMonth(stackBy: StackBy) {
  const { state } = useViewState();
  const filters = { ...state.filters, from: null, to: null };
  return useQuery(aggregateQuery("meetingsByMonth", filters, { stackBy }));
}
