import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** Who met whom under the view's filters: at most `limit` people, narrowed by a name search. */
export function useNetwork({ limit, search }: { limit: number; search: string }) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("network", state.filters, { includeMentioned: state.mentioned, limit, search }));
}
