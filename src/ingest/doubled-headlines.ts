/**
 * Tag and search pages that print each item's headline twice, as the link and as the heading over
 * it ("某市召开…会议" "某市召开…会议" "浙江 56℃ 0" then the story): each doubled headline opens an
 * article. One headline printed twice is a page's title over its own text, not a list: it takes two.
 */
import type { Item } from "./items";
import { hasHan } from "./line-shape";

const MIN_DOUBLED = 2;
const HEADLINE_LENGTH = 90;
/** A headline may hold a comma (某市召开…会议,宣布…); never a sentence's end. */
const SENTENCE_END = /[。；;!?！？]/;

const isHeadline = (p: string) => p.length <= HEADLINE_LENGTH && hasHan(p, 6) && !SENTENCE_END.test(p);

/** Where each headline printed twice in a row stands. */
function doubledAt(paragraphs: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++)
    if (paragraphs[i] === paragraphs[i + 1] && isHeadline(paragraphs[i]!)) at.push(i++);
  return at;
}

/** The items of a page whose headlines are each printed twice, the first opening it; else null. */
export function doubledHeadlineItems(paragraphs: readonly string[]): Item[] | null {
  const at = doubledAt(paragraphs);
  if (at.length < MIN_DOUBLED || at[0] !== 0) return null;
  return at.map((start, i) => ({
    title: paragraphs[start]!,
    paragraphs: paragraphs.slice(start + 2, at[i + 1] ?? paragraphs.length),
    year: null,
  }));
}
