/**
 * A locality names itself in its own slogan without its suffix: 谱写中国式现代化临海篇章 (临海市),
 * 中国式现代化宝坻实践 (宝坻区), 中国式现代化绿色乌审新实践 (乌审旗). A county-level name is read bare
 * only in that slot, and only where one province has a county, city or district of that name
 * (provinces and prefecture cities are found bare everywhere already).
 */
import { CITY_PROVINCE } from "./lexicon/cities";
import { COUNTY_PROVINCE } from "./lexicon/counties";
import { PROVINCES } from "./lexicon/provinces";
import { allMatches } from "./matches";
import type { PlaceEvidence } from "./places";

/** Bare county-level name → its province; null where provinces share it. */
const BARE_COUNTIES: ReadonlyMap<string, string | null> = (() => {
  const bare = new Map<string, string | null>();
  const namedElsewhere = new Set<string>([...CITY_PROVINCE.keys(), ...PROVINCES.flatMap((p) => [p.short, ...p.names])]);
  for (const [name, province] of COUNTY_PROVINCE) {
    const stem = name.slice(0, -1);
    if (stem.length < 2 || namedElsewhere.has(stem)) continue;
    bare.set(stem, bare.has(stem) && bare.get(stem) !== province ? null : province);
  }
  return bare;
})();

/** The slot: the slogan's words up to four characters before its 篇章 or 实践 (a bare name ends them). */
const OWN_SLOGAN = /中国式现代化(?:建设)?的?([\u4e00-\u9fff]{2,4}?)新?(?:篇章|实践)/g;

/** The place a locality's own slogan names, weighing twice `weight`: it is the writer's own place. */
export function sloganPlaces(text: string, weight: number): PlaceEvidence[] {
  if (!text.includes("中国式现代化")) return [];
  const found: PlaceEvidence[] = [];
  for (const m of allMatches(OWN_SLOGAN, text)) {
    const words = m[1]!;
    for (let start = 0; start <= words.length - 2; start++) {
      const province = BARE_COUNTIES.get(words.slice(start));
      if (!province) continue;
      found.push({ province, city: null, weight: weight * 2, name: words.slice(start) });
      break;
    }
  }
  return found;
}
