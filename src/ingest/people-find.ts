/**
 * Where people are named after a title chain (省民政厅党组书记、厅长庄严), in lists and runs of names;
 * the names before a title (易炼红书记) are people-before-titles.ts's. Each find carries the titles the
 * text gives at that place.
 */
import {
  INSIDE_NAME_ANYWAY,
  LISTED_NAME_START_ANYWAY,
  NOT_GIVEN_NAMES,
  NOT_LISTED_NAME_OPENINGS,
  DOTTED_NAME,
  NOT_IN_LISTED_NAMES,
  TIBETAN_NAME_PARTS,
} from "./lexicon/names";
import { AFTER_NAME, TIME_AFTER_NAME, VERB_AFTER_SHORTER_NAME } from "./lexicon/name-followers";
import { ROLE_VERBS } from "./lexicon/event-verbs";
import { anyOf } from "./lexicon/pattern";
import { Words } from "./lexicon/words";
import { LONGEST_SENTENCE } from "./limits";
import { allMatches } from "./matches";
import { lastStartingBefore } from "./mentions";
import { ALL_HAN, hasNameCharacters, isFullName, surnameAt } from "./names";
import { titleChainBefore, TITLES } from "./title-chain";
import type { Span } from "./types";

export interface NameFind {
  name: string;
  start: number;
  end: number;
  titles: string[];
  /** Found as a given name alone (治原部长): joined to a full name when the text has one. */
  givenNameOnly: boolean;
}

/** Where a listed name ends: the next 、, the list's joiner before its last name, or its verb. */
const LIST_NAME_END = new RegExp(`^(?:、|和|及|以及|,|${TIME_AFTER_NAME}?${anyOf(ROLE_VERBS)})`);
/** What joins one listed name to the next. */
const LIST_JOINER_AT = /^(?:、|以及|和|及)/;
/** A verb of taking part right after a name: 主持, 出席, 讲话 (not 说 or 在, which follow words too). */
const STRONG_VERB_AFTER = new RegExp(
  `^${anyOf(["主持", "出席", "列席", "参加", "讲话", "致辞", "传达", "宣读", "领学"])}`,
);

/** 。！？!? and a line break. */
const SENTENCE_END = /[。！？!?\n]/g;

/**
 * What is not read for names: each sentence past its first `LONGEST_SENTENCE` characters, in
 * order. A run of more characters without a full stop, question mark or line break is no sentence
 * a person wrote (a pasted roster of thousands of names, a hostile file); an attendance list fits
 * well within it (500 three-character names and their 、).
 */
export function unreadTails(text: string): Span[] {
  const unread: Span[] = [];
  let start = 0;
  const close = (at: number) => {
    if (at - start > LONGEST_SENTENCE) unread.push({ start: start + LONGEST_SENTENCE, end: at });
    start = at + 1;
  };
  // Searched by the regular expression engine: a loop over every character in script is slower.
  for (const end of allMatches(SENTENCE_END, text)) close(end.index);
  close(text.length);
  return unread;
}

/** Where a search for names goes on from `at`: `at` itself, or the end of the unread tail holding it. */
function readableFrom(unread: readonly Span[], at: number): number {
  const tail = unread[lastStartingBefore(unread, at + 1)];
  return tail && at < tail.end ? tail.end : at;
}

/**
 * Whether a name in a list or a dotted name may hold these characters (葛会波, 阿不都, 李为民: yes; 会议: no);
 * a four-character listed name may open with 其 (其美多吉).
 */
export function hasListedNameCharacters(candidate: string): boolean {
  for (const [i, c] of [...candidate].entries()) {
    if (!NOT_IN_LISTED_NAMES.has(c)) continue;
    if (i === 1 && candidate.length === 3 && INSIDE_NAME_ANYWAY.has(c)) continue;
    const opensTibetanName =
      i === 0 &&
      candidate.length === 4 &&
      LISTED_NAME_START_ANYWAY.has(c) &&
      !NOT_LISTED_NAME_OPENINGS.has(candidate.slice(0, 2));
    if (!opensTibetanName) return false;
  }
  return true;
}

