/** The registry of every aggregate the views read; the analytics service dispatches by name. */
import { articlesAggregates } from "./articles";
import { compareAggregates } from "./compare";
import { egoAggregates } from "./ego-network";
import { expressionsAggregates } from "./expressions";
import { linkAggregates } from "./link-evidence";
import { meetingEvidenceAggregates } from "./meeting-evidence";
import { networkAggregates } from "./network";
import { personAggregates } from "./person";
import { personDetailAggregates } from "./person-detail";
import { phrasesAggregates } from "./phrases";
import { provincesAggregates } from "./provinces";
import { titleAggregates } from "./title-evidence";

export const aggregates = {
  ...provincesAggregates,
  ...networkAggregates,
  ...personDetailAggregates,
  ...phrasesAggregates,
  ...articlesAggregates,
  ...expressionsAggregates,
  ...personAggregates,
  ...egoAggregates,
  ...compareAggregates,
  ...linkAggregates,
  ...meetingEvidenceAggregates,
  ...titleAggregates,
};

export type Aggregates = typeof aggregates;
export type AggregateName = keyof Aggregates;
export type AggregateParams<K extends AggregateName> = Parameters<Aggregates[K]>[2];
export type AggregateResult<K extends AggregateName> = Awaited<ReturnType<Aggregates[K]>>;
export type { Aggregate, ArticleTexts } from "./aggregate";
export type { Filters } from "../model/filters";
export { prepareIndexes, prepareOpeningNetwork } from "./prepare";
