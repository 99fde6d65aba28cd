/**
 * The per-dataset indexes, built ahead of the first query: the worker calls this right after the
 * data changes, so no view's first call pays for them.
 */
import type { Dataset } from "../db/records";
import { listOrder } from "./articles";
import { columnsOf } from "./columns";
import { indexDataset } from "./dataset-index";
import { quotedPhrasesOf, recentOrder } from "./expressions";
import { meetingPeopleOf } from "./meeting-people";

export function prepareIndexes(data: Dataset): void {
  columnsOf(data);
  meetingPeopleOf(data);
  listOrder(data);
  recentOrder(data);
  quotedPhrasesOf(data);
  indexDataset(data);
}
