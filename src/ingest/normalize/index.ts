import { stripConverterPinyin } from "./pinyin";
import { toSimplified } from "./simplified";
import { foldWidth } from "./width";

/** Character-level normalization of a whole file: pinyin leftovers, traditional forms, widths, spaces. */
export function normalizeCharacters(raw: string): string {
  const withoutPinyin = stripConverterPinyin(raw);
  return foldWidth(toSimplified(withoutPinyin));
}

export { stripConverterPinyin, toSimplified, foldWidth };
