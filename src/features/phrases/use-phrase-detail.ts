import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** One phrase under the view's filters: its first use, its spread, and up to 50 sentences. */
export function usePhraseDetail(phrase: string) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("phraseDetail", state.filters, { phrase, limit: 50 }));
}
