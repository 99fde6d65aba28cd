import { stripConverterPinyin } from "./pinyin";
import { rocYearsToCommonEra } from "./roc-years";
import { toSimplified } from "./simplified";
import { foldWidth } from "./width";

/** Character-level normalization of a whole file: pinyin leftovers, traditional forms, widths, spaces, ROC years. */
export function normalizeCharacters(raw: string): string {
  const withoutPinyin = stripConverterPinyin(raw);
  return rocYearsToCommonEra(foldWidth(toSimplified(withoutPinyin)));
}

export { stripConverterPinyin, toSimplified, foldWidth, rocYearsToCommonEra };
