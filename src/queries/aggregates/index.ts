/** The registry of every aggregate the views read; the analytics worker dispatches by name. */
import { articlesAggregates } from "./articles";
import { networkAggregates } from "./network";
import { phrasesAggregates } from "./phrases";
import { provincesAggregates } from "./provinces";

export const aggregates = {
  ...provincesAggregates,
  ...networkAggregates,
  ...phrasesAggregates,
  ...articlesAggregates,
};

export type Aggregates = typeof aggregates;
export type AggregateName = keyof Aggregates;
export type AggregateParams<K extends AggregateName> = Parameters<Aggregates[K]>[2];
export type AggregateResult<K extends AggregateName> = ReturnType<Aggregates[K]>;
export type { Filters } from "./filters";
