/**
 * One canonical form of characters and spaces: NFKC folds full-width Latin, digits and
 * punctuation (，→ ,  （→ (  ：→ :), then spaces are dropped wherever they touch a Chinese
 * character or punctuation — PDF extraction scatters them there ("近日， 江苏省", "10月 26日").
 */
const HAN = "\\u3400-\\u9fff\\uf900-\\ufaff";
const PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·,.;:?!()\\[\\]\"'";
const SPACE_NEAR_HAN = new RegExp(
  `(?<=[${HAN}${PUNCT}])[ \\t\\u00a0\\u3000]+|[ \\t\\u00a0\\u3000]+(?=[${HAN}${PUNCT}])`,
  "g",
);

const LINE_BREAK = /\r\n?/g;
const ZERO_WIDTH = /[\u200b-\u200f\ufeff\u2060]/g;
const SPACES = /[ \t\u00a0\u3000]+/g;
const TRAILING_SPACES = / +$/gm;
const LEADING_SPACES = /^ +/gm;

export function foldWidth(text: string): string {
  return text
    .normalize("NFKC")
    .replace(LINE_BREAK, "\n")
    .replace(ZERO_WIDTH, "")
    .replace(SPACES, " ")
    .replace(SPACE_NEAR_HAN, "")
    .replace(TRAILING_SPACES, "")
    .replace(LEADING_SPACES, "");
}
