/**
 * One person, one record. People are matched by name within a province: the same name in
 * two provinces is two people. National figures (总书记, a ministry's 部长, 国务院 …) are
 * matched nationally, whichever province's report names them.
 */
import { nationalPersonId, personIdOf, type PersonId } from "../../model/person-id";
import { isNationalFigure, isNationalLeader } from "../../ingest/national";

export { isNationalFigure };

/** Characters of a provincial, city or county body's title: a bare 部长 with such a title elsewhere is local. */
const LOCAL_TITLE = /[省市县区州盟旗厅局]/;

/**
 * A national leader is national whatever else the text says; a central official's title
 * (…部部长) is not when another title places the person in a province: "省委常委、组织部部长"
 * splits into a local 省委常委 and an 组织部部长 that, alone, reads like a ministry's.
 */
export function personId(name: string, province: string | null, titles: readonly string[]): PersonId {
  const placedLocally = titles.some((t) => isLocalTitle(t) && !isNationalFigure(name, [t]));
  const national = isNationalLeader(name, titles) || (isNationalFigure(name, titles) && !placedLocally);
  return national ? nationalPersonId(name) : personIdOf(name, province);
}

/** A title of a province's, city's or county's body (省…, …厅, …局): its holder is not a national figure. */
export function isLocalTitle(title: string): boolean {
  return LOCAL_TITLE.test(title);
}

/** Titles in first-seen order, without repeats. */
export function mergeTitles(known: readonly string[], seen: readonly string[]): string[] {
  return [...new Set([...known, ...seen])];
}
