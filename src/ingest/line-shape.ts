/** What a line of a file looks like: a headline, or how much Chinese text it holds. */
import { parsePublishedLine } from "./date-lines";
import { DATE_ALONE, DATE_HEADING, FIELD_LABEL } from "./lexicon/dates";
import { HEADLINE_EVENT_WORD, SENTENCE_OPENER } from "./lexicon/headlines";

const SENTENCE_PUNCT = /[,;!?。，；！？]/;
const ENDS_WITH_COLON = /[:：]$/;
/** A navigation trail's separator ("某某频道 > 头条新闻"): no headline holds one. */
const NAVIGATION_MARK = /[>»›＞]/;

/** A line shaped as a headline; `strict`: one that also names an event and does not open as a sentence. */
export function isTitleLike(text: string, strict: boolean): boolean {
  if (text.length < 6 || text.length > 90 || FIELD_LABEL.test(text)) return false;
  if (SENTENCE_PUNCT.test(text) || ENDS_WITH_COLON.test(text) || NAVIGATION_MARK.test(text)) return false;
  if (parsePublishedLine(text) || DATE_HEADING.test(text) || DATE_ALONE.test(text)) return false;
  if (!strict) return true;
  return HEADLINE_EVENT_WORD.test(text) && !SENTENCE_OPENER.test(text);
}

/** How many Chinese characters the text holds, counted up to `enough`. */
export function hanIn(text: string, enough: number): number {
  let found = 0;
  for (let i = 0; i < text.length && found < enough; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) found++;
  }
  return found;
}

/** Whether the text holds at least `count` Chinese characters. */
export const hasHan = (text: string, count: number): boolean => hanIn(text, count) >= count;
