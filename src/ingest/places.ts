/**
 * The province an article is about, as its short map name, from the places and organisations
 * it names: provinces (山东省民政厅), cities (滨州 → 山东) and abbreviations in fixed uses (在渝召开).
 * Evidence in the title, the lead and the source line counts more than the rest.
 */
import { AMBIGUOUS_CITIES, CITY_PROVINCE, CITY_SUFFIXES } from "./lexicon/cities";
import { COUNTY_PROVINCE, COUNTY_SUFFIXES } from "./lexicon/counties";
import { anyOf } from "./lexicon/pattern";
import { Words } from "./lexicon/words";
import {
  ABBREVIATION_CONTEXTS,
  PLACE_SUFFIXES_AFTER_ABBREVIATION,
  PROVINCE_BY_ABBREVIATION,
  PROVINCES,
  SAFE_ABBREVIATIONS,
} from "./lexicon/provinces";
import { AID_SENDER_AFTER, SPEECH_GIVEN_AFTER_PLACE, TOPIC_BEFORE_PLACE } from "./lexicon/hosts";
import { LOCAL_DATELINE, LOCAL_SOURCE } from "./lexicon/source-lines";
import { allMatches } from "./matches";
import { TOWN_SUFFIX, townAt } from "./towns";
import { lengthsByEnding } from "./name-endings";
import { PROVINCE_NICKNAMES } from "./lexicon/province-nicknames";
import { sloganPlaces } from "./bare-county-names";
import { oneProvinceBodies } from "./one-province-bodies";
import { UNIVERSITY_ENDING, universityAt } from "./universities";

/** Safe one-character abbreviation → province short name. */
const ABBREVIATION_PROVINCE = new Map([...PROVINCE_BY_ABBREVIATION].filter(([a]) => SAFE_ABBREVIATIONS.has(a)));
const PROVINCE_NAMES = PROVINCES.flatMap((p) =>
  [...p.names, ...(p.bodies ?? [])].map((name) => [name, p.short] as const),
).sort((a, b) => b[0].length - a[0].length);
/** A province's name → its short name (the first province that has the name, were two to share one). */
const PROVINCE_BY_NAME = new Map([...PROVINCE_NAMES].reverse());
const CITY_NAMES = [...CITY_PROVINCE.keys()].sort((a, b) => b.length - a.length);

const ABBREVIATIONS = `[${[...ABBREVIATION_PROVINCE.keys()].join("")}]`;

const PROVINCE_WORDS = new Words(PROVINCE_NAMES.map(([name]) => name));
const CITY_WORDS = new Words(CITY_NAMES);
const CITY_SUFFIX_WORDS = new Words(CITY_SUFFIXES);
/** Provinces and cities together: where the next place name of either kind is written. */
const PLACE_WORDS = new Words([...PROVINCE_NAMES.map(([name]) => name), ...CITY_NAMES]);

type PlaceName = { at: number; province: string } | { at: number; city: string; suffix: string };

/**
 * The province and city names written in the text, left to right, each the longest written there
 * (a province's before a city's), a city with its suffix if one follows (滨州市).
 */
function placeNames(text: string): PlaceName[] {
  const names: PlaceName[] = [];
  for (let next = PLACE_WORDS.nextIn(text, 0); next;) {
    const at = next.index;
    const province = PROVINCE_WORDS.longestAt(text, at);
    if (province) {
      names.push({ at, province });
      next = PLACE_WORDS.nextIn(text, at + province.length);
      continue;
    }
    const city = CITY_WORDS.longestAt(text, at)!;
    const suffix = CITY_SUFFIX_WORDS.longestAt(text, at + city.length) ?? "";
    names.push({ at, city, suffix });
    next = PLACE_WORDS.nextIn(text, at + city.length + suffix.length);
  }
  return names;
}

