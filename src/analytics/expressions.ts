/** Recurring unquoted expressions among the passing articles (the most recent 500), from their text. */
import type { Aggregate } from "./aggregate";
import { articleDate, passingArticleIds } from "./apply-filters";
import { compareCodes } from "./collation";
import { indexDataset } from "./dataset-index";
import { recurringExpressions, type Expression } from "./ngrams";

const MOST_RECENT = 500;

const expressions: Aggregate<{ limit: number }, Promise<Expression[]>> = async (data, filters, { limit }, texts) => {
  const index = indexDataset(data);
  const ids = [...passingArticleIds(data, filters)]
    .map((id) => index.articleById.get(id)!)
    .sort((a, b) => compareCodes(articleDate(b) ?? "", articleDate(a) ?? ""))
    .slice(0, MOST_RECENT)
    .map((a) => a.id);
  const sources = (await texts(ids)).map((t) => ({ articleId: t.id, province: t.province, text: t.text }));
  const quoted = new Set(data.phrases.map((p) => p.phrase));
  return recurringExpressions(sources, quoted, { minArticles: 2, minLength: 4, maxLength: 16, limit });
};

export const expressionsAggregates = { expressions };
