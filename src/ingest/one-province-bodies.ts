/**
 * Bodies only one province has: leagues and banners (盟委, 旗长, 旗人大) are 内蒙古's alone, the Production
 * and Construction Corps' divisions (兵团党委, 第九师中级人民法院, 师市) 新疆's. A report of a league's or a
 * banner's body that names no place names its province by them.
 */
import { allMatches } from "./matches";
import type { PlaceEvidence } from "./places";

/** A league's or banner's organ; not 民盟委员会, 国旗长, 红旗人. */
const LEAGUE_OR_BANNER =
  /(?<![民同联国红党团队升彩锦军])[盟旗](?:委(?:书记|副书记|常委|委员|会议|办公室|宣传部|组织部)|长(?![城江河征远久期廊])|人大|政协|政府|行署|直(?:机关|各))/g;

/** The Corps' organs and its divisions' courts, procuratorates and committees. */
const CORPS =
  /兵团(?:党委|机关|第[一二三四五六七八九十]{1,3}师)|第[一二三四五六七八九十]{1,3}师(?:中级人民法院|人民检察院|党委|师市)|师市(?:党委|合一|两级)/g;

const BODIES: readonly (readonly [RegExp, string])[] = [
  [LEAGUE_OR_BANNER, "内蒙古"],
  [CORPS, "新疆"],
];

/** The provinces the text's one-province bodies name, at `weight` each. */
export function oneProvinceBodies(text: string, weight: number): PlaceEvidence[] {
  if (!/[盟旗师]/.test(text)) return [];
  return BODIES.flatMap(([pattern, province]) =>
    [...allMatches(pattern, text)].map((m) => ({ province, city: null, weight, name: m[0] })),
  );
}
