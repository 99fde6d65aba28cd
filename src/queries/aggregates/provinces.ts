import type { Aggregate } from "./aggregate";

/** Aggregates for the provinces view. */
export const provincesAggregates = {} satisfies Record<string, Aggregate<never, unknown>>;
