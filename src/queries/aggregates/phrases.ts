import type { Aggregate } from "./aggregate";

/** Aggregates for the phrases view. */
export const phrasesAggregates = {} satisfies Record<string, Aggregate<never, unknown>>;
