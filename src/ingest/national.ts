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

/**
 * An office in a department, committee or office of a central body (中央组织部副部长, 中共中央对外联络部部长,
 * 全国政协经济委员会副主任, 中央驻某地联络办公室副主任, 全国人大常委会办公厅研究室副主任, 全国政协某委员会驻会副主任,
 * 国务院某监事会办事处副主任, 专职监事),
 * a national body's deputy secretary-general (全国政协副秘书长), or a seat on a national standing committee (全国政协常委): its holder is
 * an official like a ministry's, who comes to a province's meetings (宣布中央决定, 在主席台就座), not a
 * leader only quoted there.
 */
const CENTRAL_DEPARTMENT_OFFICE =
  /(?:部|委员会|办公室|办公厅|研究室|室|办事处)(?:常务|驻会)?副?(?:部长|主任委员|主任)$|监事$|^(?:全国人大|全国政协)常委$|^(?:全国人大常委会|全国政协)副秘书长$/;

/**
 * A post on a team a central body sends (中央某某祝贺团团长, 中央第八指导组组长, 中央巡视组成员): who holds
 * it comes to the province, as its officials do.
 */
const VISITING_TEAM_POST = /[团组](?:副?团长|副?组长|成员)$/;

/** An adviser to a central body (国务院参事): a guest at events, not a leader. */
const ADVISORY_POST = /参事$/;

const hasNationalTitle = (titles: readonly string[]) =>
  titles.some(
    (t) =>
      !MEMBERSHIP_TITLE.test(t) &&
      !CENTRAL_DEPARTMENT_OFFICE.test(t) &&
      !VISITING_TEAM_POST.test(t) &&
      !ADVISORY_POST.test(t) &&
      NATIONAL_TITLES.some((n) => t.includes(n)),
  );

export function isNationalFigure(name: string, titles: readonly string[]): boolean {
  return NATIONAL_LEADERS.has(name) || hasNationalTitle(titles) || titles.some((t) => CENTRAL_OFFICIAL_TITLE.test(t));
}
