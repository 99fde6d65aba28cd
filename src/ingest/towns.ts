/**
 * Towns and townships by name (八所镇 → 海南): a report of a town's meeting often names no county,
 * city or province, only the town.
 */
import { TOWNS_BY_PROVINCE } from "./lexicon/towns";

const TOWN_PROVINCE: ReadonlyMap<string, string> = new Map(
  Object.entries(TOWNS_BY_PROVINCE).flatMap(([province, names]) =>
    names.split(" ").map((name) => [name, province] as const),
  ),
);

/** The lengths of the town names that end with each pair of characters (浦镇 → 3 for 板浦镇), longest first. */
const LENGTHS_BY_ENDING: ReadonlyMap<string, readonly number[]> = (() => {
  const lengths = new Map<string, Set<number>>();
  for (const name of TOWN_PROVINCE.keys()) {
    const ending = name.slice(-2);
    lengths.set(ending, (lengths.get(ending) ?? new Set()).add(name.length));
  }
  return new Map([...lengths].map(([ending, set]) => [ending, [...set].sort((a, b) => b - a)]));
})();

/** The suffixes of towns and townships, which the text must carry. */
export const TOWN_SUFFIX = /[镇乡]/g;

/** The town whose name ends at `i` (its 镇 or 乡), the longest written, and its province; or null. */
export function townAt(text: string, i: number): { province: string; city: null; name: string } | null {
  for (const length of LENGTHS_BY_ENDING.get(text.slice(i - 1, i + 1)) ?? []) {
    if (length > i + 1) continue;
    const name = text.slice(i + 1 - length, i + 1);
    const province = TOWN_PROVINCE.get(name);
    if (province) return { province, city: null, name };
  }
  return null;
}