const ABBREVIATION = new RegExp(
  `${anyOf(ABBREVIATION_CONTEXTS)}(${ABBREVIATIONS})(?![\\u4e00-\\u9fff]{0,1}${anyOf(PLACE_SUFFIXES_AFTER_ABBREVIATION)})`,
  "g",
);
/** An abbreviation that starts a coined name: 渝快办, 鲁通码, 苏服办. */
const ABBREVIATION_BRAND = new RegExp(`[“"](${ABBREVIATIONS})(?=[\\u4e00-\\u9fff])`, "g");
const COUNTY_SUFFIX = new RegExp(`[${COUNTY_SUFFIXES.join("")}]`, "g");

/** The lengths of the county-level names by their last two characters (see `lengthsByEnding`). */
const COUNTY_LENGTHS_BY_ENDING = lengthsByEnding(COUNTY_PROVINCE.keys());

/** Words that end as a city's name does (滨海城市, not 海城市): a kind of city, no place. */
const KIND_OF_CITY = /(?:滨海|沿海|近海|新兴)城市$/;

/** Whether the 市 at `i` ends a kind of city (滨海城市), not a city's name. */
function endsKindOfCity(text: string, i: number): boolean {
  return text[i] === "市" && KIND_OF_CITY.test(text.slice(i - 3, i + 1));
}

/** The county-level name that ends with the suffix at `i` (宁都县, 邹平市, 准格尔旗), the longest written. */
function countyAt(text: string, i: number): { province: string; city: null; name: string } | null {
  if (endsKindOfCity(text, i)) return null;
  // 代县长, 任县长: an acting head's or a former post's title, not the county 代县 or 任县.
  const headTitle = text[i + 1] === "长";
  for (const length of COUNTY_LENGTHS_BY_ENDING.get(text.slice(i - 1, i + 1)) ?? []) {
    if (length > i + 1 || (headTitle && length === 2)) continue;
    if (length === 2 && !shortCountyStandsAlone(text, i - 1)) continue;
    const name = text.slice(i + 1 - length, i + 1);
    const province = COUNTY_PROVINCE.get(name);
    if (province) return { province, city: null, name };
  }
  return null;
}

