/**
 * List pages whose items each run their headline into their lede on one line ("某省政府召开常务会议
 * 5月31日,省长甲一平主持…", "【某市召开常务会议】5月8日,…"): one item per such line.
 */
import type { Item } from "./items";
import { HEADLINE_LENGTH, isBareHeadline } from "./paragraph-shapes";

/**
 * A headline run into its item's lede on one line, as list pages print a headline and the first
 * lines of its report ("某省政府召开常务会议 5月31日,省长甲一平主持…"): the lede opens with its date
 * and a comma, which no sentence of a report writes after a headline-shaped clause. Or the headline
 * stands in brackets before it (【某省政府召开常务会议】…).
 */
const RUN_IN_LEDE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上)?[,，]/;
/** The fewest run-in items that make a page of them: each line's form is a list's. */
const MIN_RUN_IN_ITEMS = 2;

/** A headline in brackets run into its item (【某市召开常务会议】5月8日,…, [某市召开常务会议] 5月8日,…), as digests print them. */
const BRACKETED_RUN_IN = /^(?:【([^【】]{6,60})】|\[([^[\]]{6,60})\])\s*(.{20,})$/s;

/**
 * A headline in brackets and what follows it, or null: a headline in its form, or any words in brackets
 * before a lede that opens with its date ([某市41名医疗队队员平安回家] 4月3日,…).
 */
export function bracketedRunIn(paragraph: string): [string, string] | null {
  const m = BRACKETED_RUN_IN.exec(paragraph);
  if (!m) return null;
  const [headline, lede] = [(m[1] ?? m[2])!, m[3]!];
  return isBareHeadline(headline) || RUN_IN_LEDE.exec(lede)?.index === 0 ? [headline, lede] : null;
}

/** A headline wrapped in brackets whole, its brackets dropped (a lede too short for `BRACKETED_RUN_IN`). */
const IN_BRACKETS = /^(?:【([^【】]+)】|\[([^[\]]+)\])$/;

/** The headline and the lede of a paragraph that runs them together, or null. */
export function runInHeadline(paragraph: string): [string, string] | null {
  const bracketed = bracketedRunIn(paragraph);
  if (bracketed) return bracketed;
  const lede = RUN_IN_LEDE.exec(paragraph.slice(0, HEADLINE_LENGTH + 16));
  if (!lede || lede.index < 6) return null;
  const headline = paragraph.slice(0, lede.index).trim();
  return isBareHeadline(headline)
    ? [
        headline.replace(
          IN_BRACKETS,
          (_, lenticular: string | undefined, square: string | undefined) => (lenticular ?? square)!,
        ),
        paragraph.slice(lede.index),
      ]
    : null;
}

/** The items of a page whose items each run their headline into their lede, most of its paragraphs; else null. */
export function runInItems(paragraphs: readonly string[]): Item[] | null {
  const heads = paragraphs.map(runInHeadline);
  const count = heads.filter(Boolean).length;
  if (count < MIN_RUN_IN_ITEMS || count * 2 < paragraphs.length) return null;
  const items: Item[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    const head = heads[i];
    if (head) items.push({ title: head[0], paragraphs: [head[1]], year: null });
    else if (items.length) items[items.length - 1]!.paragraphs.push(paragraph);
  }
  return items;
}