/** A post's title, which a name read from the middle of it (常委会主任乃依木·亚森) would hold. */
const TITLE_INSIDE = /主任|主席|书记|委员|常委|部长|厅长|局长|市长|县长|省长|院长|会长|秘书/;

/**
 * Whether a dotted name may hold these characters: as a listed name, and 向 or 以 past its first
 * character (宗洛·向巴克珠: 向巴 is a Tibetan name's part), and no post's title.
 */
export function hasDottedNameCharacters(candidate: string): boolean {
  if (TITLE_INSIDE.test(candidate)) return false;
  for (const [i, c] of [...candidate].entries())
    if (NOT_IN_LISTED_NAMES.has(c) && !(i > 0 && INSIDE_NAME_ANYWAY.has(c))) return false;
  return true;
}

/** A dotted name at `at` (努尔兰·阿不都满金主持 → 努尔兰·阿不都满金), cut where a name may end. */
function dottedNameAfter(text: string, at: number): string | null {
  const run = DOTTED_NAME.exec(text.slice(at, at + 40))?.[0];
  if (!run) return null;
  const lastDot = Math.max(...[..."·•・‧."].map((dot) => run.lastIndexOf(dot)));
  // Shortest first: a name's last part runs on into the verb after it (扎克尔出席会议).
  for (let end = lastDot + 2; end <= run.length; end++) {
    const candidate = run.slice(0, end);
    if (!AFTER_NAME.test(text.slice(at + end))) continue;
    if (!hasDottedNameCharacters(candidate)) return null;
    return candidate;
  }
  return null;
}

/**
 * A three-character name ending in 和 or 从 right before a list's 、 or comma (副主席王中和、黄关从、
 * 罗志虎出席), or 和 right before attending (秘书长李仁和出席会议): there 和 joins nothing and 从 opens
 * nothing, so each is the name's last character. So
 * are 为 and 年 before a mark, 等 or the verb of chairing or attending (代县长陈大为等参加会议, 市长孙建年
 * 主持召开): 为 takes an object (王刚为大会作报告) and 年 ends a count of years, and these are neither.
 */
function nameEndingInFunctionWord(text: string, at: number): string | null {
  const after = text.slice(at + 3, at + 3 + FUNCTION_WORD_REACH);
  const ends = LAST_CHARACTER_BEFORE.get(text[at + 2] ?? "")?.test(after) ?? false;
  return ends && isFullName(text.slice(at, at + 2)) ? text.slice(at, at + 3) : null;
}

/** How far after a name ending in a function word what follows is read: a verb and the 的 that may follow it. */
const FUNCTION_WORD_REACH = 14;

const LIST_SEPARATOR = /^[、,，]/;
const ROLE_OR_LIST_AFTER = /^(?:[、,，]|等|出席|列席|主持)/;
/** A list's mark, or the verb of attending that no 的 turns into a group's name (和出席会议的代表 joins). */
const LIST_OR_ATTENDING_AFTER = /^(?:[、,，]|(?:出席|列席|主持|参加)(?![^,，。;；]{0,8}的))/;
const LAST_CHARACTER_BEFORE: ReadonlyMap<string, RegExp> = new Map([
  ["和", LIST_OR_ATTENDING_AFTER],
  ["从", LIST_SEPARATOR],
  ["为", ROLE_OR_LIST_AFTER],
  ["年", ROLE_OR_LIST_AFTER],
]);

/** Words for groups and bodies that a list of names may hold: 各部门, 有关单位, 其他同志, 国家林业和草原局. */
const GROUP_WORDS = /^(?:各|全|有关|相关|其他|其余|部分|国家|中央)|[等们部门局委办处厅室单位]$/;

/**
 * A name inside a list that a titled name opened (副委员长李鸿忠、铁凝、洛桑江村出席): two to four
 * characters up to the next 、 or the list's verb, whatever their surname — lists name officials
 * whose surnames are rare or who have none (Tibetan and Mongolian names).
 */
