import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** Month by month uses of these phrases under the view's filters (nothing is read for none). */
export function usePhraseTrends(phrases: string[]) {
  const { state } = useViewState();
  return useQuery({ ...aggregateQuery("phraseTrends", state.filters, { phrases }), enabled: phrases.length > 0 });
}
