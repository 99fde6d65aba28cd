/**
 * Names a personnel decision or an election gives bare, with no title before them: 任命甲为…,
 * 免去乙的…职务, 推选丙、丁为副团长, 选举戊为主席,己、庚为副主席, 辛当选为….
 */
import { isFullName } from "./names";
import { hasDottedNameCharacters, readMatches, unreadTails, type NameFind } from "./people-find";

/**
 * A name a personnel decision or an election gives bare: 任命甲为…, 免去乙的…职务, 接受丙辞去…职务的请求,
 * 推选丁为代表团团长, (选举,)戊当选为…. Group 1 or 2, taken only with a known surname.
 */
const DECIDED_ON =
  /(?:任命|免去|接受|推选|选举)([\u4e00-\u9fff]{2,4}?)(?:同志)?(?=为|的|辞去)|(?:^|[,，;；。:：\n])([\u4e00-\u9fff]{2,4}?)(?:同志)?(?=当选)/g;

/**
 * Several names one decision gives bare: 任命甲、乙为…, 推选丙、丁为副团长, 授予戊、己·庚同志“某某勋章”,
 * 推定甲、乙为主席团常务主席.
 * Group 1: the names and their 、 — each a full name or a dotted one, or none is taken.
 */
const DECIDED_ON_LIST =
  /(?:任命|免去|授予|追授|推选|推定|推举|选举)((?:[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,8})?、){1,40}[\u4e00-\u9fff]{2,4}?(?:·[\u4e00-\u9fff]{1,8})?)(?:同志)?(?=为|的|同志|[“"])/g;

/**
 * The next clause of an election, which leaves its verb out: 选举甲为主席,乙、丙为副主席 — the names
 * of the clause after the comma, before 为 and the post they are elected to. Group 1.
 */
const ELECTED_NEXT =
  /(?:推选|选举|推举)[^。;；!?！？]{2,40}?为[^。;；!?！？,，]{1,30}[,，]((?:[\u4e00-\u9fff]{2,4}、){0,40}[\u4e00-\u9fff]{2,4}?)(?:同志)?(?=为(?:副|[^,，。;；]{0,20}?(?:长|主席|主任|书记|委员)))/g;

/** The verbs of a decision that may name several people at once. */
const DECISION_VERB = /任命|免去|授予|追授|推选|推定|推举|选举/;

function isDecidedName(token: string): boolean {
  return token.includes("·") ? hasDottedNameCharacters(token) : isFullName(token);
}

/** A post's or a body's last character: a token that ends with one is not a name (秘书长, 主席团). */
const POST_END = /[长席任员记团会组部委处室局厅]$/;

/**
 * Whether the tokens of a decided-on list are names: each a full name of a known surname, or most
 * of them are and the rest are names of two or three characters of a surname the lexicon lacks
 * (选举库某某、王某某、樊某同志为副主席), never a post or a body.
 */
function decidedNames(tokens: readonly string[]): boolean {
  const known = tokens.filter(isDecidedName).length;
  if (known === tokens.length) return true;
  return (
    known * 2 > tokens.length &&
    tokens.every((t) => isDecidedName(t) || (/^[\u4e00-\u9fff]{2,3}$/.test(t) && !POST_END.test(t)))
  );
}

export function findDecidedOn(text: string, unread = unreadTails(text)): NameFind[] {
  const lists = DECISION_VERB.test(text);
  if (!lists && !text.includes("辞去") && !text.includes("当选")) return [];
  const finds: NameFind[] = [];
  for (const m of readMatches(DECIDED_ON, text, unread)) {
    const name = m[1] ?? m[2]!;
    if (!isFullName(name)) continue;
    const start = m.index + m[0].length - name.length - (m[0].endsWith("同志") ? 2 : 0);
    finds.push({ name, start, end: start + name.length, titles: [], givenNameOnly: false });
  }
  if (!lists) return finds;
  for (const m of [...readMatches(DECIDED_ON_LIST, text, unread), ...readMatches(ELECTED_NEXT, text, unread)]) {
    const tokens = m[1]!.split("、");
    if (!decidedNames(tokens)) continue;
    let at = m.index + m[0].indexOf(m[1]!);
    for (const name of tokens) {
      if (!finds.some((f) => f.start === at))
        finds.push({ name, start: at, end: at + name.length, titles: [], givenNameOnly: false });
      at += name.length + 1;
    }
  }
  return finds.sort((a, b) => a.start - b.start);
}
