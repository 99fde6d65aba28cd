import { useQuery } from "@tanstack/react-query";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";

/** Two provinces compared under the view's filters (its provinces aside). */
export function useComparison(a: string, b: string) {
  const { state } = useViewState();
  return useQuery({ ...aggregateQuery("compareProvinces", state.filters, { a, b }), enabled: Boolean(a && b) });
}

/** Every province in the data, for the two pickers. */
export function useProvinceChoices() {
  return useQuery(aggregateQuery("filterOptions", { ...useViewState().state.filters }, {}));
}
