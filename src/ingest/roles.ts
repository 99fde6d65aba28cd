/**
 * How a person took part, read from the words after each mention of the name.
 * Strong cues (主持, 出席, 致辞, 传达, 作…讲话) place the person at the event; speech cues
 * (指出, 强调) only refine the role of someone placed there, because reports also quote
 * people speaking elsewhere.
 */
import {
  CUE_LINK,
  GROUP_CUE,
  HEARD_BEFORE,
  HEARD_REPORT,
  LEADS_ON_ACTION,
  LEADS_ON_ACTION_REACH,
  LIST_CONTINUES,
  MENTION_ONLY_FOLLOWERS,
  PRESENT_LIST_OPENER,
  RELAYED_BEFORE,
  DIRECTIVE_FOLLOWED_BEFORE,
  DIRECTIVE_NOUN_AFTER,
  RELAYED_REPORT,
  RELAYED_RIGHT_BEFORE,
  RELAYED_SPEECH,
  ROLE_CUES,
  SUBJECT_PREFIX,
  SUBJECT_STATEMENT,
  ROLE_FILLER,
  ROLE_PRIORITY,
} from "./lexicon/roles";
import { POSTPOSED_TITLES } from "./lexicon/titles";
import { LONGEST_SENTENCE } from "./limits";
import type { Role, Span } from "./types";

export interface Cue {
  role: Exclude<Role, "提及">;
  strong: boolean;
  /** Placed only by a statement the person makes as a sentence's subject (县长甲强调). */
  bySubject?: boolean;
}

const CLAUSE_BREAK = /[。;；]/;
/** How many names a list may hold before its verb (an attendance list of a plenary names hundreds). */
const MAX_LIST_LENGTH = 600;
/**
 * How far a list may go on past its last name, through unnamed entries (省人民检察院负责人,各专门委员会
 * 组成人员), to the verb they share.
 */
const GROUP_CLAUSE_LENGTH = 200;
/** How far back a name in a list may stand from the words that open it (出席会议的有…). */
const LIST_OPENER_REACH = 200;

/** A rank written before a title after a name: 甲常务副部长, 乙执行主席. */
const RANK_BEFORE_TITLE = /^(?:常务|执行)/;

/** Where the title written after a name ends (甲常务副部长, 乙庭长); `at` itself when none is. */
function afterPostposedTitle(text: string, at: number): number {
  const rank = RANK_BEFORE_TITLE.exec(text.slice(at, at + 2))?.[0] ?? "";
  const title = POSTPOSED_TITLES.find((t) => text.startsWith(t, at + rank.length));
  return title ? at + rank.length + title.length : at;
}

function skipTitleAndFiller(text: string, at: number): number {
  const pos = afterPostposedTitle(text, at);
  const filler = ROLE_FILLER.exec(text.slice(pos));
  return pos + (filler?.[0].length ?? 0);
}

function anchoredCue(rest: string): { cue: Cue; length: number } | null {
  for (const { pattern, role, strong } of ROLE_CUES) {
    const m = pattern.exec(rest);
    if (m) return { cue: { role, strong }, length: m[0].length };
  }
  return null;
}

/** How far after the name a heard report's noun is looked for: what it concerns may list many posts. */
const HEARD_REPORT_REACH = 200;
/**
 * How far before the name 听取 is looked for, in the same sentence: a meeting hears a chain of reports
 * (听取了甲作的…说明、乙作的《…》、丙作的《…》), each speaker named long after the verb.
 */
const HEARD_VERB_REACH = 400;

/** Whether the meeting heard a report by the name ending at `end`: 听取了…周强关于…的汇报. */
function heardReport(text: string, end: number): boolean {
  return (
    HEARD_REPORT.test(text.slice(end, end + HEARD_REPORT_REACH)) &&
    HEARD_BEFORE.test(text.slice(Math.max(0, end - HEARD_VERB_REACH), end))
  );
}

/**
 * Whether the meeting relays the speech or report of the name ending at `end` and its title: 传达了甲总书记
 * 参加…审议时的讲话精神, 传达学习了乙书记代表…所作的报告. Read only where 传达 stands before it.
 */
function relayed(text: string, nameStart: number, afterTitle: number): boolean {
  const before = text.slice(Math.max(0, nameStart - 64), nameStart);
  if (!before.includes("传达")) return false;
  const after = text.slice(afterTitle, afterTitle + 80);
  return (
    (RELAYED_SPEECH.test(after) && RELAYED_BEFORE.test(before)) ||
    (RELAYED_REPORT.test(after) && RELAYED_RIGHT_BEFORE.test(before))
  );
}

/** The session's verb of electing, earlier in the sentence (会议选举…, 推定…, 推选…), not a committee's name (人事代表选举工作委员会). */
const ELECTING_BEFORE = /(?:推定|推选|选举(?!工作|委员|办法))[^。；;]*$/;
/** The post a person is elected to, right after the name: 甲为团长, 乙等3名同志为常务主席. */
const ELECTED_TO = /^(?:同志)?(?:等[\d一二三四五六七八九十]+[名位]同志)?为(?![了止])/;
const ELECTING_REACH = 200;

