import { useQuery } from "@tanstack/react-query";
import { firstDrawMonths } from "../../lib/first-draw";
import { useSameData } from "../../lib/use-same-data";
import { useViewState } from "../../lib/view-state";
import { hasFilters } from "../../model/filters";
import { aggregateQuery } from "../../queries/reads";
import type { StackBy } from "./to-option";

/**
 * Meetings per month, one series per province or meeting type, under the view's filters but
 * its month bounds: the timeline shows every month, its brush the ones the bounds select.
 * Unfiltered and by province, the months stored at the last change (lib/first-draw) stand in
 * until the worker has answered.
 */
export function useMeetingsByMonth(stackBy: StackBy) {
  const { state } = useViewState();
  const filters = { ...state.filters, from: null, to: null };
  const early = stackBy === "province" && !hasFilters(filters) ? firstDrawMonths() : null;
  const query = useQuery({
    ...aggregateQuery("meetingsByMonth", filters, { stackBy }),
    placeholderData: early ?? undefined,
  });
  return { data: useSameData(query.data), isPending: query.isPending, error: query.error };
}
