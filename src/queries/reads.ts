/** Every read of the views, as a `queryOptions` factory over the services in the worker. */
import { queryOptions } from "@tanstack/react-query";
import type { AggregateName, AggregateParams, AggregateResult } from "../analytics";
import type { Filters } from "../model/filters";
import { tifaClient } from "../worker/client";
import { tifaKeys } from "./keys";

export function aggregateQuery<K extends AggregateName>(name: K, filters: Filters, params: AggregateParams<K>) {
  return queryOptions({
    queryKey: tifaKeys.aggregate(name, filters, params),
    // comlink's types drop a method's type parameters; the service's signature gives the result's type.
    queryFn: () =>
      tifaClient().run((api) => api.analytics.aggregate(name, filters, params) as Promise<AggregateResult<K>>),
    placeholderData: (previous) => previous,
  });
}

export const countsQuery = () =>
  queryOptions({
    queryKey: tifaKeys.counts(),
    queryFn: () => tifaClient().run((api) => api.analytics.counts()),
  });

/** One article for the reader: its row, the parsed text with spans, and the raw document. */
export const articleDetailQuery = (id: string) =>
  queryOptions({
    queryKey: tifaKeys.article(id),
    queryFn: () => tifaClient().run((api) => api.analytics.articleDetail(id)),
  });

/** Documents kept without articles: too complex for the parser in its time budget. */
export const unreadDocumentsQuery = () =>
  queryOptions({
    queryKey: tifaKeys.unread(),
    queryFn: () => tifaClient().run((api) => api.analytics.unreadDocuments()),
  });

/** Every correction, newest first, orphaned ones flagged. */
export const correctionsQuery = () =>
  queryOptions({
    queryKey: tifaKeys.corrections(),
    queryFn: () => tifaClient().run((api) => api.corrections.list()),
  });

/** People whose name holds `q`, for "same person as …". */
export const personChoicesQuery = (q: string) =>
  queryOptions({
    queryKey: tifaKeys.personChoicesFor(q),
    queryFn: () => tifaClient().run((api) => api.corrections.people(q)),
    enabled: q.trim().length > 0,
  });
