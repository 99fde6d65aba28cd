/**
 * The titles written before a name: its chain back to the last clause break, split at 、 and cut
 * after any earlier name (局长李建国、局长赵海燕; 甲在市委常委、常务副市长乙).
 */
import { HONORIFICS } from "./lexicon/name-followers";
import { anyOf } from "./lexicon/pattern";
import { Words } from "./lexicon/words";
import { CHAIN_CONNECTORS, LIST_JOINERS, SEGMENT_BREAKS } from "./lexicon/title-chains";
import { TITLE_WORD_LIST } from "./lexicon/titles";
import { isFullName } from "./names";

export const TITLES = new Words(TITLE_WORD_LIST);
/** The last list joiner of a segment (greedy prefix: the last one wins). */
const LIST_JOINER = new RegExp(`(?<=^.+)${anyOf(LIST_JOINERS)}(?!.*${anyOf(LIST_JOINERS)})`);
const HONORIFIC_AT_END = new RegExp(`${anyOf(HONORIFICS)}$`);
/** What ends a title chain going back from a name: a clause's mark, a quote, a bracket. */
export const CHAIN_STOP = /[,，。;；:：!?！？\n“”"()（）《》]/;
/** What opens a roster before its first title: 新一届常委还包括市委副书记 → 市委副书记. */
const ROSTER_OPENING = /^.*(?:还包括|包括|还有|分别是|分别为)/;

/** A short bracketed part inside a title, its opening bracket written after Han text: 教科文卫(民宗侨外)工委主任. */
const BRACKET_IN_TITLE = /[\u4e00-\u9fff]\([\u4e00-\u9fff]{1,8}\)$/;

const COMMA = /[,，]/;
/** Where a sentence opens: a title-only clause there may go on past a comma (秘书长、党组成员,办公厅主任、党组书记甲). */
const SENTENCE_OPENING = /[。;；！？!?\n]/;
/** The longest title-only clause read before a comma. */
const TITLE_CLAUSE_LENGTH = 40;

/**
 * Where the titles a sentence opens with start, when they run on before a comma into the clause
 * ending at `comma` (自治区政协秘书长、党组成员,办公厅主任、党组书记甲): every part of that first clause
 * is a title, and no name closes it. Null when the clause before the comma is anything else.
 */
function titlesOpeningSentence(text: string, comma: number): number | null {
  let start = comma;
  while (start > 0 && comma - start < TITLE_CLAUSE_LENGTH && !CHAIN_STOP.test(text[start - 1]!)) start--;
  if (start > 0 && !SENTENCE_OPENING.test(text[start - 1]!)) return null;
  const parts = text.slice(start, comma).split("、");
  return parts.every(
    (part) => part.length >= 2 && TITLES.endsIn(part) && !isFullName(part.slice(-3)) && !isFullName(part.slice(-2)),
  )
    ? start
    : null;
}

/** The title chain before a name: back to the last clause break, split at 、. */
export function clauseBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 50) {
    if (text[start - 1] === ")" && start < end) {
      const bracket = BRACKET_IN_TITLE.exec(text.slice(Math.max(0, start - 11), start));
      if (bracket) {
        start -= bracket[0].length - 1;
        continue;
      }
    }
    if (CHAIN_STOP.test(text[start - 1]!)) break;
    start--;
  }
  if (start > 0 && start < end && COMMA.test(text[start - 1]!)) start = titlesOpeningSentence(text, start - 1) ?? start;
  return text.slice(start, end);
}

/**
 * A segment long as written (before the words that open its clause are cut) keeps only what follows
 * its last conjunction: "…精神和省委书记" → "省委书记"; but one whose words before the conjunction name
 * no act (某县乡镇行政区划和村组建制调整改革工作指导组组长, 某特区政府环境及生态局局长) is one body's name,
 * and its title, whole.
 */
function tailOfLongSegment(segment: string, lengthAsWritten: number): string {
  if (lengthAsWritten <= 24) return segment;
  const cut = Math.max(...SEGMENT_BREAKS.map((word) => segment.lastIndexOf(word)));
  if (cut < 0) return segment;
  return CONJUNCTIONS.has(segment[cut]!) && !ACT_IN_SEGMENT.test(segment.slice(0, cut))
    ? segment
    : segment.slice(cut + 1);
}

const CONJUNCTIONS: ReadonlySet<string> = new Set(["和", "与", "及"]);

/** Words of an act, of what is studied or of the people present, which no body's name holds before its 和. */
const ACT_IN_SEGMENT =
  /学习|贯彻|传达|落实|听取|审议|研究|部署|精神|讲话|指示|批示|召开|举行|出席|主持|指出|强调|要求|了|干部|职工|同志|群众/;

/** A dotted name closing a run of text: 阿不都热合曼·买买提. */
const DOTTED_NAME_AT_END = /[·•・‧][\u4e00-\u9fff]{1,8}$/;

/**
 * "乙和秘书长" → "秘书长": a name (乙博士, 某某·某某某 too) ends the list before it; "党组书记和主任",
 * "呼和浩特市…" stay whole.
 */
function afterListJoiner(segment: string): string {
  return afterName(afterName(segment, LIST_JOINER), LAST_ZAI);
}

/** The last 在 of a segment: "甲在市委常委" (甲在…陪同下) → "市委常委", after a name as a joiner is. */
const LAST_ZAI = /(?<=^.+)在(?!.*在)/;

function afterName(segment: string, joinerPattern: RegExp): string {
  const joiner = joinerPattern.exec(segment);
  if (!joiner) return segment;
  const before = segment.slice(0, joiner.index).replace(HONORIFIC_AT_END, "");
  const endsWithName = isFullName(before.slice(-3)) || isFullName(before.slice(-2)) || DOTTED_NAME_AT_END.test(before);
  return endsWithName && !TITLES.endsIn(before) ? segment.slice(joiner.index + joiner[0].length) : segment;
}

export function titleChainBefore(text: string, end: number): string[] {
  const segments = clauseBefore(text, end)
    .split(/[、,，]/)
    .map((t) => tailOfLongSegment(t.replace(CHAIN_CONNECTORS, "").replace(ROSTER_OPENING, "").trim(), t.length));
  const cut = segments.map(afterListJoiner);
  // A segment cut after an earlier name (甲在市委常委、常务副市长乙): the titles before it are that name's.
  const firstOwn = cut.findLastIndex((t, i) => t !== segments[i] && LAST_ZAI.test(segments[i]!));
  const own = cut.slice(Math.max(0, firstOwn));
  // A segment that does not end with a title is an earlier name in the list (局长李建国、局长赵海燕): the
  // titles before it are that name's (旗委副书记、旗长甲、旗人大常委会主任乙).
  const lastName = own.findLastIndex((t) => !TITLES.endsIn(t) && TITLES.someIn(t));
  return own.slice(lastName + 1).filter((t) => t.length >= 2 && TITLES.endsIn(t));
}
