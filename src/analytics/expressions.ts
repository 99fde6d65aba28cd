/** Recurring unquoted expressions among the passing articles (the most recent 500), from their text. */
import type { Dataset } from "../db/records";
import type { Aggregate } from "./aggregate";
import { passing } from "./apply-filters";
import { ranks } from "./articles";
import { compareCodes } from "./collation";
import { columnsOf } from "./columns";
import { recurringExpressions, type Expression } from "./ngrams";

const MOST_RECENT = 500;

/** Article indexes, latest date first (no date last), in the Dataset's order among equal dates. */
const orders = new WeakMap<Dataset, Int32Array>();

export function recentOrder(data: Dataset): Int32Array {
  const cached = orders.get(data);
  if (cached) return cached;
  const c = columnsOf(data);
  const rank = ranks(
    c.dates.map((d) => d ?? ""),
    compareCodes,
  );
  const latest = rank.size;
  const byDate = Int32Array.from(c.dates, (d) => latest - rank.get(d ?? "")!);
  const n = c.articles;
  // One number per article, sorted natively (latest * n stays far below 2^53).
  const order = Int32Array.from(
    Float64Array.from(c.articleDate, (d, i) => byDate[d]! * n + i).sort(),
    (key) => key % n,
  );
  orders.set(data, order);
  return order;
}

const expressions: Aggregate<{ limit: number }, Promise<Expression[]>> = async (data, filters, { limit }, texts) => {
  const c = columnsOf(data);
  const passes = passing(data, filters).articles;
  const ids: string[] = [];
  for (const i of recentOrder(data)) {
    if (ids.length === MOST_RECENT) break;
    if (passes[i]) ids.push(data.articles[i]!.id);
  }
  const sources = (await texts(ids)).map((t) => ({ articleId: t.id, province: t.province, text: t.text }));
  return recurringExpressions(sources, new Set(c.phrases.values), {
    minArticles: 2,
    minLength: 4,
    maxLength: 16,
    limit,
  });
};

export const expressionsAggregates = { expressions };
