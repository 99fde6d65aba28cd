/**
 * List pages that print each item as a teaser: its first lines cut short with an ellipsis, often
 * followed by a link to the full text ("……【详全文】", "...[详细]", "......阅读全文>>"). Each teaser
 * is an article; a headline right above it is its title; other lines between teasers (a schedule's
 * 地点:…, a notice to the press) are the list's furniture.
 */
import type { Item } from "./items";
import { isTitleLike } from "./line-shape";
import { FIELD_LABEL } from "./lexicon/dates";

const READ_MORE = "(?:详全文|详细内容|详细|详情|阅读全文|查看全文|查看详情|全文|阅读更多|更多)";
/** An ellipsis ending a paragraph, and the link to the full text after it if any. */
const TEASER_END = new RegExp(`(?:\\.{3,}|…+)\\s*(?:[【\\[(]?${READ_MORE}[】\\])]?\\s*(?:>>|»|>)?)?$`);
/** How many characters at its end show a line is cut short: the ellipsis and the longest link. */
const TEASER_TAIL = 24;

/** Whether a line ends cut short, as a teaser does; only its last characters are read, however long it is. */
export const endsAsTeaser = (line: string) => TEASER_END.test(line.slice(-TEASER_TAIL));

/** A teaser is cut at a fixed length, never after a few words: shorter paragraphs ending in "……" are text. */
const MIN_TEASER_LENGTH = 30;
/** What ends a sentence or a paragraph of text. */
const SENTENCE_END = /[。！？!?;；”"」』)）]/;
/** The fewest teasers that make a list page. */
const MIN_TEASERS = 3;

const isTeaser = (paragraph: string) => paragraph.length >= MIN_TEASER_LENGTH && endsAsTeaser(paragraph);

/**
 * The teasers of a list page as items, or null when the paragraphs hold fewer than `MIN_TEASERS`,
 * or fewer teasers than other paragraphs that are not headlines.
 */
export function teaserItems(paragraphs: readonly string[]): Item[] | null {
  const teasers = paragraphs.filter(isTeaser).length;
  if (teasers < MIN_TEASERS) return null;
  // A schedule's fields between the teasers (地点:…, 时间:…) are the list's furniture, as headlines are its titles.
  const others = paragraphs.filter((p) => !isTeaser(p) && !isTitleLike(p, false) && !FIELD_LABEL.test(p)).length;
  if (teasers < others) return null;
  const items: Item[] = [];
  let title: string | null = null;
  // A page cut off inside its next teaser: its last paragraph, as long as a teaser and stopped mid-sentence.
  const last = paragraphs.length - 1;
  const cutOff = (i: number) =>
    i === last && paragraphs[i]!.length >= MIN_TEASER_LENGTH && !SENTENCE_END.test(paragraphs[i]!.slice(-1));
  for (const [i, paragraph] of paragraphs.entries()) {
    if (cutOff(i) && items.length) items.push({ title, paragraphs: [paragraph], year: null });
    else if (isTeaser(paragraph)) {
      items.push({
        title,
        paragraphs: [paragraph.slice(0, -TEASER_TAIL) + paragraph.slice(-TEASER_TAIL).replace(TEASER_END, "")],
        year: null,
      });
      title = null;
    } else title = isTitleLike(paragraph, false) ? paragraph : null;
  }
  return items;
}
