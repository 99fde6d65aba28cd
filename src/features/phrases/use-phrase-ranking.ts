import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** The 200 most shared quoted formulations under the view's filters; the ranking and the trends share it. */
export function usePhraseRanking() {
  const { state } = useViewState();
  return useQuery(aggregateQuery("phraseRanking", state.filters, { limit: 200 }));
}
