/**
 * The per-dataset indexes, built ahead of the first query: the worker calls this right after the
 * data changes, so no view's first call pays for them.
 */
import type { Dataset } from "../db/records";
import { NO_FILTERS } from "../model/filters";
import { NETWORK_OPENS_WITH } from "../model/network-view";
import { listOrder } from "./articles";
import { columnsOf } from "./columns";
import { indexDataset } from "./dataset-index";
import { quotedPhrasesOf, recentOrder } from "./expressions";
import { meetingPeopleOf } from "./meeting-people";
import { networkAggregates } from "./network";

const noTexts = async () => [];

export function prepareIndexes(data: Dataset): void {
  columnsOf(data);
  meetingPeopleOf(data);
  listOrder(data);
  recentOrder(data);
  quotedPhrasesOf(data);
  indexDataset(data);
  // The network as its view opens, kept by the aggregate: its force layout is the costliest first
  // answer of any view, and running it here also readies the code every later network runs.
  networkAggregates.network(data, NO_FILTERS, NETWORK_OPENS_WITH, noTexts);
}
