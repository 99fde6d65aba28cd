/**
 * Work done ahead of the views' first queries, so that none of them pays for it: the worker calls
 * these once the data has changed, or has been loaded.
 */
import type { Dataset } from "../db/records";
import { NO_FILTERS } from "../model/filters";
import { NETWORK_OPENS_WITH } from "../model/network-view";
import { listOrder } from "./articles";
import { columnsOf } from "./columns";
import { indexDataset } from "./dataset-index";
import { quotedPhrasesOf } from "./expressions";
import { recentOrder } from "./recent";
import { meetingPeopleOf } from "./meeting-people";
import { networkAggregates } from "./network";

/** The per-dataset indexes every aggregate reads. */
export function prepareIndexes(data: Dataset): void {
  columnsOf(data);
  meetingPeopleOf(data);
  listOrder(data);
  recentOrder(data);
  quotedPhrasesOf(data);
  indexDataset(data);
}

const noTexts = async () => [];

/**
 * The leader network as its view opens, kept by the aggregate: its force layout is the costliest
 * first answer of any view, and running it once also readies the code every later network runs.
 */
export function prepareOpeningNetwork(data: Dataset): void {
  networkAggregates.network(data, NO_FILTERS, NETWORK_OPENS_WITH, noTexts);
}
