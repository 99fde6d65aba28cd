/**
 * Towns and townships by name (八所镇 → 海南): a report of a town's meeting often names no county,
 * city or province, only the town.
 */
import { TOWNS_BY_PROVINCE } from "./lexicon/towns";
import { lengthsByEnding, nameEndingAt, provinceByName } from "./name-endings";

const TOWN_PROVINCE = provinceByName(TOWNS_BY_PROVINCE);

const LENGTHS_BY_ENDING = lengthsByEnding(TOWN_PROVINCE.keys());

/** The suffixes of towns and townships, which the text must carry. */
export const TOWN_SUFFIX = /[镇乡]/g;

/** A 乡 that starts a word of the countryside (振兴乡村, 乡土, 乡贤, 乡愁): no township's suffix. */
const COUNTRYSIDE_WORD = /^乡[村土贤愁亲情]/;

/** The town whose name ends at `i` (its 镇 or 乡), the longest written, and its province; or null. */
export function townAt(text: string, i: number): { province: string; city: null; name: string } | null {
  if (COUNTRYSIDE_WORD.test(text.slice(i, i + 2))) return null;
  return nameEndingAt(text, i, TOWN_PROVINCE, LENGTHS_BY_ENDING);
}
