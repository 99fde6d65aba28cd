/**
 * Pages that hold many short items, each an article: daily briefs ("12月18日,省政协召开…"),
 * chronicles (大事记: one entry per date, under year headings), bulletins whose items open with
 * ◆, and rundowns of numbered headlines ("1、全区…会议召开 甲出席并讲话").
 */
import { EVENT_SENTENCE } from "./lexicon/event-verbs";
import { BULLET, DATE_LED, NUMBERED_HEADING, YEAR_HEADING } from "./lexicon/dates";

export interface Item {
  title: string | null;
  paragraphs: string[];
  /** The year heading the item stands under in a chronicle (1989年), which dates it. */
  year: number | null;
}

/** The fewest items that make a page of items. */
const MIN_ITEMS = 3;
/** A page of items with a title of its own (庆元县大事记) needs more of them, and most of its paragraphs. */
const MIN_ITEMS_UNDER_TITLE = 5;
const HEADLINE_LENGTH = 60;
const SENTENCE_PUNCT = /[。;；!?！？]/;

function isHeadline(paragraph: string): boolean {
  const rest = paragraph.replace(NUMBERED_HEADING, "");
  return rest !== paragraph && rest.length >= 6 && rest.length <= HEADLINE_LENGTH && !SENTENCE_PUNCT.test(rest);
}

const isDated = (p: string) => DATE_LED.test(p);
const isBulleted = (p: string) => BULLET.test(p);

/** Whether a line opens an item of a page of items: a date, a bullet or a numbered headline. */
export function opensItem(line: string): boolean {
  return isDated(line) || isBulleted(line) || isHeadline(line);
}

/** Which kind of opener splits these paragraphs into items, if any. */
function openerOf(paragraphs: readonly string[], titled: boolean): ((p: string) => boolean) | null {
  const body = paragraphs.filter((p) => !YEAR_HEADING.test(p));
  const count = (test: (p: string) => boolean) => body.filter(test).length;
  const most = (n: number) => n >= MIN_ITEMS_UNDER_TITLE && n * 2 >= body.length;
  const dated = count(isDated);
  const eventful = count((p) => isDated(p) && EVENT_SENTENCE.test(p.slice(0, 80)));
  // A brief without a title opens with its first dated item, or dated entries are most of it; with a
  // title, dated entries are most of the page, and more of them.
  const untitledMost = !titled && dated >= MIN_ITEMS && dated * 2 >= body.length;
  if ((!titled && eventful >= MIN_ITEMS && isDated(body[0] ?? "")) || untitledMost || most(dated)) return isDated;
  const bulleted = count(isBulleted);
  if ((!titled && bulleted >= MIN_ITEMS && bulleted * 2 >= body.length) || most(bulleted)) return isBulleted;
  const headlines = count(isHeadline);
  if (headlines >= MIN_ITEMS && headlines * 2 >= body.length && dated === 0) return isHeadline;
  return null;
}

/**
 * The items of a page of items, or null when the paragraphs are one article. Paragraphs before the
 * first item are the page's introduction; a paragraph that opens no item belongs to the item before
 * it; a numbered headline over a dated item is its title.
 */
export function pageItems(paragraphs: readonly string[], titled: boolean): Item[] | null {
  const opens = openerOf(paragraphs, titled);
  if (!opens) return null;
  const items: Item[] = [];
  let year: number | null = null;
  let pendingTitle: string | null = null;
  for (const paragraph of paragraphs) {
    const heading = YEAR_HEADING.exec(paragraph);
    if (heading) {
      year = Number(heading[1]);
    } else if (opens === isHeadline && isHeadline(paragraph)) {
      items.push({ title: paragraph.replace(NUMBERED_HEADING, ""), paragraphs: [], year });
    } else if (opens !== isHeadline && isHeadline(paragraph)) {
      pendingTitle = paragraph.replace(NUMBERED_HEADING, "");
    } else if (opens(paragraph)) {
      items.push({ title: pendingTitle, paragraphs: [paragraph.replace(BULLET, "")], year });
      pendingTitle = null;
    } else if (items.length) {
      items[items.length - 1]!.paragraphs.push(paragraph);
    }
  }
  return items.length >= MIN_ITEMS ? items : null;
}
