import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** Articles per phrase and province for the 15 most shared phrases, under the view's filters. */
export function usePhraseHeatmap() {
  const { state } = useViewState();
  return useQuery(aggregateQuery("phraseHeatmap", state.filters, { limit: 15 }));
}
