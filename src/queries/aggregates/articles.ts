import type { Aggregate } from "./aggregate";

/** Aggregates for the articles view. */
export const articlesAggregates = {} satisfies Record<string, Aggregate<never, unknown>>;
