/**
 * The per-dataset indexes, built ahead of the first query: the worker calls this right after the
 * data changes, so no view's first call pays for them.
 */
import type { Dataset } from "../db/records";
import { indexDataset } from "./dataset-index";

export function prepareIndexes(data: Dataset): void {
  indexDataset(data);
}
