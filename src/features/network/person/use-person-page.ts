import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../../lib/view-state";
import { aggregateQuery } from "../../../queries/reads";

/** One person's career line, people met and articles, within the view's month window. */
export function usePersonPage(personId: string) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("personPage", state.filters, { personId }));
}

/** The people around one person, at depth 1 or 2, within the view's month window. */
export function useEgoNetwork(personId: string, depth: 1 | 2) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("egoNetwork", state.filters, { personId, depth }));
}
