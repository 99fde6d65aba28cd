/**
 * Whether a run of characters can be a person's name, and where names stop.
 * Names are found only next to a title or a role verb; these checks keep common words out.
 */
import { INSIDE_NAME_ANYWAY, NOT_GIVEN_NAMES, NOT_IN_NAMES, NOT_NAME_ENDINGS, SURNAME_ANYWAY } from "./lexicon/names";
import { COMPOUND_SURNAMES, SURNAMES } from "./lexicon/surnames";
import { TITLE_WORD_LIST } from "./lexicon/titles";
import { CITY_PROVINCE } from "./lexicon/cities";
import { PROVINCES } from "./lexicon/provinces";

const TITLE_WORD_SET: ReadonlySet<string> = new Set(TITLE_WORD_LIST);

/** A run of Chinese characters only. */
export const ALL_HAN = /^[\u4e00-\u9fff]+$/;

function surnameLength(candidate: string): number {
  if (COMPOUND_SURNAMES.has(candidate.slice(0, 2))) return 2;
  return SURNAMES.has(candidate[0] ?? "") ? 1 : 0;
}

export function hasNameCharacters(candidate: string): boolean {
  if (!ALL_HAN.test(candidate)) return false;
  // All Han, so every UTF-16 unit is a whole character.
  for (let i = 0; i < candidate.length; i++) if (NOT_IN_NAMES.has(candidate[i]!)) return false;
  return true;
}

/** `hasNameCharacters` for a full name, whose surname may be 任 or 司 and middle character 向 or 以. */
function hasFullNameCharacters(candidate: string): boolean {
  if (!ALL_HAN.test(candidate)) return false;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate[i]!;
    if (!NOT_IN_NAMES.has(c)) continue;
    // Not where the two characters make a title: 司长出席 is a director attending.
    if (i === 0 && SURNAME_ANYWAY.has(c) && !TITLE_WORD_SET.has(candidate.slice(0, 2))) continue;
    if (i === 1 && candidate.length === 3 && INSIDE_NAME_ANYWAY.has(c)) continue;
    return false;
  }
  return true;
}

/** Whether a surname starts at `at`: a quick test before the candidates there are read. */
export function surnameAt(text: string, at: number): boolean {
  return SURNAMES.has(text[at] ?? "") || COMPOUND_SURNAMES.has(text.slice(at, at + 2));
}

/** A full name: a surname and a one- or two-character given name. */
/** A surname and a title (王校长, 刘书记): a way to address someone, not a name. */
function endsWithTitle(candidate: string): boolean {
  return candidate.length > 2 && TITLE_WORD_SET.has(candidate.slice(-2));
}

export function isFullName(candidate: string): boolean {
  const surname = surnameLength(candidate);
  if (!surname || !hasFullNameCharacters(candidate) || NOT_GIVEN_NAMES.has(candidate)) return false;
  if (NOT_NAME_ENDINGS.has(candidate.slice(-2))) return false;
  // 董事长 reads as a surname and a given name; it is a title whole.
  if (endsWithTitle(candidate) || TITLE_WORD_SET.has(candidate)) return false;
  // 班子作, 成员张: a word that stands where names do, and a character more.
  if (candidate.length === 3 && NOT_GIVEN_NAMES.has(candidate.slice(0, 2))) return false;
  const given = candidate.length - surname;
  return given >= 1 && given <= 2;
}

/** Provinces and cities by their short names: 上海市长, 长春市长 are a place's mayor, not 彦铮副市长. */
const PLACE_NAMES: ReadonlySet<string> = new Set([...PROVINCES.map((p) => p.short), ...CITY_PROVINCE.keys()]);

/** Whether a name is a province's or a city's short name (吉林, 南宁): before a title (吉林省长), the place's. */
export function isPlaceName(candidate: string): boolean {
  return PLACE_NAMES.has(candidate);
}

/** A given name used alone before a title (治原部长, 彦铮副市长). */
export function isGivenNameOnly(candidate: string): boolean {
  return (
    candidate.length === 2 &&
    hasNameCharacters(candidate) &&
    !NOT_GIVEN_NAMES.has(candidate) &&
    !PLACE_NAMES.has(candidate)
  );
}
