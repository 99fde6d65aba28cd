/**
 * County-level names written without their suffix, read only where they cannot be words: in a
 * locality's own slogan (谱写中国式现代化临海篇章 is 临海市, 中国式现代化宝坻实践 宝坻区), or, three
 * characters long or more, written bare twice (推动五通桥经济高质量发展…回到五通桥发展: 五通桥区), or
 * naming its development zone (无为经济开发区: 无为市). Only names one province has (provinces and
 * prefecture cities are found bare everywhere already).
 */
import { CITY_PROVINCE } from "./lexicon/cities";
import { COUNTY_PROVINCE, COUNTY_SUFFIXES } from "./lexicon/counties";
import { Words } from "./lexicon/words";
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

const LONG_STEMS = new Words(
  [...BARE_COUNTIES].filter(([stem, province]) => province && stem.length >= 3).map(([stem]) => stem),
);

/** The slot: the slogan's words up to four characters before its 篇章 or 实践 (a bare name ends them). */
const OWN_SLOGAN = /中国式现代化(?:建设)?的?([\u4e00-\u9fff]{2,4}?)新?(?:篇章|实践)/g;

/** The place a locality's own slogan names, weighing twice `weight`: it is the writer's own place. */
export function sloganPlaces(text: string, weight: number): PlaceEvidence[] {
  if (!text.includes("中国式现代化")) return [];
  return countiesEndingSlots(OWN_SLOGAN, text, weight * 2);
}

/**
 * The bare county-level name each match's slot (group 1) ends with, its longest, at `weight` each: a
 * slot holds the words before a name's own word (篇章, 经济开发区), the name at their end.
 */
function countiesEndingSlots(pattern: RegExp, text: string, weight: number): PlaceEvidence[] {
  const found: PlaceEvidence[] = [];
  for (const m of allMatches(pattern, text)) {
    const words = m[1]!;
    for (let start = 0; start <= words.length - 2; start++) {
      const province = BARE_COUNTIES.get(words.slice(start));
      if (!province) continue;
      found.push({ province, city: null, weight, name: words.slice(start) });
      break;
    }
  }
  return found;
}

/** How often a name of three characters or more is written bare before it is read as the place. */
const BARE_REPEATS = 2;

/** The county-level places a text names bare, three characters or more, at least twice: `weight` each. */
export function repeatedBarePlaces(text: string, weight: number): PlaceEvidence[] {
  const counts = new Map<string, number>();
  for (let m = LONG_STEMS.nextIn(text, 0); m; m = LONG_STEMS.nextIn(text, m.index + m.word.length))
    if (!COUNTY_SUFFIXES.includes(text[m.index + m.word.length] ?? ""))
      counts.set(m.word, (counts.get(m.word) ?? 0) + 1);
  return [...counts]
    .filter(([, count]) => count >= BARE_REPEATS)
    .map(([name, count]) => ({ province: BARE_COUNTIES.get(name)!, city: null, weight: weight * count, name }));
}

/** A development zone named after its county (无为经济开发区, 绛县开发区 is read as a county already). */
const COUNTY_ZONE =
  /([\u4e00-\u9fff]{2,4}?)(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|工业园区|产业园区|开发区)/g;

/** The county-level places whose development zones the text names, `weight` each. */
export function zonePlaces(text: string, weight: number): PlaceEvidence[] {
  return text.includes("区") ? countiesEndingSlots(COUNTY_ZONE, text, weight) : [];
}
