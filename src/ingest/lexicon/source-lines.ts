/**
 * Where a report says it comes from: a page's source line ("来源:宁夏回族自治区民政厅") and the
 * bracketed note that ends a newsletter item ("(据山东省民政厅)", "(来源:…)"). Both name the
 * issuing body, so they are evidence of place; neither is article text.
 */
import { OUTLET_NAME } from "./dates";
import { anyOf } from "./pattern";

/** Labels that open a source line. */
export const SOURCE_LABELS: readonly string[] = [
  "来源",
  "资料来源",
  "稿源",
  "信息来源",
  "文章来源",
  "出处",
  "发布单位",
  "发布机构",
];

/** What opens a bracketed source note: (据…), (根据…), (来源:…), (供稿 …). */
const NOTE_OPENERS = ["据", "根据", `${anyOf(SOURCE_LABELS)}[:：]`, "供稿[:：]?"];
// Text reaches these patterns normalized: full-width brackets are already folded to ( ).
const NOTE = `[(](?:${NOTE_OPENERS.join("|")})([^()]{2,30})[)]`;

/** A page's source line: "来源:宁夏回族自治区民政厅 发布时间:2024-01-19". */
export const SOURCE_LINE = new RegExp(`^${anyOf(SOURCE_LABELS)}[:：]`);

/** A source label whose source is printed on the next line ("资料来源:" over "某某新闻网"). */
export const SOURCE_LABEL_ALONE = new RegExp(`^${anyOf(SOURCE_LABELS)}[:：]$`);

/** A short source line alone, as page furniture ("来源:人民网"). */
export const SOURCE_LINE_ALONE = new RegExp(`^${anyOf(SOURCE_LABELS)}[:：].{0,40}$`);

/** Bracketed source notes anywhere in a text; group 1 is the source named. */
export const SOURCE_NOTES = new RegExp(NOTE, "g");

/** A line that ends with its source note: a newsletter item ends there (据山东省民政厅). */
export const SOURCE_NOTE_CLOSER = new RegExp(`${NOTE}$`);

/**
 * A local outlet's dateline names its place: "秀山网讯", and a provincial or city paper's, with the
 * city it files from and the day (某省日报某市9月16日讯, 某省日报8月2日讯), and a county's news site
 * with the day (秀山新闻网6月16日消息) or without it (今日竹山网消息); "【大公网河南讯】" is
 * not one (a national outlet). Group 1.
 */
export const LOCAL_DATELINE =
  /^(?:今日)?([\u4e00-\u9fff]{2,4}?)(?:网讯|网消息|新闻网讯|融媒讯|日报讯|发布讯|日报[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日讯|(?:新闻)?网\d{1,2}月\d{1,2}日(?:消息|讯))/;

/** Labels of a page's breadcrumb, which opens with the site's name ("您的位置:某某日报新闻网 >> 新闻"). */
export const BREADCRUMB_LABELS: readonly string[] = ["您的位置", "您现在的位置", "当前位置", "所在位置"];

/**
 * A local outlet on a source line ("来源:昭阳信息网", "稿源:秀山融媒", "来源:中国松岭网") or opening a page's
 * breadcrumb ("您的位置:大理日报新闻网"). Group 1 is its place.
 */
export const LOCAL_SOURCE = new RegExp(
  `${anyOf([...SOURCE_LABELS, ...BREADCRUMB_LABELS])}[:：]\\s*(?:中国)?([\\u4e00-\\u9fff]{2,4}?)(?:信息网|新闻网|政府网|融媒体中心|融媒|日报|电视台|发布|网)`,
);

/**
 * A paper's or site's name and a date, alone on a line, as a page prints where the report appeared:
 * "某某日报 2031年7月15日", "《某某日报》2031-07-15 第2版". Group 1 is the name, group 2 the date.
 */
export const PAPER_DATE_LINE = new RegExp(
  `^《?(${OUTLET_NAME})》?\\s*(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?)(?:\\s*第\\s*[0-9一二三四五六七八九十]+\\s*版)?$`,
);

/**
 * A page's label in brackets: 【发布日期】:2031-05-02 【来源】:宁都政府网, [作者] …; read as the label
 * with a colon (发布日期:…, 来源:…). Group 1 is the label.
 */
export const BRACKETED_LABEL = new RegExp(
  `[【\\[]\\s*((?:发布|发表|更新|发稿)?(?:时间|日期)|${anyOf(SOURCE_LABELS)}|作者|编辑|责任编辑|浏览次数|点击数?)\\s*[】\\]]\\s*[:：]?\\s*`,
  "g",
);
