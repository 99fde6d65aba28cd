/** One queryOptions factory for every aggregate: keys run general → specific, so one invalidation refreshes all. */
import { queryOptions } from "@tanstack/react-query";
import type { AggregateName, AggregateParams, Filters } from "./aggregates";
import { fetchExpressions, runAggregate } from "./database";

export function aggregateQuery<K extends AggregateName>(name: K, filters: Filters, params: AggregateParams<K>) {
  return queryOptions({
    queryKey: ["analytics", name, filters, params] as const,
    queryFn: () => runAggregate(name, filters, params),
    placeholderData: (previous) => previous,
  });
}

export const expressionsQuery = (filters: Filters, limit: number) =>
  queryOptions({
    queryKey: ["analytics", "expressions", filters, limit] as const,
    queryFn: () => fetchExpressions(filters, limit),
  });
