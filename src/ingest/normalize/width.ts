/**
 * One canonical form of characters and spaces: NFKC folds full-width Latin, digits and
 * punctuation (，→ ,  （→ (  ：→ :), then spaces are dropped wherever they touch a Chinese
 * character or punctuation — PDF extraction scatters them there ("近日， 江苏省", "10月 26日"). A mark
 * written twice by a converter or a typist (，，  、、  。。) is one, and so is a comma before another (，、).
 */
const HAN = "\\u3400-\\u9fff\\uf900-\\ufaff";
const PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·,.;:?!()\\[\\]\"'";
const HAN_OR_PUNCT = new RegExp(`[${HAN}${PUNCT}]`);

const LINE_BREAK = /\r\n?/g;
/** A separating mark doubled or more, after folding (，，→ ,,): not "..." or "——", which are marks of their own. */
const DOUBLED_MARK = /([,、;:。])\1+/g;
/** A comma a converter put before another mark (,、  ,。): the other mark is meant. */
const COMMA_BEFORE_MARK = /,(?=[、;:。])/g;
const ZERO_WIDTH = /[\u200b-\u200f\ufeff\u2060]/g;
const SPACES = /[ \t\u00a0\u3000]+/g;
/** What ends a line for a pattern's ^ and $ (carriage returns are gone by then). */
const LINE_END = /[\n\u2028\u2029]/;

export function foldWidth(text: string): string {
  return (
    text
      .normalize("NFKC")
      .replace(LINE_BREAK, "\n")
      .replace(ZERO_WIDTH, "")
      .replace(DOUBLED_MARK, "$1")
      .replace(COMMA_BEFORE_MARK, "")
      // A run of spaces becomes one, or none beside a Chinese character or punctuation, or at
      // either end of a line. One pass: a lookbehind tried at every character took most of the
      // time of this function.
      .replace(SPACES, (run: string, at: number, whole: string) => {
        const before = whole[at - 1];
        const after = whole[at + run.length];
        const edge = before === undefined || LINE_END.test(before) || after === undefined || LINE_END.test(after);
        return edge || HAN_OR_PUNCT.test(before) || HAN_OR_PUNCT.test(after) ? "" : " ";
      })
  );
}
