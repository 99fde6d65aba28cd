/**
 * Query keys, general → specific: one invalidation of a prefix refreshes everything under it.
 * Imports add rows (counts and aggregates change; an open article does not); restore and
 * clear replace everything.
 */
import type { AggregateName, AggregateParams } from "../analytics";
import type { Filters } from "../model/filters";

export const tifaKeys = {
  all: ["tifa"] as const,
  counts: () => [...tifaKeys.all, "counts"] as const,
  storage: () => [...tifaKeys.all, "storage"] as const,
  unread: () => [...tifaKeys.all, "unread"] as const,
  analytics: () => [...tifaKeys.all, "analytics"] as const,
  aggregate: <K extends AggregateName>(name: K, filters: Filters, params: AggregateParams<K>) =>
    [...tifaKeys.analytics(), name, filters, params] as const,
  articles: () => [...tifaKeys.all, "article"] as const,
  article: (id: string) => [...tifaKeys.articles(), id] as const,
  corrections: () => [...tifaKeys.all, "corrections"] as const,
  personChoices: () => [...tifaKeys.all, "personChoices"] as const,
  personChoicesFor: (q: string) => [...tifaKeys.personChoices(), q] as const,
};
