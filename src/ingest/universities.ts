/**
 * Universities and colleges by name (曲阜师范大学 → 山东): a university's report of its own meeting
 * often names no place but the university.
 */
import { UNIVERSITIES_BY_PROVINCE } from "./lexicon/universities";

const UNIVERSITY_PROVINCE: ReadonlyMap<string, string> = new Map(
  Object.entries(UNIVERSITIES_BY_PROVINCE).flatMap(([province, names]) =>
    names.split(" ").map((name) => [name, province] as const),
  ),
);

/** The lengths of the names that end with each pair of characters (大学, 学院, 学校), longest first. */
const LENGTHS_BY_ENDING: ReadonlyMap<string, readonly number[]> = (() => {
  const lengths = new Map<string, Set<number>>();
  for (const name of UNIVERSITY_PROVINCE.keys()) {
    const ending = name.slice(-2);
    lengths.set(ending, (lengths.get(ending) ?? new Set()).add(name.length));
  }
  return new Map([...lengths].map(([ending, set]) => [ending, [...set].sort((a, b) => b - a)]));
})();

/** Where a university's name ends: 大学, 学院, 学校; not 大学生 (students of a province, 东北大学生). */
export const UNIVERSITY_ENDING = /(?:大学|学院|学校)(?!生)/g;

/** The university whose name ends at `i` (the last character of its 大学, 学院 or 学校), the longest written; or null. */
export function universityAt(text: string, i: number): { province: string; city: null; name: string } | null {
  for (const length of LENGTHS_BY_ENDING.get(text.slice(i - 1, i + 1)) ?? []) {
    if (length > i + 1) continue;
    const name = text.slice(i + 1 - length, i + 1);
    const province = UNIVERSITY_PROVINCE.get(name);
    if (province) return { province, city: null, name };
  }
  return null;
}
