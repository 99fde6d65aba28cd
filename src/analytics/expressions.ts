/** Recurring unquoted expressions among the passing articles (the most recent 500), from their text. */
import type { Dataset } from "../db/records";
import type { Aggregate } from "./aggregate";
import { passing } from "./apply-filters";
import { columnsOf } from "./columns";
import { QuotedPhrases, recurringExpressions, type Expression } from "./ngrams";
import { MOST_RECENT, recentOrder } from "./recent";

const OPTIONS = { minArticles: 2, minLength: 4, maxLength: 16 };

const quotedSets = new WeakMap<Dataset, QuotedPhrases>();
/** The last answer per Dataset: other filters often leave the same latest reports (an article's text never changes). */
const found = new WeakMap<Dataset, { key: string; expressions: Expression[] }>();

/** The quoted formulations of a Dataset, looked up by their characters: an expression may not overlap one. */
export function quotedPhrasesOf(data: Dataset): QuotedPhrases {
  let quoted = quotedSets.get(data);
  if (!quoted) quotedSets.set(data, (quoted = new QuotedPhrases(columnsOf(data).phrases.values, OPTIONS.minLength)));
  return quoted;
}

const expressions: Aggregate<{ limit: number }, Promise<Expression[]>> = async (data, filters, { limit }, texts) => {
  const passes = passing(data, filters).articles;
  const ids: string[] = [];
  for (const i of recentOrder(data)) {
    if (ids.length === MOST_RECENT) break;
    if (passes[i]) ids.push(data.articles[i]!.id);
  }
  const key = `${limit} ${ids.join(" ")}`;
  const kept = found.get(data);
  if (kept?.key === key) return kept.expressions;
  const sources = (await texts(ids)).map((t) => ({ articleId: t.id, province: t.province, text: t.text }));
  const expressions = recurringExpressions(sources, quotedPhrasesOf(data), { ...OPTIONS, limit });
  found.set(data, { key, expressions });
  return expressions;
};

export const expressionsAggregates = { expressions };
