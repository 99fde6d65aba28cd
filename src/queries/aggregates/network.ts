import type { Aggregate } from "./aggregate";

/** Aggregates for the network view. */
export const networkAggregates = {} satisfies Record<string, Aggregate<never, unknown>>;
