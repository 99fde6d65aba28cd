import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** One person's titles, meetings and articles under the view's filters. */
export function usePersonDetail(personId: string) {
  const { state } = useViewState();
  return useQuery(aggregateQuery("personDetail", state.filters, { personId }));
}
