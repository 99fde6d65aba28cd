/**
 * Universities and colleges by name (曲阜师范大学 → 山东): a university's report of its own meeting
 * often names no place but the university.
 */
import { UNIVERSITIES_BY_PROVINCE } from "./lexicon/universities";
import { lengthsByEnding, nameEndingAt, provinceByName } from "./name-endings";

const UNIVERSITY_PROVINCE = provinceByName(UNIVERSITIES_BY_PROVINCE);

const LENGTHS_BY_ENDING = lengthsByEnding(UNIVERSITY_PROVINCE.keys());

/** Where a university's name ends: 大学, 学院, 学校; not 大学生 (students of a province, 东北大学生). */
export const UNIVERSITY_ENDING = /(?:大学|学院|学校)(?!生)/g;

/** The university whose name ends at `i` (the last character of its 大学, 学院 or 学校), the longest written; or null. */
export function universityAt(text: string, i: number): { province: string; city: null; name: string } | null {
  return nameEndingAt(text, i, UNIVERSITY_PROVINCE, LENGTHS_BY_ENDING);
}
