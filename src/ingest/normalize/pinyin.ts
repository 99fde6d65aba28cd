/**
 * Converters that "transliterate" pages leave the pinyin of some characters in brackets:
 * 網(wǎng), 開(kāi). Bracketed lowercase syllables carrying a tone mark go, and untoned ones
 * right after a character where a text holds several; ordinary bracketed Latin text such as (AI)
 * or (PPP) stays.
 */
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
const SYLLABLES = new RegExp(
  `[(（]\\s*(?=[a-zü${TONED}\\s]*[${TONED}])[a-zü${TONED}]+(?:\\s+[a-zü${TONED}]+)*\\s*[)）]`,
  "g",
);

/**
 * Some converters leave the pinyin without its tone, right after its character and often with a
 * space after it: 黨(dang) 委, 任亞(ya) 平. A syllable's shape (an initial, then vowels and a final n,
 * ng or r), never capitals: (AI) stays.
 */
const UNTONED = /(?<=[\u4e00-\u9fff])[(（](?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?[aeiouvü]{1,3}(?:ng|n|r)?[)）] ?/g;
/** Untoned glosses go only from a text that holds several: one "(an)" alone may be anything. */
const MIN_UNTONED = 3;

/** A stray symbol a converter left inside a word, between two glosses (国(guo)⛦(guo)务院): dingbats between characters. */
const STRAY_SYMBOL = /(?<=[\u4e00-\u9fff])[\u2600-\u27bf](?=[(（\u4e00-\u9fff])/g;

/**
 * A gloss a printed column cut (會(hu + i), 書(s + hu), 習 + (xi)): its line break goes, as the gloss
 * will. Lowercase letters only, so (AI + ) and ordinary lines stay.
 */
const CUT_GLOSS = new RegExp(`(?<=[(（][a-zü${TONED}]{0,6})[ \\t]*\\n\\s*(?=[a-zü${TONED}]{0,6}[)）])`, "g");
const GLOSS_ON_NEXT_LINE = new RegExp(`(?<=[\\u4e00-\\u9fff])[ \\t]*\\n\\s*(?=[(（][a-zü${TONED}]{2,6}[)）])`, "g");

/** One toned gloss, found without the global pattern's state. */
const A_SYLLABLE = new RegExp(SYLLABLES.source);

/** Whether a converter left toned glosses in the text (網(wǎng)). */
export function hasToneGlosses(text: string): boolean {
  return A_SYLLABLE.test(text);
}

export function stripConverterPinyin(raw: string): string {
  const text = raw.includes("\n") && (raw.includes("(") || raw.includes("（")) ? withCutGlossesWhole(raw) : raw;
  const toned = text.replace(SYLLABLES, "");
  if (!toned.includes("(") && !toned.includes("（")) return toned;
  UNTONED.lastIndex = 0;
  let count = 0;
  while (count < MIN_UNTONED && UNTONED.exec(toned)) count++;
  UNTONED.lastIndex = 0;
  if (count < MIN_UNTONED) return toned;
  // Some give a gloss twice, a symbol perhaps between (国(guo)⛦(guo)务院): the second follows its
  // character once the first is gone.
  return toned.replace(UNTONED, "").replace(STRAY_SYMBOL, "").replace(UNTONED, "");
}

function withCutGlossesWhole(text: string): string {
  return text.replace(CUT_GLOSS, "").replace(GLOSS_ON_NEXT_LINE, "");
}
