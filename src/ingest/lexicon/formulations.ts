/**
 * What a formulation (提法) is made of. Reports quote Chinese slogans (“两个确立”, “新重庆·老地名·
 * 边界行”) and numbered programmes (“885”工作体系, “12345”热线, “1+N”政策). A quotation holding
 * markup or a template (“<img src=x onerror=alert(1)>落实”, “{b}{c}{a}模板”) is code that reached the
 * text, and one without Chinese (“constructor”, “__proto__”) is a word of another language.
 */

/** Characters of markup and templates: <img …>, {b}, =1+2, &nbsp;, `…`, ${…}. */
export const MARKUP_CHARACTERS: ReadonlySet<string> = new Set(["<", ">", "{", "}", "=", "&", "`", "$"]);

/** Chinese characters (CJK unified ideographs) a formulation holds at least, unless it is numbered. */
export const LEAST_IDEOGRAPHS = 2;

/** A numbered formulation: digits, or digits joined by + · - to digits or capital letters (1+N, 3+2+X). */
export const NUMBERED_FORMULATION = /^\d+(?:[+·-][\dA-Z]+)*$/;

/** Holidays quoted by name (“中秋”“国庆”期间, “五一”假期): they date an event, they are not formulations. */
export const QUOTED_HOLIDAYS: ReadonlySet<string> = new Set([
  "元旦",
  "春节",
  "元宵",
  "清明",
  "五一",
  "端午",
  "中秋",
  "国庆",
  "两节",
  "双节",
]);