/** What may stand right before a county of one character and 县 (在沛县, 、泾县): not the end of a word. */
const BEFORE_SHORT_COUNTY = /[在于到赴至和与及了、,，。;;:：\s(（“"》]/;

/**
 * Whether a county of one character and 县 (范县, 康县, 兴县) is written as one, not as the end of a
 * word before 县 (示范县, 小康县, 振兴县域经济): at the text's start, after a mark or a word of place
 * (在, 赴), or after its province or city; never before 域.
 */
function shortCountyStandsAlone(text: string, at: number): boolean {
  if (text[at + 2] === "域") return false;
  if (at === 0 || BEFORE_SHORT_COUNTY.test(text[at - 1]!)) return true;
  return PLACE_WORDS.endsIn(text.slice(Math.max(0, at - 8), at));
}

/** A county's organs right after its name: 某某市委, 某某县人民政府. */
const ORGAN_AFTER = /^(?:委(?!托)|人民政府|政府|人大|政协)/;

/**
 * A county or county-level city since made a district, or a county since made a city, by its former
 * name before one of its organs (章丘市委 for today's 章丘区, 旬阳县政协 for today's 旬阳市): old reports
 * name it so. Two characters at least before the suffix, as a district's name needs to be told from a word.
 */
function formerCountyAt(text: string, i: number): { province: string; city: null; name: string } | null {
  if ((text[i] !== "市" && text[i] !== "县") || !ORGAN_AFTER.test(text.slice(i + 1, i + 5))) return null;
  const today = text[i] === "县" ? ["区", "市"] : ["区"];
  for (const suffix of today)
    for (const length of COUNTY_LENGTHS_BY_ENDING.get(`${text[i - 1]}${suffix}`) ?? []) {
      if (length < 3 || length > i + 1) continue;
      // A prefecture city's own name (大同市政府) is that city, not a district of the name elsewhere (大庆's 大同区).
      if (text[i] === "市" && CITY_PROVINCE.has(text.slice(i + 1 - length, i))) continue;
      const province = COUNTY_PROVINCE.get(`${text.slice(i + 1 - length, i)}${suffix}`);
      if (province) return { province, city: null, name: text.slice(i + 1 - length, i + 1) };
    }
  return null;
}

export interface PlaceEvidence {
  province: string;
  city: string | null;
  weight: number;
  /** The words that name the place, as written (山东省, 滨州, 来渝). */
  name: string;
}

/**
 * A national meeting a report studies, and where it was held (党的十八届六中全会在北京召开): the capital
 * is that meeting's place, never the report's. What stands before the place.
 */
const NATIONAL_MEETING_HELD_IN =
  /(?:党的|中国共产党第|中共中央|全国)[^,，。;；]{0,30}?(?:全会|会议|大会|两会)[^,，。;；]{0,12}?在$/;
const NATIONAL_MEETING_REACH = 60;
/** A guest's university: the scholar invited from it, not where the event is. */
const UNIVERSITY_GUEST_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:教授|专家|学者|博士|研究员|讲师)/;
/** What follows a university holding its own event: the event's verb, its organs and officers, its people. */
const UNIVERSITY_OWN_AFTER =
  /^(?:召开|举行|举办|开展|党委|纪委|校长|校务|校领导|领导班子|师生|第[一二三四五六七八九十\d]+|20\d\d|\d{1,2}月)/;
/** A celebration or commemoration held in the capital (庆祝…成立100周年大会在北京举行), which units watch from afar. */
const CELEBRATION_HELD_IN = /(?:庆祝|纪念)[^,，。;；]{0,30}?(?:大会|会议)[^,，。;；]{0,12}?在$/;

/** Where a national leader spoke or went (总书记在河北省民主生活会上的重要讲话, 习近平在广东考察时): a topic studied. */
const NATIONAL_LEADER_IN = /(?:总书记|习近平(?:同志)?|总理|委员长)在$/;

/** The national congress's delegations a leader joined (参加内蒙古代表团、青海代表团审议): topics, each of them. */
const JOINED_DELEGATIONS = /参加[^。;；]{0,40}$/;

/** How far after a place its aid to another (、江苏第十一批援藏) is read. */
const AID_WINDOW = 16;

/**
 * A place right after 关于, 赴, 支援 …, or where a national leader spoke, is a topic or a destination: it
 * counts a quarter. One that sends
 * aid (北京、江苏第十一批援藏干部) is the aided place's guest, however often it is named: it counts nothing.
 */
function weightAt(text: string, at: number, end: number, weight: number, aid: boolean): number {
  const before = text.slice(Math.max(0, at - NATIONAL_MEETING_REACH), at);
  if (NATIONAL_MEETING_HELD_IN.test(before)) return 0;
  if (text.startsWith("北京", at) && CELEBRATION_HELD_IN.test(before)) return 0;
  if (
    TOPIC_BEFORE_PLACE.test(text.slice(Math.max(0, at - 2), at)) ||
    NATIONAL_LEADER_IN.test(before) ||
    SPEECH_GIVEN_AFTER_PLACE.test(text.slice(end, end + AID_WINDOW)) ||
    (text.startsWith("代表团", end) && JOINED_DELEGATIONS.test(before))
  )
    return weight / 4;
  return aid && AID_SENDER_AFTER.test(text.slice(end, end + AID_WINDOW)) ? 0 : weight;
}

const HAN = /[\u4e00-\u9fff]/;
/** An international body named after the city it was founded in (上海合作组织): no place of the report's. */
const NAMED_AFTER_PLACE = /^合作组织/;
const TOWNSHIP_SUFFIX = /^[镇乡]/;

const NICKNAMES = new Words(PROVINCE_NICKNAMES.keys());
/** A literary name that opens a place's own name (龙江县, 龙江镇, 三秦路) is that place, read elsewhere or not at all. */
const PLACE_SUFFIX_AFTER_NICKNAME = /^[县镇乡村区市路街]/;
/** Names a literary name ends (黑龙江 is read as the province itself; 九龙江 is a river of 福建). */
const LONGER_NAMES_OF_NICKNAMES: ReadonlySet<string> = new Set(["黑龙江", "九龙江", "乌龙江"]);

export function placesIn(text: string, weight: number): PlaceEvidence[] {
  const found: PlaceEvidence[] = [];
  // A place written right after a topic place is the topic too: 考察河北承德.
  // Where topic places end: a county written right after one (宁夏回族自治区泾源县) is the topic too.
  const topicEnds = new Set<number>();
  const aid = text.includes("援");
  const weighed = (at: number, length: number) => {
    const w = topicEnds.has(at) ? weight / 4 : weightAt(text, at, at + length, weight, aid);
    if (w < weight) topicEnds.add(at + length);
    return w;
  };
  for (const place of placeNames(text)) {
    // A place in brackets inside a name (骐骥(深圳)国际马术俱乐部) is a firm's seat, not where the event is.
    const length = "province" in place ? place.province.length : place.city.length + place.suffix.length;
    if (text[place.at - 1] === "(" && text[place.at + length] === ")" && HAN.test(text[place.at + length + 1] ?? ""))
      continue;
    if (NAMED_AFTER_PLACE.test(text.slice(place.at + length, place.at + length + 4))) continue;
    if ("province" in place) {
      const province = PROVINCE_BY_NAME.get(place.province)!;
      found.push({ province, city: null, weight: weighed(place.at, place.province.length), name: place.province });
    } else {
      if (AMBIGUOUS_CITIES.has(place.city) && !place.suffix) continue;
      // A township that bears a city's name (文昌镇 of 宣州区, not 文昌市) is no city: a town, found as towns are.
      if (!place.suffix && TOWNSHIP_SUFFIX.test(text[place.at + length] ?? "")) continue;
      if (endsKindOfCity(text, place.at + length - 1)) continue;
      const name = place.city + place.suffix;
      found.push({
        province: CITY_PROVINCE.get(place.city)!,
        city: place.city,
        weight: weighed(place.at, name.length),
        name,
      });
    }
  }
  // Counties are looked up from their suffix back: 宁都县, 邹平市, 准格尔旗.
  for (const { index: i } of allMatches(COUNTY_SUFFIX, text)) {
    if (i === 0) continue;
    const county = countyAt(text, i) ?? formerCountyAt(text, i);
    if (county) found.push({ ...county, weight: weighed(i + 1 - county.name.length, county.name.length) });
  }
  // Towns likewise: 八所镇, 板浦镇.
  if (text.includes("镇") || text.includes("乡"))
    for (const { index: i } of allMatches(TOWN_SUFFIX, text)) {
      const town = i > 1 ? townAt(text, i) : null;
      if (town) found.push({ ...town, weight: weighed(i + 1 - town.name.length, town.name.length) });
    }
  // Universities likewise: 曲阜师范大学, 华中农业大学, at full weight where the university holds an event or
  // its organs are named (华中农业大学召开…, 曲阜师范大学党委书记). A venue (培训班在中国海洋大学举办) or a topic
  // counts a quarter; a guest's university (清华大学教授作辅导) nothing.
  if (text.includes("学"))
    for (const m of allMatches(UNIVERSITY_ENDING, text)) {
      const end = m.index + 1;
      const university = universityAt(text, end);
      if (!university) continue;
      const at = end + 1 - university.name.length;
      const after = text.slice(end + 1, end + 15);
      const weight = weighed(at, university.name.length);
      const own = text[at - 1] !== "在" && UNIVERSITY_OWN_AFTER.test(after);
      found.push({ ...university, weight: own ? weight : UNIVERSITY_GUEST_AFTER.test(after) ? 0 : weight / 4 });
    }
  for (const m of allMatches(ABBREVIATION, text))
    // The first character of a province's own name (在浙江) is that name, read above.
    if (!PROVINCE_WORDS.longestAt(text, m.index + m[0].length - 1))
      found.push({ province: ABBREVIATION_PROVINCE.get(m[1]!)!, city: null, weight: weight / 2, name: m[0] });
  for (const m of allMatches(ABBREVIATION_BRAND, text))
    found.push({ province: ABBREVIATION_PROVINCE.get(m[1]!)!, city: null, weight: weight / 2, name: m[1]! });
  found.push(...sloganPlaces(text, weight), ...oneProvinceBodies(text, weight));
  return found;
}

/**
 * A province's literary names in a text (推动龙江全面振兴, 三秦大地), at half `weight` each. Not read by
 * `placesIn`: an article reads them only when the places it names leave its province unknown.
 */
export function nicknamePlaces(text: string, weight: number): PlaceEvidence[] {
  const found: PlaceEvidence[] = [];
  for (let m = NICKNAMES.nextIn(text, 0); m; m = NICKNAMES.nextIn(text, m.index + m.word.length))
    if (
      !PLACE_SUFFIX_AFTER_NICKNAME.test(text[m.index + m.word.length] ?? "") &&
      !LONGER_NAMES_OF_NICKNAMES.has(text.slice(m.index - 1, m.index + m.word.length))
    )
      found.push({ province: PROVINCE_NICKNAMES.get(m.word)!, city: null, weight: weight / 2, name: m.word });
  return found;
}

/**
 * Evidence in one entry per province, in the order each first appears: its weights summed and the
 * first city given with more than weight 1. `pickPlace` picks the same province and city from it
 * as from the entries it stands for; a file's source lines are tallied once for all its articles.
 */
export function tally(evidence: readonly PlaceEvidence[]): PlaceEvidence[] {
  const byProvince = new Map<string, PlaceEvidence>();
  for (const e of evidence) {
    const entry = byProvince.get(e.province) ?? { province: e.province, city: null, weight: 0, name: e.name };
    entry.weight += e.weight;
    if (!entry.city && e.city && e.weight > 1) entry.city = e.city;
    byProvince.set(e.province, entry);
  }
  return [...byProvince.values()];
}

/** Evidence of this weight or more makes a province certain on its own (a host clause weighs 8). */
const CERTAIN_WEIGHT = 4;

export interface PlacePick {
  province: string | null;
  city: string | null;
  /** The heaviest single piece of evidence for the province picked. */
  strongest: PlaceEvidence | null;
  /** How far the province leads the next, as a share of all evidence, times how heavy its evidence is (up to `CERTAIN_WEIGHT`). */
  confidence: number;
}

export function pickPlace(evidence: readonly PlaceEvidence[]): PlacePick {
  const scores = new Map<string, number>();
  let total = 0;
  for (const e of evidence) {
    scores.set(e.province, (scores.get(e.province) ?? 0) + e.weight);
    total += e.weight;
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [province, score] = ranked[0] ?? [null, 0];
  const city = evidence.find((e) => e.city && e.province === province && e.weight > 1)?.city ?? null;
  let strongest: PlaceEvidence | null = null;
  for (const e of evidence) if (e.province === province && (!strongest || e.weight > strongest.weight)) strongest = e;
  // A tie is a coin toss: what counts is how far the province leads, not only its share.
  const lead = score - (ranked[1]?.[1] ?? 0);
  const confidence = total ? (lead / total) * Math.min(1, score / CERTAIN_WEIGHT) : 0;
  return { province, city, strongest, confidence: Math.round(confidence * 100) / 100 };
}

/**
 * The place of a local outlet, named in a dateline (秀山网讯 → 秀山县 → 重庆) or on a source line
 * (来源:昭阳信息网 → 昭阳区 → 云南), tried as a city, a county or a district.
 */
export function outletPlace(text: string, weight: number): PlaceEvidence[] {
  const name = (LOCAL_DATELINE.exec(text) ?? LOCAL_SOURCE.exec(text))?.[1];
  if (!name) return [];
  // A province's own outlet (河北日报) is not a district of the same name (天津的河北区).
  const province = PROVINCE_BY_NAME.get(name);
  if (province) return [{ province, city: null, weight, name }];
  const city = CITY_PROVINCE.get(name);
  if (city) return [{ province: city, city: name, weight, name }];
  // Written with its suffix (来源:蓟州区融媒体中心) or without (秀山网讯).
  for (const suffix of ["", "县", "市", "区", "旗"]) {
    const province = COUNTY_PROVINCE.get(name + suffix);
    if (province) return [{ province, city: null, weight, name }];
  }
  return [];
}
