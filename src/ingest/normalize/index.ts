import { stripConverterPinyin } from "./pinyin";
import { looksTraditional, toSimplified } from "./simplified";
import { foldWidth } from "./width";

/** Character-level normalization of a whole file: pinyin leftovers, traditional forms, widths, spaces. */
export function normalizeCharacters(raw: string): string {
  const withoutPinyin = stripConverterPinyin(raw);
  const simplified = looksTraditional(withoutPinyin) ? toSimplified(withoutPinyin) : withoutPinyin;
  return foldWidth(simplified);
}

export { stripConverterPinyin, toSimplified, foldWidth };