/**
 * Whether the session elects the name ending at `end` (选举甲为团长, 推定乙、丙为常务主席): those it elects
 * are its members, at the session. Those a standing committee appoints (任命甲为副省长) may be elsewhere.
 */
function elected(text: string, start: number, end: number): boolean {
  return (
    ELECTED_TO.test(text.slice(end, end + 12)) &&
    ELECTING_BEFORE.test(text.slice(Math.max(0, start - ELECTING_REACH), start))
  );
}

/**
 * What a sentence says after the meeting's or a speaker's word (会议强调, 王某表示): a name in it is what
 * was said, not who is at the meeting (会议强调,习近平总书记在某地考察时发表重要讲话).
 */
const SAID_BEFORE = /(?:指出|强调|表示|认为)[,，:：][^。！？!?\n]*$/;
const SAID_REACH = 120;

/** The cues right after one mention: 出席会议并讲话 gives 出席 and 讲话. */
function cuesAt(text: string, span: Span): Cue[] | "mention" {
  const end = span.end;
  if (SAID_BEFORE.test(text.slice(Math.max(0, span.start - SAID_REACH), span.start))) return "mention";
  const start = skipTitleAndFiller(text, end);
  const rest = text.slice(start, start + 60);
  if (heardReport(text, end)) return [{ role: "讲话", strong: true }];
  if (elected(text, span.start, end)) return [{ role: "出席", strong: true }];
  if (relayed(text, span.start, start)) return "mention";
  if (
    DIRECTIVE_NOUN_AFTER.test(rest) &&
    DIRECTIVE_FOLLOWED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))
  )
    return "mention";
  // Read after the title too: 张某检察长讲话精神 is a speech studied.
  if (MENTION_ONLY_FOLLOWERS.test(text.slice(end, end + 30))) return "mention";
  const afterTitle = afterPostposedTitle(text, end);
  if (afterTitle > end && MENTION_ONLY_FOLLOWERS.test(text.slice(afterTitle, afterTitle + 30))) return "mention";
  if (rest.startsWith("带领") || rest.startsWith("率领")) {
    if (LEADS_ON_ACTION.test(text.slice(start, start + LEADS_ON_ACTION_REACH))) return [{ role: "出席", strong: true }];
  }
  const cues: Cue[] = [];
  let cursor = rest;
  for (let i = 0; i < 3; i++) {
    const found = anchoredCue(cursor);
    if (!found) break;
    cues.push(found.cue);
    cursor = cursor.slice(found.length);
    const link = CUE_LINK.exec(cursor);
    if (!link) break;
    cursor = cursor.slice(link[0].length);
  }
  return cues;
}

/**
 * The cues of each mention. A mention followed only by its list partners (刘渊，省民政厅党组书记、
 * 厅长庄严出席会议) shares the verb of the last name in the list; the cues after each place are
 * read once, however many earlier names in a list look ahead to them.
 */
export function cueReader(
  text: string,
  nextMention: (after: number) => Span | null,
): (span: Span) => Cue[] | "mention" {
  const read = new Map<number, Cue[] | "mention">();
  const cuesAfter = (span: Span) => {
    let cues = read.get(span.end);
    if (cues === undefined) read.set(span.end, (cues = cuesAt(text, span)));
    return cues;
  };
  // What each place in a list leads to, kept: every name of a 500-name list reads on to the same verb.
  const shared = new Map<number, Cue[] | "mention">();
  const cuesForMention = (span: Span, depth: number): Cue[] | "mention" => {
    const known = shared.get(span.end);
    if (known) return known;
    const cues = cuesAfter(span);
    if (cues === "mention" || cues.length || depth > MAX_LIST_LENGTH) return cues;
    const after = skipTitleAndFiller(text, span.end);
    const next = nextMention(after);
    // Names run together in a headline (甲一平乙二强出席) are a list with nothing between them.
    if (!LIST_CONTINUES.test(text.slice(after)) && next?.start !== span.end) return cues;
    const result =
      !next || next.start - after > 45 || CLAUSE_BREAK.test(text.slice(after, next.start))
        ? groupCue(text.slice(after, after + GROUP_CLAUSE_LENGTH))
        : cuesForMention(next, depth + 1);
    shared.set(span.end, result);
    return result;
  };
  // Whether each paragraph is a roster, read once for all the names in it.
  const rosters = new Map<number, boolean>();
  const inRosterParagraph = (span: Span) => {
    const start = text.lastIndexOf("\n", span.start) + 1;
    let roster = rosters.get(start);
    if (roster === undefined) rosters.set(start, (roster = isRoster(text, start)));
    return roster;
  };
  return (span) => {
    const cues = cuesForMention(span, 0);
    if (cues === "mention" || cues.some((c) => c.strong)) return cues;
    const before = text.slice(Math.max(0, span.start - LIST_OPENER_REACH), span.start);
    if (PRESENT_LIST_OPENER.test(before) || MET_GUEST_BEFORE.test(before) || ELECTED_BEFORE.test(before))
      return [{ role: "出席", strong: true }];
    if (inCutList(text, span) || inRosterParagraph(span)) return [{ role: "出席", strong: true }];
    return statesAsSubject(text, span) ? [...cues, { role: "讲话", strong: true, bySubject: true }] : cues;
  };
}

