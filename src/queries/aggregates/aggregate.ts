import type { Dataset } from "../../db/records";
import type { Filters } from "./filters";

/**
 * An aggregate is a pure, synchronous function of the dataset, the global filters and its own
 * parameters. It runs in the analytics worker (or on the main thread as a fallback), so its
 * parameters and result must be structured-cloneable plain data.
 */
export type Aggregate<P, R> = (data: Dataset, filters: Filters, params: P) => R;
