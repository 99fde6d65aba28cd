import { useQuery } from "@tanstack/react-query";
import { firstDrawCounts, useWaitingForBundledArticles } from "../../lib/first-draw";
import { useSameData } from "../../lib/use-same-data";
import { useViewState } from "../../lib/view-state";
import { hasFilters } from "../../model/filters";
import { aggregateQuery } from "../../queries/reads";

/**
 * Meetings and reports per province under the view's filters; the map and the ranking share this
 * read. Unfiltered, the counts known at start-up (lib/first-draw) stand in until the worker has
 * answered and, on a first visit, until it has imported the bundled articles they count.
 */
export function useMeetingsByProvince() {
  const { state } = useViewState();
  const waiting = useWaitingForBundledArticles();
  const early = hasFilters(state.filters) ? null : firstDrawCounts();
  const query = useQuery({
    ...aggregateQuery("meetingsByProvince", state.filters, {}),
    placeholderData: early ? [...early] : undefined,
  });
  const standIn = early !== null && waiting && !query.data?.length;
  const data = useSameData(standIn ? [...early] : query.data);
  return { data, isPending: query.isPending && !standIn, error: query.error };
}
