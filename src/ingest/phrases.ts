/**
 * Formulations (提法) are what reports put in quotation marks: “两个确立”, 「三级联动」.
 * Book and document titles in 《》 are not formulations, nor are single characters (“新”),
 * nor quotations of markup or of words without Chinese (see lexicon/formulations).
 */
import {
  BUILDING_NAME,
  LEAST_IDEOGRAPHS,
  MARKUP_CHARACTERS,
  MEASURED_COUNT,
  MEETING_NAME_END,
  NUMBERED_FORMULATION,
  QUOTED_HOLIDAYS,
} from "./lexicon/formulations";
import { DOUBLE_QUOTES, QUOTE_MARKS } from "./lexicon/quotes";
import type { PhraseMention } from "./types";

/** What a pair's quoted text cannot hold: its own marks, and any double mark when the pair is one. */
const excluded = (open: string, close: string) =>
  DOUBLE_QUOTES.includes(open) || DOUBLE_QUOTES.includes(close) ? `${DOUBLE_QUOTES}` : `${open}${close}`;

/** One group per pair of marks: the quoted text, 2 to 40 characters on one line. */
const QUOTED = new RegExp(
  QUOTE_MARKS.map(([open, close]) => `${open}([^${excluded(open, close)}\\n]{2,40})${close}`).join("|"),
  "g",
);
const SENTENCE_END = /[。!?！？]/;
const LIST_PUNCT = /[,，;；、]/;
const WORD_CHARACTER = /[\u4e00-\u9fff0-9A-Za-z]/;
const IDEOGRAPH = /\p{Unified_Ideograph}/gu;

/** Chinese, or numbered: “两个确立”, “885”; never “constructor”. */
function isChineseOrNumbered(phrase: string): boolean {
  return (phrase.match(IDEOGRAPH)?.length ?? 0) >= LEAST_IDEOGRAPHS || NUMBERED_FORMULATION.test(phrase);
}

function isFormulation(phrase: string): boolean {
  if ([...phrase].length < 2 || QUOTED_HOLIDAYS.has(phrase)) return false;
  if (SENTENCE_END.test(phrase)) return false;
  // A whole quoted sentence or a long enumeration is a quotation, not a formulation.
  if (phrase.length > 32 || (phrase.length > 24 && LIST_PUNCT.test(phrase))) return false;
  if ([...phrase].some((c) => MARKUP_CHARACTERS.has(c))) return false;
  // A meeting's name in quotes (召开“某某2021年度工作会议”), a quoted count (“胸痛2天”): not formulations.
  if (MEETING_NAME_END.test(phrase) || MEASURED_COUNT.test(phrase)) return false;
  // A building's name in quotes (某村“三省堂”) is a place.
  if (BUILDING_NAME.test(phrase)) return false;
  return WORD_CHARACTER.test(phrase) && isChineseOrNumbered(phrase);
}

export function extractPhrases(text: string): PhraseMention[] {
  const byPhrase = new Map<string, PhraseMention>();
  for (const m of text.matchAll(QUOTED)) {
    const phrase = (m.slice(1).find((group) => group !== undefined) ?? "").trim();
    if (!isFormulation(phrase)) continue;
    const start = m.index + m[0].indexOf(phrase);
    const mention = byPhrase.get(phrase) ?? { phrase, spans: [] };
    mention.spans.push({ start, end: start + phrase.length });
    byPhrase.set(phrase, mention);
  }
  return [...byPhrase.values()];
}
