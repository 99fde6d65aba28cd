/**
 * Names written before their title (易炼红书记, 李强总理, 治原部长, 乌仁塔娜委员在发言中说), as reports name
 * a leader they address or quote, and members at a session.
 */
import { NOT_ORGANISATION_END, ORGANISATION_END } from "./lexicon/organisations";
import { BEFORE_POSTPOSED_NAME, CHAIN_CONNECTORS } from "./lexicon/title-chains";
import { GIVEN_NAME_TITLES, POSTPOSED_TITLES } from "./lexicon/titles";
import { Words } from "./lexicon/words";
import { allMatches } from "./matches";
import { hasNameCharacters, isFullName, isGivenNameOnly, isPlaceName, surnameAt } from "./names";
import { readWords, unreadTails, type NameFind } from "./people-find";
import { clauseBefore, TITLES } from "./title-chain";

const POSTPOSED = new Words(POSTPOSED_TITLES);
export const BOUNDARY_BEFORE = /[,，。;；:：、\n“"(（]/;

/**
 * The organisation written right before a name that a title follows (省委易炼红书记 → 省委): it begins: after a list's mark, or after the title of
 * the name before it (…副研究员和某卫生所).
 */
const LIST_BREAK = /、|(?<=[员师授长任记])(?:以及|和|及|与)/;

function organisationBefore(text: string, start: number): string {
  const before = (clauseBefore(text, start).split(LIST_BREAK).pop() ?? "").replace(CHAIN_CONNECTORS, "");
  return ORGANISATION_END.test(before) && !NOT_ORGANISATION_END.test(before) && !TITLES.endsIn(before) ? before : "";
}

/** A member's turn at a session: 委员在发言中说, 委员代表某党派省委发言. */
const MEMBER_SPEAKS = /^委员(?:代表[^，。,；;]{1,20}?)?(?:在发言中|发言)/;
/** Each member named at a clause's start before such a turn: the name is group 1. */
const MEMBERS_SPEAKING = /(?:^|[。;；\n])\s*([\u4e00-\u9fff]{2,4}?)委员(?:代表[^，。,；;]{1,20}?)?(?:在发言中|发言)/g;

/**
 * A session member whose name holds no surname we know (乌仁塔娜委员在发言中说), at a clause's start, in
 * a run of members' turns where another member's name is a full one: a Mongolian, Tibetan or Uyghur
 * name among the others.
 */
function isMemberSpeaking(
  text: string,
  start: number,
  end: number,
  candidate: string,
  fullNamedMembers: () => ReadonlySet<string>,
): boolean {
  if (start > 0 && !/[。;；\n\s]/.test(text[start - 1]!)) return false;
  if (!hasNameCharacters(candidate)) return false;
  if (!MEMBER_SPEAKS.test(text.slice(end, end + 30))) return false;
  return [...fullNamedMembers()].some((name) => name !== candidate);
}

/** Heads of a township, whose name (李家镇, 王集乡) may read like a person's before the title. */
const TOWNSHIP_HEADS: ReadonlySet<string> = new Set(["镇长", "副镇长", "乡长", "副乡长"]);

export function findBeforeTitles(text: string, unread = unreadTails(text)): NameFind[] {
  const finds: NameFind[] = [];
  // The members of a run of turns whose names are full ones: read once, when a member's name first needs them.
  let members: ReadonlySet<string> | undefined;
  const fullNamedMembers = () =>
    (members ??= new Set([...allMatches(MEMBERS_SPEAKING, text)].map((m) => m[1]!).filter((name) => isFullName(name))));
  for (const m of readWords(POSTPOSED, text, unread)) {
    const end = m.index;
    // 某某委员会 names a committee, not a member.
    if (m.word === "委员" && text[end + m.word.length] === "会") continue;
    // 李家镇长高文远: a township (李家镇) whose head is named after the title, not 李家.
    if (TOWNSHIP_HEADS.has(m.word) && surnameAt(text, end + m.word.length)) continue;
    for (const length of [4, 3, 2]) {
      const start = end - length;
      if (start < 0) continue;
      const candidate = text.slice(start, end);
      // 吉林省长巴音朝鲁: a province's or city's head, named after the title.
      if (isPlaceName(candidate)) continue;
      const full = isFullName(candidate);
      const givenOnly =
        !full &&
        length === 2 &&
        GIVEN_NAME_TITLES.has(m.word) &&
        (start === 0 || BOUNDARY_BEFORE.test(text[start - 1]!)) &&
        isGivenNameOnly(candidate);
      const member =
        !full &&
        !givenOnly &&
        length > 2 &&
        m.word === "委员" &&
        isMemberSpeaking(text, start, end, candidate, fullNamedMembers);
      if (!full && !givenOnly && !member) continue;
      if (full && start > 0 && !BEFORE_POSTPOSED_NAME.test(text.slice(Math.max(0, start - 3), start))) continue;
      const title = organisationBefore(text, start) + m.word;
      finds.push({ name: candidate, start, end, titles: [title], givenNameOnly: givenOnly });
      break;
    }
  }
  return finds;
}