function listedNameAfter(text: string, at: number): string | null {
  const endingInHe = nameEndingInFunctionWord(text, at);
  if (endingInHe) return endingInHe;
  for (const length of [2, 3, 4]) {
    const candidate = text.slice(at, at + length);
    const next = text.slice(at + length);
    if (candidate.length !== length || !ALL_HAN.test(candidate) || !LIST_NAME_END.test(next)) continue;
    // 常委会主任、…: the end of a title cut after 常委, not a name.
    return hasListedNameCharacters(candidate) && !GROUP_WORDS.test(candidate) && !TITLES.someIn(candidate)
      ? candidate
      : null;
  }
  return null;
}

/**
 * An item of a list of names that no rule reads as one, with a name on either side: 甲、其其格、乙 (a
 * Mongolian or other name with no surname, characters a Chinese name would not hold), up to six
 * characters (李秀春、久美曲智尖措、谢宗义: a Tibetan name). Without it the list would end there and lose
 * the names after it.
 */
function flankedNameAt(text: string, at: number): string | null {
  for (const length of [2, 3, 4, 5, 6]) {
    const candidate = text.slice(at, at + length);
    if (text[at + length] !== "、" || candidate.length !== length || !ALL_HAN.test(candidate)) continue;
    if (TITLES.someIn(candidate) || NOT_GIVEN_NAMES.has(candidate.slice(0, 2)) || GROUP_WORDS.test(candidate))
      return null;
    return nameAfter(text, at + length + 1) ? candidate : null;
  }
  return null;
}

/** What a name with no surname never holds, though a run of words after a title may: 一行, 等, 的, 和. */
const NOT_A_NAME_RUN = /[一等们的和及了与在对将为要是]/;
const NAME_RUN = /^(?:[\u4e00-\u9fff]{2,5}(?=[,，])|[\u4e00-\u9fff]{3,5}(?<![人员])(?=、))/;
/** A meeting or a verb in the run: the title named a body (主席会议), or a verb followed it (依次发言). */
const EVENT_IN_RUN = new RegExp(anyOf([...ROLE_VERBS.filter((v) => v.length > 1), "会议", "会上", "召开", "举行"]));

/**
 * A name no rule reads (no surname: 旗长希尼, 主任宝音满都呼, 部长班果) between a title and a comma or
 * a 、 (three characters or more, not ending as 候选人 or 联络员 do), when the next entry of the same list is a title and a name: "…旗长希尼,旗人大常委会主任乙某某,…出席",
 * "省政协主席某某某某、省人大常委会副主任乙某某等省领导".
 */
function nameBeforeNextEntry(text: string, at: number, depth = 0): string | null {
  const run = NAME_RUN.exec(text.slice(at, at + 6))?.[0];
  if (!run || NOT_A_NAME_RUN.test(run) || EVENT_IN_RUN.test(run) || TITLES.someIn(run)) return null;
  if (NOT_GIVEN_NAMES.has(run.slice(0, 2)) || GROUP_WORDS.test(run)) return null;
  // The next entry: its organisation and title (旗人大常委会主任), then a name.
  const next = at + run.length + 1;
  const entry = text.slice(next, next + NEXT_ENTRY_REACH);
  const comma = entry.search(/[,，。;；]/);
  for (let m = TITLES.nextIn(text, next); m && m.index < next + (comma < 0 ? entry.length : comma);) {
    const after = m.index + m.word.length;
    if (nameAfter(text, after) || (depth < MAX_UNREAD_ENTRIES && nameBeforeNextEntry(text, after, depth + 1)))
      return run;
    m = TITLES.nextIn(text, m.index + m.word.length);
  }
  return null;
}

/** How far into the next entry its title is looked for, and how many such names in a row are read. */
const NEXT_ENTRY_REACH = 20;
const MAX_UNREAD_ENTRIES = 3;

/** A verb where a headline's name would stand (司长出席论坛致辞): the words after a title are the event, not a name. */
const VERB_OPENING = new RegExp(`^${anyOf(ROLE_VERBS.filter((v) => v.length > 1))}`);

/**
 * A three- or four-character name of no known surname, or with characters a Chinese name would not
 * hold, right between a title and a verb of taking part: 局党组书记、副局长次仁央宗主持会议,
 * 旗政协主席某根那主持会议 (Tibetan, Mongolian and other names have no surname).
 */
