/**
 * Names the text gives with no title before them: a clause opening with a list of names and their
 * verb, a bare name before its verb, names after their units, names before a
 * count and a shared title, rosters. Each is taken only where the form leaves no doubt.
 */
import { ROLE_VERBS } from "./lexicon/event-verbs";
import { NOT_GIVEN_NAMES, TIBETAN_NAME_PARTS } from "./lexicon/names";
import { TIME_AFTER_NAME } from "./lexicon/name-followers";
import { anyOf } from "./lexicon/pattern";
import { isFullName } from "./names";
import {
  cutListEnding,
  hasDottedNameCharacters,
  hasListedNameCharacters,
  readMatches,
  unreadTails,
  type NameFind,
} from "./people-find";
import { TITLES } from "./title-chain";

/**
 * A clause that opens with three or more names in a list (each two to four characters, or a dotted name), the last
 * perhaps after 及 or 和 (甲、乙、丙及丁出席), then its verb, or unnamed others and the verb of
 * attending they share (甲、乙、丙,省人大常委会各工作机构负责人参加学习; 甲、乙、丙和其他主席团成员也在主席台就座).
 * Group 2: the name after 及.
 */
/** The session's posts a list of names takes (甲、乙、丙任大会主席团常务主席): those named are at the session. */
const PRESIDIUM_POST = "任[^，,。;；\\n]{0,30}?(?:主席团常务主席|执行主席|主席团成员)";
/** How a list's members take their turn before the verb: 甲、乙、丙先后发言. */
const LIST_ADVERB = "(?:先后|分别|相继|依次|一同|共同)";
/** A name with a middle dot, its first part up to eight characters (古丽巴尔琴·赛力克拜, 艾斯比顿·赛买提). */
const DOTTED_NAME = "[\\u4e00-\\u9fff]{2,8}·[\\u4e00-\\u9fff]{1,8}";
/** 和 between two names inside a list, the list going on after the next (甲、乙和丙、丁在主席台就座). */
const INNER_AND = "和(?=[\\u4e00-\\u9fff]{2,4}、)";
/** Where a list's entries part: 、, or 和 inside the list. */
const LIST_SEPARATOR = new RegExp(`、|${INNER_AND}`);
const BARE_LIST = new RegExp(
  `(?:^|[,，。;；:：\n])((?:(?:[\u4e00-\u9fff]{2,4}|${DOTTED_NAME})(?:、|${INNER_AND})){2,}(?:[\u4e00-\u9fff]{2,4}?|${DOTTED_NAME}))(?:(?:以及|及|和)([\u4e00-\u9fff]{2,4}?))?(?=等|${TIME_AFTER_NAME}?${LIST_ADVERB}?${anyOf(ROLE_VERBS)}|[,，][^，,。;；\n]{1,60}?(?:负责人|成员|委员|人员|同志|领导|干部)(?:参加|出席|列席)|(?:和|及|以及)其他[^，,。;；\n]{1,30}?(?:负责人|成员|委员|人员|同志|领导|干部)(?:也|亦|还)?${anyOf(ROLE_VERBS)}|${PRESIDIUM_POST})`,
  "g",
);

/**
 * A place's leaders named as a body after a list of names: 等市四班子领导, 等县四大班子领导, 等省级领导.
 * Group 1: the title each of the names takes.
 */
const PLACE_LEADERS = "[省市县区州盟旗](?:四套班子|四大班子|四家班子|四班子|党政|级)?领导";
const LEADERS_AFTER_LIST = new RegExp(`^等(${PLACE_LEADERS})`);

/** A full name, a dotted one (帕巴拉·格列朗杰) or a Tibetan one (洛桑某某): what makes a list of bare names one. */
function isNameLike(token: string): boolean {
  if (token.includes("·")) return hasDottedNameCharacters(token);
  return isFullName(token) || TIBETAN_NAME_PARTS.has(token.slice(0, 2));
}

