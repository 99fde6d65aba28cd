/**
 * National figures: the same name in any province's report is the same person. A national
 * leader (习近平, or a title such as 总书记, 国务院, 全国人大) is one, and so is a central
 * official (民政部部长, 国家…).
 */
import { NATIONAL_LEADERS } from "./lexicon/leaders";
import { CENTRAL_OFFICIAL_TITLE, MEMBERSHIP_TITLE, NATIONAL_TITLES } from "./lexicon/titles";

/** A post in a local body (台盟某省委会主委, 某市政协主席): who holds one takes part in local meetings. */
const LOCAL_POST = /[省市县区州盟旗](?:委|政府|人大|政协)/;

/**
 * A national leader, by name or by a national title: quoted or studied in a provincial report, never
 * at its meetings. A national title beside a local post (台盟中央副主席、台盟某省委会主委) is not one.
 */
export function isNationalLeader(name: string, titles: readonly string[]): boolean {
  return NATIONAL_LEADERS.has(name) || (hasNationalTitle(titles) && !titles.some((t) => LOCAL_POST.test(t)));
}

const hasNationalTitle = (titles: readonly string[]) =>
  titles.some((t) => !MEMBERSHIP_TITLE.test(t) && NATIONAL_TITLES.some((n) => t.includes(n)));

export function isNationalFigure(name: string, titles: readonly string[]): boolean {
  return NATIONAL_LEADERS.has(name) || hasNationalTitle(titles) || titles.some((t) => CENTRAL_OFFICIAL_TITLE.test(t));
}