function nameBeforeVerb(text: string, at: number): string | null {
  if (VERB_OPENING.test(text.slice(at, at + 6))) return null;
  for (const length of [4, 3]) {
    const candidate = text.slice(at, at + length);
    if (candidate.length !== length || !ALL_HAN.test(candidate)) continue;
    if (!STRONG_VERB_AFTER.test(text.slice(at + length, at + length + 6))) continue;
    // 班子成员, 代表团召集人: words and titles, not names.
    if (!hasListedNameCharacters(candidate) || TITLES.someIn(candidate)) return null;
    return NOT_GIVEN_NAMES.has(candidate.slice(0, 2)) || NOT_GIVEN_NAMES.has(candidate.slice(-2)) ? null : candidate;
  }
  return null;
}

/** How many names with no known surname may open a list before one with a surname shows it is a list of names. */
const LIST_OPENERS_WITHOUT_SURNAME = 3;

/**
 * The first name of a list after a title, whatever its surname, when a name with a surname follows it,
 * perhaps after another without: 副主席德哇仓、王锐出席, 副主席亚古、达娃、宋某某出席.
 */
function listOpenerAfter(text: string, at: number): string | null {
  const first = listedNameAfter(text, at);
  if (!first || text[at + first.length] !== "、") return null;
  let next = at + first.length + 1;
  for (let i = 1; i < LIST_OPENERS_WITHOUT_SURNAME; i++) {
    if (nameAfter(text, next)) return first;
    const listed = listedNameAfter(text, next);
    if (!listed || text[next + listed.length] !== "、") return null;
    next += listed.length + 1;
  }
  return nameAfter(text, next) ? first : null;
}

/** A Tibetan name of two parts (索南扎西), which has no surname, right before what may follow a name. */
function tibetanNameAt(text: string, at: number): string | null {
  if (!TIBETAN_NAME_PARTS.has(text.slice(at, at + 2)) || !TIBETAN_NAME_PARTS.has(text.slice(at + 2, at + 4)))
    return null;
  return AFTER_NAME.test(text.slice(at + 4)) ? text.slice(at, at + 4) : null;
}

/**
 * A name of surname 向 right after a title and before the chairing or attending verb (区政协主席向某某
 * 主持会议, 州政协主席向秋主持会议): 向 is read as the preposition elsewhere (主席向大会报告工作).
 */
const XIANG_NAME_BEFORE_VERB = /^向[\u4e00-\u9fff]{1,2}(?=主持|出席|列席)/;

function nameAfter(text: string, at: number): string | null {
  const dotted = dottedNameAfter(text, at);
  if (dotted) return dotted;
  if (text[at] === "向") {
    const xiang = XIANG_NAME_BEFORE_VERB.exec(text.slice(at, at + 5))?.[0];
    if (xiang && hasNameCharacters(xiang.slice(1))) return xiang;
  }
  if (!surnameAt(text, at)) return tibetanNameAt(text, at);
  const endingInHe = nameEndingInFunctionWord(text, at);
  if (endingInHe) return endingInHe;
  for (const length of [4, 3, 2]) {
    const candidate = text.slice(at, at + length);
    if (candidate.length !== length || !isFullName(candidate) || !AFTER_NAME.test(text.slice(at + length))) continue;
    const shorter = candidate.slice(0, -1);
    if (length > 2 && isFullName(shorter) && VERB_AFTER_SHORTER_NAME.test(text.slice(at + length - 1))) return shorter;
    return longerListedName(text, at, candidate) ?? candidate;
  }
  return null;
}

/**
 * The name a cut list ends with (a teaser's "…张润华、陈岩出" above the full "陈岩出席会议"): one character
 * shorter when the text writes it elsewhere with a verb its last character opens.
 */
export function cutListEnding(text: string, end: number, candidate: string): string {
  const shorter = candidate.slice(0, -1);
  if (candidate.length < 3 || !isFullName(shorter)) return candidate;
  for (let at = text.indexOf(candidate); at >= 0; at = text.indexOf(candidate, at + 1)) {
    if (at + candidate.length !== end && VERB_AFTER_SHORTER_NAME.test(text.slice(at + candidate.length - 1)))
      return shorter;
  }
  return candidate;
}