/**
 * What no name holds, even one between two others in a list: a Mongolian or other name may hold 日
 * or 其 (巴日格其), or end in 和 (布和), which `hasListedNameCharacters` keeps out of names elsewhere.
 */
const NOT_IN_FLANKED_NAMES = /[的了在是与及或并等省市县区委厅局部议记届年月们这之]/;

/** A list's entry with a name's characters, or one between two entries holding nothing no name holds. */
function listedOrFlanked(token: string, index: number, tokens: readonly string[]): boolean {
  if (hasListedNameCharacters(token)) return true;
  return index > 0 && index < tokens.length - 1 && !NOT_IN_FLANKED_NAMES.test(token);
}

/**
 * Names listed with no title at the start of a clause, up to their verb: "…主持,汪少舟、钟世富、
 * 余钢、周平等出席." Three or more, most with a known surname, or they are not taken for names.
 */
export function findBareLists(text: string, unread = unreadTails(text)): NameFind[] {
  const finds: NameFind[] = [];
  for (const m of readMatches(BARE_LIST, text, unread)) {
    const last = m[2];
    const tokens = [...m[1]!.split(LIST_SEPARATOR), ...(last ? [last] : [])];
    const fullNames = tokens.filter(isNameLike).length;
    const end = m.index + m[0].length;
    // 甲、乙、布和等: before 等 the list is closed, so its last entry is a name (a Mongolian name may end in 和).
    const closed = text.startsWith("等", end);
    const entryOk = (token: string, i: number) =>
      listedOrFlanked(token, i, tokens) || (closed && i === tokens.length - 1 && !NOT_IN_FLANKED_NAMES.test(token));
    if (fullNames * 2 < tokens.length || !tokens.every(entryOk)) continue;
    if (last && !isFullName(last)) tokens.pop();
    // The leaders the list names, said after it: 甲、乙、丙等市四班子领导 are each one of them.
    const group = closed ? LEADERS_AFTER_LIST.exec(text.slice(end, end + 12))?.[1] : undefined;
    const titles = () => (group ? [group] : []);
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of tokens) {
      finds.push({ name, start: at, end: at + name.length, titles: titles(), givenNameOnly: false });
      at += name.length + 1;
    }
    if (last && tokens.length && tokens[tokens.length - 1] === last) {
      const start = end - last.length;
      finds[finds.length - 1] = { name: last, start, end, titles: titles(), givenNameOnly: false };
    }
  }
  return finds;
}

/**
 * Two names with no title before the leaders they are: "甲、乙等市领导出席", "甲、乙等同志参加". Groups 1
 * and 2; both full names of known surnames (a list of three or more is `BARE_LIST`'s).
 */
const PAIR_BEFORE_LEADERS = new RegExp(
  `(?:^|[,，。;；:：\\n])([\\u4e00-\\u9fff]{2,3}?)、([\\u4e00-\\u9fff]{2,3}?)(?=等(?:${PLACE_LEADERS}|领导同志|同志))`,
  "g",
);

/**
 * Names listed bare after the words that open a list of those present, up to the sentence's end:
 * "出席活动的领导有:甲、乙、丙。", "参加会议的还有甲、乙", "大会的执行主席是甲、乙、丙。". Group 1: the list;
 * every name a full one.
 */
const OPENED_BARE_LIST =
  /(?:(?:出席|参加|列席|陪同|到会)[^。;；:：]{0,30}?的(?:[^。;；，,:：]{0,20}?(?:领导|人员|同志|负责人|嘉宾|代表))?还?(?:有|包括)|(?:大会|会议)的?执行主席(?:是|为|有))[:：]?((?:[\u4e00-\u9fff]{2,4}[、,，]){1,40}[\u4e00-\u9fff]{2,4}?)(?=[。;；]|等|$)/g;