/** How much of a list may follow a name before the text is cut off. */
const CUT_LIST_REACH = 120;
/** What a list cut off mid-way holds after a name: more names and titles, 、 and commas, perhaps an ellipsis. */
const CUT_LIST_TAIL = /^[^。;；!?！？:：“”"]*$/;

/**
 * A name in a list of officials that the page cuts off before its verb (…自治区政协副主席甲、乙、丙、…): an
 * excerpt's last sentence, where reports list those who attend. It must stand in a list (、 or a comma
 * before it) that runs to the end of the text.
 */
function inCutList(text: string, span: Span): boolean {
  const rest = text.slice(span.end).trimEnd();
  if (rest.length > CUT_LIST_REACH || !CUT_LIST_TAIL.test(rest)) return false;
  const clauseStart = Math.max(...["。", ";", "；", "\n"].map((mark) => text.lastIndexOf(mark, span.start)));
  // A run longer than any sentence a person writes is no list cut short (see `unreadTails`).
  if (text.length - clauseStart > LONGEST_SENTENCE) return false;
  if (NOT_ATTENDANCE.test(text.slice(clauseStart + 1, span.start))) return false;
  return /[、,，]/.test(text[span.start - 1] ?? "") || /^[、,，]/.test(rest);
}

/** The longest roster paragraph: a report's list of those present, not a page of text. */
const LONGEST_ROSTER = 800;
/** At most this many characters a roster gives each person: a post or two and the name. */
const ROSTER_ITEM_LENGTH = 30;
const ROSTER_SEPARATORS = /[、,，;；。]/g;
/** A word of a sentence, which no roster of posts and names holds. */
const SENTENCE_WORD =
  /出席|参加|列席|主持|讲话|致辞|召开|举行|指出|强调|表示|要求|介绍|汇报|学习|传达|会议|活动|就座|陪同|随同|前往|视察|调研|考察|看望|慰问|会见|通过|审议|发言|宣读|提出|认为|希望|授予|决定|包括|任命|当选|选举|是|将|了/;

/**
 * Whether the paragraph starting at `start` is a roster and nothing else (甲市委副书记、市长乙,丙州委副书记、州长丁,…):
 * a report lists those present so, under the lines that name who chaired and spoke. Its posts and names only,
 * every few characters a mark, no word of a sentence.
 */
function isRoster(text: string, start: number): boolean {
  const endAt = text.indexOf("\n", start);
  const paragraph = text.slice(start, endAt < 0 ? text.length : endAt).trim();
  if (paragraph.length > LONGEST_ROSTER || SENTENCE_WORD.test(paragraph)) return false;
  const items = paragraph.match(ROSTER_SEPARATORS)?.length ?? 0;
  return items >= 3 && paragraph.length <= (items + 1) * ROSTER_ITEM_LENGTH;
}

/** Words before a list that make its names what the meeting studies, hears or meets, not who attends. */
const NOT_ATTENDANCE = /学习|传达|贯彻|听取|审议|讨论|关于|会见|看望|慰问|选举|任命|免去/;

/**
 * The guest a leader meets, named after the verb in the same clause: 会见来京述职的某某行政长官甲, 会见了
 * 来访的某国总统乙 — the guest is there.
 */
const MET_GUEST_BEFORE = /(?:会见|接见|会晤)了?[^，。,；;:：、“”]{0,30}$/;

/**
 * Who the meeting elects (选举甲为主席, 选举乙、丙为副主席) or designates (推定甲、乙为主席团常务主席) is there,
 * a candidate at the session that votes.
 */
const ELECTED_BEFORE = /(?:选举|推定|推举)(?:[\u4e00-\u9fff]{2,4}(?:同志)?、){0,20}$/;

/** How far after a name its statement is read: the occasion may be named long (在…举办的…系列讲座上表示). */
const STATEMENT_REACH = 80;

/** 县长甲强调, 乙在调研时表示, 丙庭长强调: the person speaks at the event reported. */
function statesAsSubject(text: string, span: Span): boolean {
  const after = afterPostposedTitle(text, span.end);
  return (
    SUBJECT_STATEMENT.test(text.slice(after, after + STATEMENT_REACH)) &&
    SUBJECT_PREFIX.test(text.slice(Math.max(0, span.start - 41), span.start))
  );
}

/** A name listed with unnamed others shares their verb: "马建军、巡视组有关同志到会指导". */
function groupCue(clause: string): Cue[] {
  const m = GROUP_CUE.exec(clause);
  if (!m) return [];
  const found = anchoredCue(m[1]!);
  return found ? [found.cue] : [];
}

export function strongestRole(cues: readonly Cue[], allowWeak: boolean): Role {
  let best: Role = "提及";
  for (const cue of cues) {
    if (!cue.strong && !allowWeak) continue;
    if (ROLE_PRIORITY[cue.role] > ROLE_PRIORITY[best]) best = cue.role;
  }
  return best;
}
