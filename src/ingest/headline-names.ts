/** Names a headline runs together before its verb. */
import { ALL_HAN, isFullName } from "./names";
import type { NameFind } from "./people-find";
import { CHAIN_STOP } from "./title-chain";

/** A headline's verb after the leaders it names: 甲乙丙出席会议, 甲乙等参加有关活动, 甲分别会见乙丙. */
const HEADLINE_VERB = /(?:等)?(?:分别|先后|共同|一同|亲切)?(?:出席|主持|参加|讲话|致辞|会见|调研|考察)/g;
/** The longest headline read for names, and the most names run together before its verb. */
const HEADLINE_MAX = 80;
const MAX_RUN_NAMES = 6;

/**
 * Leaders named in a headline before its verb with nothing between them, as headlines print them
 * (spaces, if any, lost): "…召开视频会议 甲一平乙二强出席会议", "甲一平出席…座谈会", "甲主持乙致辞".
 * Read on the text's first line when it is a headline (no clause inside); each name is a surname and
 * one or two more characters, peeled from the verb backwards, three characters before two, never past
 * the verb before it.
 */
export function findHeadlineNames(text: string): NameFind[] {
  const lineEnd = text.slice(0, HEADLINE_MAX + 1).indexOf("\n");
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  if (line.length > HEADLINE_MAX || CHAIN_STOP.test(line.replace(/[“”"()（）《》]/g, ""))) return [];
  const finds: NameFind[] = [];
  let lastVerbEnd = 0;
  for (const verb of line.matchAll(HEADLINE_VERB)) {
    const names: NameFind[] = [];
    let end = verb.index;
    while (names.length < MAX_RUN_NAMES) {
      const length = [3, 2].find(
        (n) => end - n >= lastVerbEnd && ALL_HAN.test(line.slice(end - n, end)) && isFullName(line.slice(end - n, end)),
      );
      if (!length) break;
      names.unshift({
        name: line.slice(end - length, end),
        start: end - length,
        end,
        titles: [],
        givenNameOnly: false,
      });
      end -= length;
    }
    // Two names or more run together, or one that opens the headline or follows the verb before it
    // (甲主持乙致辞): a name, not a word before the verb.
    if (names.length >= 2 || (names.length === 1 && end === lastVerbEnd)) finds.push(...names);
    lastVerbEnd = verb.index + verb[0].length;
  }
  return finds;
}