export function findOpenedAndPairedLists(text: string, unread = unreadTails(text)): NameFind[] {
  const finds: NameFind[] = [];
  if (text.includes("等")) {
    for (const m of readMatches(PAIR_BEFORE_LEADERS, text, unread)) {
      const names = [m[1]!, m[2]!];
      if (!names.every((name) => isFullName(name) && !NOT_GIVEN_NAMES.has(name))) continue;
      const group = LEADERS_AFTER_LIST.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[1];
      let at = m.index + m[0].indexOf(m[1]!);
      for (const name of names) {
        finds.push({ name, start: at, end: at + name.length, titles: group ? [group] : [], givenNameOnly: false });
        at += name.length + 1;
      }
    }
  }
  if (text.includes("有") || text.includes("包括") || text.includes("执行主席")) {
    for (const m of readMatches(OPENED_BARE_LIST, text, unread)) {
      const names = m[1]!.split(/[、,，]/);
      if (!names.every((name) => isFullName(name) && !NOT_GIVEN_NAMES.has(name))) continue;
      let at = m.index + m[0].length - m[1]!.length;
      for (const name of names) {
        finds.push({ name, start: at, end: at + name.length, titles: [], givenNameOnly: false });
        at += name.length + 1;
      }
    }
  }
  return finds;
}

/**
 * A name with its posts after it in brackets, as lists of members and guests write them: "甲(省委常委、
 * 秘书长)出席", "乙（市政协副主席）、丙（市政协秘书长）". Groups 1 and 2; every post ends with a title.
 */
/** The posts written beside a full name (省委常委、秘书长), each ending with a title; null when it is no such name or list. */
function postsOf(name: string, posts: string): string[] | null {
  const titles = posts.split("、");
  return isFullName(name) && titles.every((t) => TITLES.endsIn(t)) ? titles : null;
}

// The bracket first, the name behind it: the engine looks for brackets, not for every run of characters.
const NAME_BEFORE_BRACKETED_TITLES = /(?<=(?:^|[,，。;；:：、\n])([\u4e00-\u9fff]{2,3}))[(（]([^()（）\n]{2,40})[)）]/g;

export function findBracketedTitles(text: string, unread = unreadTails(text)): NameFind[] {
  if (!text.includes("(") && !text.includes("（")) return [];
  const finds: NameFind[] = [];
  for (const m of readMatches(NAME_BEFORE_BRACKETED_TITLES, text, unread)) {
    const name = m[1]!;
    const titles = NOT_GIVEN_NAMES.has(name) ? null : postsOf(name, m[2]!);
    if (!titles) continue;
    const start = m.index - name.length;
    finds.push({ name, start, end: m.index, titles, givenNameOnly: false });
  }
  return finds;
}

/**
 * A name with no title opening a clause, right before how its owner took part: "…主持会议。甲作工作
 * 报告，乙领学，丙宣读了文件，丁介绍了新任干部情况，戊出席会议并讲话", "己就《…》讨论稿向全会作了说明". Group 1, taken
 * only for a full name of a known surname.
 */
const BARE_NAME_VERBS = anyOf([
  "主持",
  "讲话",
  "致辞",
  "宣读",
  "领学",
  "发言",
  "通报",
  "汇报",
  "介绍",
  "传达",
  "作说明",
  "作报告",
  "作工作报告",
  "作动员讲话",
  "作总结讲话",
  "作重要讲话",
  "作专题报告",
  "作主旨报告",
  "作辅导报告",
  "作了说明",
  "作了报告",
  "作了重要讲话",
  "在主席台就座",
  "在主席台前排就座",
  // 甲当选为…主席: who is elected at the session.
  "当选",
  // 甲出席会议并讲话: the meeting named, as a bare word before 出席 (领导出席) would not have it.
  "出席会议",
]);
// Opening with a class of marks lets the engine skip ahead to the next one; the text's start is read on its own.
/** What the speaker speaks on and to whom, between the bare name and the verb: 就《…》讨论稿向全会作了说明. */
const TOPIC_AND_AUDIENCE = "(?:就[^。;；]{1,80}?)?(?:向[^，。,;；]{1,12}?)?";
const BARE_NAME_BEFORE_VERB = new RegExp(
  `(?:[,，。;；:：\\n]|\\d日(?:上午|下午|晚上)?)([\\u4e00-\\u9fff]{2,3}?|${DOTTED_NAME})(?=${TOPIC_AND_AUDIENCE}${BARE_NAME_VERBS})`,
  "g",
);
const BARE_NAME_OPENING_TEXT = new RegExp(`^([\\u4e00-\\u9fff]{2,3}?)(?=${BARE_NAME_VERBS})`);

