/**
 * The shapes of a page's paragraphs that tell its items apart: a headline printed bare over its
 * item, a paragraph that opens with its date, a year or month heading.
 */
import { HEADLINE_EVENT_WORD, SENTENCE_OPENER } from "./lexicon/headlines";
import { DATE_LED, MONTH_HEADING, PERIOD_HEADING, YEAR_HEADING } from "./lexicon/dates";

export const HEADLINE_LENGTH = 60;

/** A headline printed bare over its item ("甲市召开防汛工作会议"): an event named, no sentence. */
const CLAUSE_PUNCT = /[,，。;；!?！？:：]/;
export function isBareHeadline(paragraph: string): boolean {
  return (
    paragraph.length >= 6 &&
    paragraph.length <= HEADLINE_LENGTH &&
    !CLAUSE_PUNCT.test(paragraph) &&
    HEADLINE_EVENT_WORD.test(paragraph) &&
    !SENTENCE_OPENER.test(paragraph)
  );
}

export const isDated = (p: string) => DATE_LED.test(p);
export const isHeading = (p: string) => YEAR_HEADING.test(p) || MONTH_HEADING.test(p) || PERIOD_HEADING.test(p);
