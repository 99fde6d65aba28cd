import { useQuery } from "@tanstack/react-query";
import { NO_FILTERS } from "../../model/filters";
import { aggregateQuery } from "../../queries/reads";

/** Every province, meeting type and month in the data, whatever the filters: what the bar offers. */
export function useFilterOptions() {
  return useQuery(aggregateQuery("filterOptions", NO_FILTERS, {}));
}