/**
 * A name with no title right after 会上, before what its owner says or does there: "会上,甲结合会议精神,
 * 对下一步工作作了部署", "会上,乙围绕…作交流发言", "会上,丙强调". Group 1.
 */
const BARE_NAME_AT_MEETING = /会(?:议)?上[,，]([\u4e00-\u9fff]{2,3}?)(?=结合|围绕|就|强调|指出|要求|表示|作了?|对)/g;
/** Who chairs, named after 由 (会议由甲主持, 由乙同志主持). Group 1. */
const CHAIRED_BY = /由([\u4e00-\u9fff]{2,3}?)(?:同志)?(?=主持)/g;

export function findBareNamesBeforeVerbs(text: string, unread = unreadTails(text)): NameFind[] {
  const finds: NameFind[] = [];
  const opening = BARE_NAME_OPENING_TEXT.exec(text);
  const atMeeting =
    text.includes("会上") || text.includes("会议上") ? readMatches(BARE_NAME_AT_MEETING, text, unread) : [];
  const chairedBy = text.includes("由") ? readMatches(CHAIRED_BY, text, unread) : [];
  for (const m of [
    ...(opening ? [opening] : []),
    ...readMatches(BARE_NAME_BEFORE_VERB, text, unread),
    ...atMeeting,
    ...chairedBy,
  ]) {
    const name = m[1]!;
    const named = name.includes("·") ? hasDottedNameCharacters(name) : isFullName(name) && !NOT_GIVEN_NAMES.has(name);
    if (!named) continue;
    const start = m.index + m[0].lastIndexOf(name);
    finds.push({ name, start, end: start + name.length, titles: [], givenNameOnly: false });
  }
  return finds;
}

/**
 * A clause that is a list of bare names and nothing else, no verb after it, as a page cut inside it
 * leaves it (…作主题发言。甲某、乙某某、丙某、丁某某、戊......): four names or more, each a full name of a
 * known surname; the last may be cut short. Group 1 is the list. A list a verb closes is `findBareLists`'.
 */
const BARE_NAME_LIST =
  /(?:^|[,，。;；:：\n])((?:[\u4e00-\u9fff]{2,3}、){3,40}[\u4e00-\u9fff]{1,3})(?=[.…。,，;；\s]|$)/g;
const FEWEST_BARE_LISTED = 4;

export function findBareNameLists(text: string, unread = unreadTails(text)): NameFind[] {
  if (!text.includes("、")) return [];
  const finds: NameFind[] = [];
  for (const m of readMatches(BARE_NAME_LIST, text, unread)) {
    const tokens = m[1]!.split("、");
    const listEnd = m.index + m[0].length;
    if (isFullName(tokens.at(-1)!)) tokens.push(cutListEnding(text, listEnd, tokens.pop()!));
    const names = isFullName(tokens.at(-1)!) ? tokens : tokens.slice(0, -1);
    if (names.length < FEWEST_BARE_LISTED || !names.every(isFullName)) continue;
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of names) {
      finds.push({ name, start: at, end: at + name.length, titles: [], givenNameOnly: false });
      at += name.length + 1;
    }
  }
  return finds;
}

/**
 * Names each written after its unit in a list the meeting heard, as reviews of work write them:
 * "听取了东岭镇甲、水务局乙等5名党政主要负责人述职报告". Group 1 is the list; each entry is a
 * unit (镇, 乡, 街道, 局 …) and a full name of a known surname.
 */
