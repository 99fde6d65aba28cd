/**
 * Converters that "transliterate" pages leave the pinyin of some characters in brackets:
 * 網(wǎng), 開(kāi). Only bracketed lowercase syllables carrying a tone mark go; ordinary
 * bracketed Latin text such as (AI) or (PPP) stays.
 */
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
const SYLLABLES = new RegExp(
  `[(（]\\s*(?=[a-zü${TONED}\\s]*[${TONED}])[a-zü${TONED}]+(?:\\s+[a-zü${TONED}]+)*\\s*[)）]`,
  "g",
);

export function stripConverterPinyin(text: string): string {
  return text.replace(SYLLABLES, "");
}
