/**
 * Where each person's name and aliases are written in an article. All forms are found in one
 * pass over the text and overlaps are checked by binary search, so an article naming thousands
 * of people (a pasted roster, a hostile file) costs time in proportion to its length.
 */
import { BYLINE_BEFORE } from "./lexicon/bylines";
import type { Span } from "./types";

/**
 * Whether a UTF-16 unit starts one of the forms looked for, set and cleared by each call: this test
 * runs on every character, and an array indexed by the unit answers it faster than a set.
 */
const STARTS_FORM = new Uint8Array(0x10000);

/**
 * The starts of each form, left to right. A form never overlaps itself: in "王王王" the form "王王"
 * is found at 0 only, as searching on from the end of each find does.
 */
export function occurrencesOf(text: string, forms: Iterable<string>): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const firstUnits: number[] = [];
  for (const form of forms) {
    if (!form) continue;
    found.set(form, []);
    firstUnits.push(form.charCodeAt(0));
  }
  for (const unit of firstUnits) STARTS_FORM[unit] = 1;
  const lengths = [...new Set([...found.keys()].map((f) => f.length))];
  for (let at = 0; at < text.length; at++) {
    if (!STARTS_FORM[text.charCodeAt(at)]) continue;
    for (const length of lengths) {
      const starts = found.get(text.slice(at, at + length));
      if (!starts) continue;
      const last = starts[starts.length - 1];
      if (last === undefined || at >= last + length) starts.push(at);
    }
  }
  for (const unit of firstUnits) STARTS_FORM[unit] = 0;
  return found;
}

/** The index of the last span that starts before `end`, or -1; `spans` sorted by start. */
export function lastStartingBefore(spans: readonly Span[], end: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid]!.start < end) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** Whether [start, end) overlaps one of `spans`, which are sorted and do not overlap each other. */
function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  const before = spans[lastStartingBefore(spans, end)];
  return before !== undefined && before.end > start;
}

/**
 * The spans of one person's forms (the name first, then its aliases), sorted by start: a byline
 * is no mention, and an alias inside a mention of the name (治原 in 陆治原) is not another one.
 */
export function spansOfForms(
  text: string,
  forms: readonly string[],
  occurrences: ReadonlyMap<string, readonly number[]>,
): Span[] {
  let spans: Span[] = [];
  for (const form of forms) {
    const added: Span[] = [];
    for (const at of occurrences.get(form) ?? []) {
      if (BYLINE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
      if (overlaps(spans, at, at + form.length)) continue;
      added.push({ start: at, end: at + form.length });
    }
    if (added.length) spans = [...spans, ...added].sort((a, b) => a.start - b.start);
  }
  return spans;
}