const UNIT_NAMED_LIST =
  /听取了?((?:[\u4e00-\u9fff]{2,12}?(?:镇|乡|街道|局|委|办|院|中心|公司)[\u4e00-\u9fff]{2,3}、){1,40}[\u4e00-\u9fff]{2,12}?(?:镇|乡|街道|局|委|办|院|中心|公司)[\u4e00-\u9fff]{2,3})(?=等?[\d一二三四五六七八九十]+名|等)/g;
const UNIT_END = /(?:镇|乡|街道|局|委|办|院|中心|公司)$/;

export function findUnitNamedLists(text: string, unread = unreadTails(text)): NameFind[] {
  if (!text.includes("听取")) return [];
  const finds: NameFind[] = [];
  for (const m of readMatches(UNIT_NAMED_LIST, text, unread)) {
    let at = m.index + m[0].indexOf(m[1]!);
    for (const entry of m[1]!.split("、")) {
      const length = [3, 2].find((n) => isFullName(entry.slice(-n)) && UNIT_END.test(entry.slice(0, -n)));
      if (length) {
        const start = at + entry.length - length;
        finds.push({ name: entry.slice(-length), start, end: start + length, titles: [], givenNameOnly: false });
      }
      at += entry.length + 1;
    }
  }
  return finds;
}

/**
 * Names listed before their count and their shared title, as reports name a few members who spoke:
 * "甲、乙、丙三位参事分别汇报", "甲和乙两位委员". Group 1 is the list, group 2 a last name after 和 or 及;
 * the title follows the count.
 */
const COUNTED_GROUP =
  /(?:^|[,，。;；:：\n])((?:[\u4e00-\u9fff]{2,3}、){0,11}[\u4e00-\u9fff]{2,3}?)(?:(?:和|及)([\u4e00-\u9fff]{2,3}?))?(?:[两二三四五六七八九]|十[一二]?|\d{1,2})[位名](?=[\u4e00-\u9fff])/g;

export function findCountedGroups(text: string, unread = unreadTails(text)): NameFind[] {
  if (!text.includes("位") && !text.includes("名")) return [];
  const finds: NameFind[] = [];
  for (const m of readMatches(COUNTED_GROUP, text, unread)) {
    const title = TITLES.longestAt(text, m.index + m[0].length);
    const names = [...m[1]!.split("、"), ...(m[2] ? [m[2]] : [])];
    if (!title || names.length < 2 || !names.every(isFullName)) continue;
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of names) {
      at = text.indexOf(name, at);
      finds.push({ name, start: at, end: at + name.length, titles: [title], givenNameOnly: false });
      at += name.length;
    }
  }
  return finds;
}

/**
 * An entry of a roster written name first, its posts after a comma, entries apart by semicolons: "分别是
 * 甲,某县委书记、二级巡视员;乙,女,某区委书记". Groups 1 and 2: the name and its posts.
 */
const ROSTER_ENTRY = /(?:^|[是为:：;；\n])([\u4e00-\u9fff]{2,4})[,，](?:女[,，])?([^;；。,，:：]{2,40})(?=[;；。]|$)/g;
/** The fewest entries that make a roster. */
const MIN_ROSTER_ENTRIES = 2;

export function findRosterEntries(text: string, unread = unreadTails(text)): NameFind[] {
  if (!text.includes(";") && !text.includes("；")) return [];
  const finds: NameFind[] = [];
  for (const m of readMatches(ROSTER_ENTRY, text, unread)) {
    const name = m[1]!;
    const titles = postsOf(name, m[2]!);
    if (!titles) continue;
    const start = m.index + m[0].indexOf(name);
    finds.push({ name, start, end: start + name.length, titles, givenNameOnly: false });
  }
  return finds.length >= MIN_ROSTER_ENTRIES ? finds : [];
}
