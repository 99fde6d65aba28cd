import { unbracketRelativeDays } from "./bracketed-days";
import { stripConverterPinyin } from "./pinyin";
import { rocYearsToCommonEra } from "./roc-years";
import { toSimplified } from "./simplified";
import { foldWidth } from "./width";

/** Character-level normalization of a whole file: pinyin leftovers, traditional forms, widths, spaces, ROC years, bracketed days. */
export function normalizeCharacters(raw: string): string {
  const withoutPinyin = stripConverterPinyin(raw);
  return unbracketRelativeDays(rocYearsToCommonEra(foldWidth(toSimplified(withoutPinyin))));
}

export { stripConverterPinyin, toSimplified, foldWidth, rocYearsToCommonEra };