/**
 * A four-character name in a list that a three-character one would cut short, its last character
 * read as a word (旗长孟和达来、…: 来 is no verb before 、): a Mongolian or other long name.
 */
function longerListedName(text: string, at: number, candidate: string): string | null {
  if (candidate.length !== 3 || text[at + 4] !== "、") return null;
  // The three characters are a name already: only the fourth is read.
  const fourth = text.slice(at + 3, at + 4);
  return ALL_HAN.test(fourth) && hasListedNameCharacters(fourth) ? candidate + fourth : null;
}

/** The words written in the text, left to right, the longest at each place, outside the unread tails. */
export function readWords(words: Words, text: string, unread: readonly Span[]): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  for (let m = words.nextIn(text, 0); m;) {
    const resume = readableFrom(unread, m.index);
    if (resume === m.index) found.push(m);
    m = words.nextIn(text, resume === m.index ? m.index + m.word.length : resume);
  }
  return found;
}

/**
 * The matches of a global pattern (its words never empty) in what is read, as `matchAll` gives
 * them: a match in an unread tail moves the search to its end, so the tail is not even searched.
 */
export function readMatches(pattern: RegExp, text: string, unread: readonly Span[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const resume = readableFrom(unread, m.index);
    if (resume === m.index) found.push(m);
    else pattern.lastIndex = resume;
  }
  pattern.lastIndex = 0;
  return found;
}

const ROSTER_COLON = /[:：]/;
/** A count before a title (五位议员, 3名委员), which a comma and the names counted may follow. */
const COUNTED_BEFORE = /[两二三四五六七八九十\d]{1,2}[位名]$/;
const LIST_COMMA = /[,，]/;

export function findAfterTitles(text: string, unread = unreadTails(text)): NameFind[] {
  const finds: NameFind[] = [];
  // One title for several names: 副县长刘伟、陈晓东 — the names after 、 share it, up to an unread tail.
  // A list goes on after 、 (any name), or after 和/及 (a full name): 卢勇、董普选和汤鹏超、庞建军出席.
  const nextInList = (at: number): { name: string; start: number } | null => {
    const joiner = LIST_JOINER_AT.exec(text.slice(at, at + 2))?.[0];
    const start = at + (joiner?.length ?? 0);
    if (!joiner || readableFrom(unread, start) !== start) return null;
    const name =
      joiner === "、"
        ? (nameAfter(text, start) ?? listedNameAfter(text, start) ?? flankedNameAt(text, start))
        : nameAfter(text, start);
    return name ? { name, start } : null;
  };
  for (const m of readWords(TITLES, text, unread)) {
    const end = m.index + m.word.length;
    // A roster under its title and a colon: 市委副书记:甲、乙,市委常委:丙、丁. Or a count of them and a
    // comma: 五位议员,甲、乙、丙和丁,分别….
    const opensRoster =
      (ROSTER_COLON.test(text.slice(end, end + 1)) ||
        (COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
          LIST_COMMA.test(text.slice(end, end + 1)))) &&
      (nameAfter(text, end + 1) ?? listOpenerAfter(text, end + 1)) !== null;
    const at = opensRoster ? end + 1 : end;
    const first =
      nameAfter(text, at) ?? listOpenerAfter(text, at) ?? nameBeforeVerb(text, at) ?? nameBeforeNextEntry(text, at);
    // Most titles name no one right after them (省委常委会): their chain is read only for a name.
    if (!first) continue;
    // Counted (五位议员,甲、乙…): the title alone, without the count and what stands before it.
    const titles = at > end && !ROSTER_COLON.test(text[end]!) ? [m.word] : titleChainBefore(text, end);
    for (let listed: { name: string; start: number } | null = { name: first, start: at }; listed;) {
      const end = listed.start + listed.name.length;
      finds.push({ name: listed.name, start: listed.start, end, titles, givenNameOnly: false });
      listed = nextInList(end);
    }
  }
  return finds;
}
