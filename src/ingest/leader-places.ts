/**
 * A province told by its leader: a report that calls someone by a province's top post without
 * naming the province (省委书记蒋超良, 自治区主席王莉霞, a municipality's 市委书记蔡奇) speaks of its own
 * province's leader. The name, if only one unit had it in that post since 2008, is that unit.
 */
import { PROVINCES } from "./lexicon/provinces";
import { PROVINCIAL_LEADERS } from "./lexicon/provincial-leaders";
import type { PlaceEvidence } from "./places";
import type { PersonMention } from "./types";

type Level = "省" | "自治区" | "市";
type Post = "secretaries" | "heads";

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
]);

function levelOf(fullName: string): Level | null {
  if (fullName.endsWith("自治区")) return "自治区";
  if (fullName.endsWith("省")) return "省";
  return fullName.endsWith("市") ? "市" : null;
}

const LEVEL_OF = new Map(PROVINCES.map((p) => [p.short, levelOf(p.names[0]!)]));

/** "level/post/name" → the one unit whose leader in that post had that name; a name two units had is left out. */
const UNIT_OF_LEADER: ReadonlyMap<string, string> = (() => {
  const units = new Map<string, Set<string>>();
  for (const [province, leaders] of Object.entries(PROVINCIAL_LEADERS))
    for (const post of ["secretaries", "heads"] as const)
      for (const name of leaders[post].split(" ")) {
        const key = `${LEVEL_OF.get(province)}/${post}/${name}`;
        units.set(key, (units.get(key) ?? new Set()).add(province));
      }
  return new Map([...units].filter(([, u]) => u.size === 1).map(([key, u]) => [key, [...u][0]!]));
})();

/** The provinces the people's bare top posts tell, at `weight` each, named by the person's name. */
export function leaderPlaces(people: readonly PersonMention[], weight: number): PlaceEvidence[] {
  const found: PlaceEvidence[] = [];
  for (const person of people)
    for (const title of person.titles.flatMap((t) => t.split(/[、,，]/))) {
      const post = BARE_TOP_POSTS.get(title);
      const province = post && UNIT_OF_LEADER.get(`${post[0]}/${post[1]}/${person.name}`);
      if (province) {
        found.push({ province, city: null, weight, name: person.name });
        break;
      }
    }
  return found;
}
