import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** The 30 unquoted expressions most shared between articles, under the view's filters. */
export function useExpressions() {
  const { state } = useViewState();
  return useQuery(aggregateQuery("expressions", state.filters, { limit: 30 }));
}
