/**
 * The most recent articles: what recurring expressions read, and what the stored packs of recent
 * texts hold (db/recent-articles), so that reading them costs a few records, not hundreds.
 */
import type { Dataset } from "../db/records";
import { ranks } from "./articles";
import { compareCodes } from "./collation";
import { columnsOf } from "./columns";

/** How many of the most recent passing articles expressions read, and each pack holds. */
export const MOST_RECENT = 500;

/** The pack of the most recent articles of every province (and of none). */
export const ALL_PROVINCES = "*";

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

/**
 * The ids of the `size` most recent articles of every province (by the province as corrected),
 * and of all of them under `ALL_PROVINCES`, latest first. Articles of no province are only there.
 */
export function recentGroups(data: Dataset, size = MOST_RECENT): Map<string, string[]> {
  const c = columnsOf(data);
  const all: string[] = [];
  const byProvince = c.provinces.values.map((): string[] => []);
  let open = byProvince.length + 1;
  for (const i of recentOrder(data)) {
    if (open === 0) break;
    const id = data.articles[i]!.id;
    if (all.length < size && all.push(id) === size) open--;
    const ids = byProvince[c.articleProvince[i]!];
    if (ids && ids.length < size && ids.push(id) === size) open--;
  }
  const groups = new Map<string, string[]>([[ALL_PROVINCES, all]]);
  byProvince.forEach((ids, code) => {
    if (ids.length) groups.set(c.provinces.values[code]!, ids);
  });
  return groups;
}
