/**
 * The shapes of a page's paragraphs that tell its items apart: a headline printed bare over its
 * item, a paragraph that opens with its date, a year or month heading.
 */
import { HEADLINE_EVENT_WORD, SENTENCE_OPENER } from "./lexicon/headlines";
import { DATE_LED, MONTH_HEADING, PERIOD_HEADING, YEAR_HEADING } from "./lexicon/dates";

export const HEADLINE_LENGTH = 60;

/**
 * A headline printed bare over its item ("甲市召开防汛工作会议"): an event named, no sentence. Behind a bullet
 * (●争资争项跑出加速度) a line with no sentence is a headline whatever it names.
 */
const CLAUSE_PUNCT = /[,，。;；!?！？:：]/;
const HEADLINE_BULLET = /^[●◆■★▲]\s*/;
export function isBareHeadline(paragraph: string): boolean {
  const bulleted = HEADLINE_BULLET.exec(paragraph);
  const text = bulleted ? paragraph.slice(bulleted[0].length) : paragraph;
  return (
    text.length >= 6 &&
    text.length <= HEADLINE_LENGTH &&
    !CLAUSE_PUNCT.test(text) &&
    (bulleted !== null || HEADLINE_EVENT_WORD.test(text)) &&
    !SENTENCE_OPENER.test(text)
  );
}

/** A bare headline without its bullet, if it has one. */
export const withoutHeadlineBullet = (headline: string) => headline.replace(HEADLINE_BULLET, "");

export const isDated = (p: string) => DATE_LED.test(p);
export const isHeading = (p: string) => YEAR_HEADING.test(p) || MONTH_HEADING.test(p) || PERIOD_HEADING.test(p);
