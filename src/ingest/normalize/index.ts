import { unbracketRelativeDays } from "./bracketed-days";
import { restoreLostMonths } from "./lost-months";
import { stripConverterPinyin } from "./pinyin";
import { rocYearsToCommonEra } from "./roc-years";
import { toSimplified } from "./simplified";
import { foldWidth } from "./width";

/**
 * Character-level normalization of a whole file: pinyin leftovers, traditional forms, widths, spaces, ROC years,
 * bracketed days, days that lost their 月.
 */
export function normalizeCharacters(raw: string): string {
  const withoutPinyin = stripConverterPinyin(raw);
  return restoreLostMonths(unbracketRelativeDays(rocYearsToCommonEra(foldWidth(toSimplified(withoutPinyin)))));
}

export { stripConverterPinyin, toSimplified, foldWidth, rocYearsToCommonEra };
