/**
 * A province told by its leader: a report that calls someone by a province's top post without
 * naming the province (省委书记蒋超良, 自治区主席王莉霞, a municipality's 市委书记蔡奇, 省政协主席韩勇)
 * speaks of its own province's leader. The name, if only one unit had it in that post since 2008, is
 * that unit.
 */
import { PROVINCES } from "./lexicon/provinces";
import { PROVINCIAL_CHAIRS, PROVINCIAL_LEADERS } from "./lexicon/provincial-leaders";
import { isNationalLeader } from "./national";
import type { PlaceEvidence } from "./places";
import type { PersonMention } from "./types";

type Level = "省" | "自治区" | "市";
type Post = "secretaries" | "heads" | "congress" | "cppcc";

/** A top post written bare, and the kind of unit and post it names. */
const BARE_TOP_POSTS: ReadonlyMap<string, readonly [Level, Post]> = new Map([
  ["省委书记", ["省", "secretaries"]],
  ["省长", ["省", "heads"]],
  ["代省长", ["省", "heads"]],
  ["自治区党委书记", ["自治区", "secretaries"]],
  ["区党委书记", ["自治区", "secretaries"]],
  ["自治区主席", ["自治区", "heads"]],
  ["自治区政府主席", ["自治区", "heads"]],
  ["代主席", ["自治区", "heads"]],
  ["市委书记", ["市", "secretaries"]],
  ["市长", ["市", "heads"]],
  ["代市长", ["市", "heads"]],
  ["省人大常委会主任", ["省", "congress"]],
  ["自治区人大常委会主任", ["自治区", "congress"]],
  ["市人大常委会主任", ["市", "congress"]],
  ["省政协主席", ["省", "cppcc"]],
  ["自治区政协主席", ["自治区", "cppcc"]],
  ["市政协主席", ["市", "cppcc"]],
]);

function levelOf(fullName: string): Level | null {
  if (fullName.endsWith("自治区")) return "自治区";
  if (fullName.endsWith("省")) return "省";
  return fullName.endsWith("市") ? "市" : null;
}

const LEVEL_OF = new Map(PROVINCES.map((p) => [p.short, levelOf(p.names[0]!)]));

/** Every leader as (province, post, name), once per post held. */
const LEADERS = [
  ...Object.entries(PROVINCIAL_LEADERS).flatMap(([province, leaders]) =>
    (["secretaries", "heads"] as const).flatMap((post) => namesIn(leaders[post], province, post)),
  ),
  ...Object.entries(PROVINCIAL_CHAIRS).flatMap(([province, chairs]) => [
    ...namesIn(chairs.congress ?? "", province, "congress"),
    ...namesIn(chairs.cppcc, province, "cppcc"),
  ]),
];

function namesIn(list: string, province: string, post: Post) {
  return list
    .split(" ")
    .filter(Boolean)
    .map((name) => ({ province, post, name }));
}

/** Key → the one unit its leaders were of; a key two units share is left out. */
type Leader = (typeof LEADERS)[number];

/** Key → the one unit its leaders were of, where some leader that `tells` has it; a key two units share is left out. */
function oneUnitOnly(keyOf: (leader: Leader) => string, tells: (leader: Leader) => boolean = () => true) {
  const units = new Map<string, Set<string>>();
  const told = new Set<string>();
  for (const leader of LEADERS) {
    const key = keyOf(leader);
    units.set(key, (units.get(key) ?? new Set()).add(leader.province));
    if (tells(leader)) told.add(key);
  }
  return new Map([...units].filter(([key, u]) => u.size === 1 && told.has(key)).map(([key, u]) => [key, [...u][0]!]));
}

/** "level/post/name" → the one unit whose leader in that post had that name. */
const UNIT_OF_LEADER = oneUnitOnly(({ province, post, name }) => `${LEVEL_OF.get(province)}/${post}/${name}`);

/**
 * Name → the one unit a leader of that name led, in any post. A chair's name of two characters (李江,
 * 周波) is too common to tell a province without the post (省政协主席李江 does).
 */
const UNIT_OF_NAME = oneUnitOnly(
  ({ name }) => name,
  ({ post, name }) => post === "secretaries" || post === "heads" || name.length > 2,
);

/** A title of a provincial body (省人大常委会主任, 自治区政协主席) or of a provincial congress's presidium. */
const PROVINCIAL_TITLE = /省|自治区|主席团/;

/**
 * Whether a person may be read by name alone as a provincial leader: under a provincial body's title,
 * or under none as the meeting's chair (谢伏瞻主持会议), never under a national one (国土资源部部长, who
 * led a province before) nor a local one (市政协秘书长李建华 shares a name with 宁夏's secretary).
 */
function provincialLeaderByName(person: PersonMention): boolean {
  if (isNationalLeader(person.name, person.titles)) return false;
  return person.titles.length ? person.titles.some((t) => PROVINCIAL_TITLE.test(t)) : person.role === "主持";
}

/**
 * The provinces the people's bare top posts tell, at `weight` each, named by the person's name; a
 * leader named under another title or none (大会主席团常务主席谢伏瞻, 谢伏瞻主持会议) tells at half of it.
 */
export function leaderPlaces(people: readonly PersonMention[], weight: number): PlaceEvidence[] {
  const found: PlaceEvidence[] = [];
  for (const person of people) {
    const byPost = unitByPost(person);
    if (byPost) {
      found.push({ province: byPost, city: null, weight, name: person.name });
      continue;
    }
    const byName = UNIT_OF_NAME.get(person.name);
    if (byName && provincialLeaderByName(person))
      found.push({ province: byName, city: null, weight: weight / 2, name: person.name });
  }
  return found;
}

/** The unit a person's bare top post and name tell, or undefined. */
function unitByPost(person: PersonMention): string | undefined {
  for (const title of person.titles)
    for (const part of title.split(TITLE_SEPARATOR)) {
      const post = BARE_TOP_POSTS.get(part);
      const unit = post && UNIT_OF_LEADER.get(`${post[0]}/${post[1]}/${person.name}`);
      if (unit) return unit;
    }
  return undefined;
}

const TITLE_SEPARATOR = /[、,，]/;
