/**
 * National figures: the same name in any province's report is the same person. A national
 * leader (习近平, or a title such as 总书记, 国务院, 全国人大) is one, and so is a central
 * official (民政部部长, 国家…).
 */
import { NATIONAL_LEADERS } from "./lexicon/leaders";
import { CENTRAL_OFFICIAL_TITLE, MEMBERSHIP_TITLE, NATIONAL_TITLES } from "./lexicon/titles";

/** A national leader, by name or by a national title: quoted or studied in a provincial report, never at its meetings. */
export function isNationalLeader(name: string, titles: readonly string[]): boolean {
  return (
    NATIONAL_LEADERS.has(name) ||
    titles.some((t) => !MEMBERSHIP_TITLE.test(t) && NATIONAL_TITLES.some((n) => t.includes(n)))
  );
}

export function isNationalFigure(name: string, titles: readonly string[]): boolean {
  return isNationalLeader(name, titles) || titles.some((t) => CENTRAL_OFFICIAL_TITLE.test(t));
}
