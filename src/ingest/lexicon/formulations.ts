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

/**
 * What a quoted name of a meeting or forum ends with (“某某公司2021年度年中工作会议”): a name,
 * not a formulation.
 */
export const MEETING_NAME_END = /(?:会议|大会|工作会|座谈会|研讨会|推进会|现场会|交流会|论坛|峰会|博览会|年会)$/;

/**
 * A building's short name quoted (某村“三省堂”, “望江楼”): a place, not a formulation. Not a programme
 * named for a hall (“道德讲堂”, “百姓大讲堂”).
 */
export const BUILDING_NAME = /^[\u4e00-\u9fff]{1,4}(?<!讲)(?:堂|馆|楼|亭|阁|祠|庙|寺)$/;

/**
 * A quotation that ends with a count and its unit (“胸痛2天”, “持续3小时”): a measurement quoted, not a
 * formulation; one that opens with it (“15分钟生活圈”) is one.
 */
export const MEASURED_COUNT = /\d\s*(?:天|小时|分钟|周岁|岁|元|万元|亿元|公里|米|吨|斤)$/;

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
