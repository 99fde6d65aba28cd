/**
 * The entries of a chronicle (大事记) and how each opens: a date, marked or bracketed or not ("○1月5日",
 * "【1月5日】"), a day's number alone ("3 市委书记…", "1日…"), the same day or month as the entry before
 * ("同日,…", "同月,…", "△…").
 */
import { BULLET, DATE_LED, DAY_LED } from "./lexicon/dates";
import { isDated } from "./paragraph-shapes";

/** A chronicle's next entry of the day before ("同日,…", "是日…", "△…"). */
export const SAME_DAY = /^(?:同日|是日|当日|当天|△)/;
/** A chronicle's next entry of the month or year before, which gives no day ("同月,…", "下旬…", "是年,…"). */
const SAME_MONTH = /^(?:同月|是月|当月|本月|月初|月中|月底|月末|上旬|中旬|下旬|是年|同年|本年|年内|年初|年底|年末)/;
/** The same month named as such, which no wrapped sentence starts a line with by chance (月底前, 年内 may). */
export const NAMED_SAME_MONTH = /^(?:同月|是月|当月|本月)/;
export const isChronicleEntry = (p: string) => isDated(p) || SAME_DAY.test(p) || SAME_MONTH.test(p);

/**
 * A mark, a bracket or an item's number before a chronicle entry's date ("○1月5日", "· 1月5日", "【1月5日】",
 * "1. 1月5日", "一、1月5日").
 */
const DATE_MARK = /^(?:[○·•]\s*|[【[]|\d{1,2}[.、．]\s*|[一二三四五六七八九十]{1,3}、\s*|[(（]\d{1,2}[)）]\s*)/;
const CLOSING_BRACKET = /^[】\]]/;

/** An entry whose date is marked or bracketed, written as a date that opens it ("1月5日…"); any other paragraph as it is. */
export function withoutDateMark(paragraph: string): string {
  const mark = DATE_MARK.exec(paragraph);
  if (!mark) return paragraph;
  const rest = paragraph.slice(mark[0].length);
  const date = DATE_LED.exec(rest);
  if (!date) return paragraph;
  const bracketed = mark[0] === "【" || mark[0] === "[";
  if (!bracketed) return rest;
  const after = rest.slice(date[0].length);
  return CLOSING_BRACKET.test(after) ? date[0] + after.slice(1) : paragraph;
}
/** A chronicle's month and day ("3月2日"), which its same-day entries take. */
export const MONTH_DAY = /^(?:\d{4}年)?(\d{1,2})月(\d{1,2})/;
/** The fewest entries that make a chronicle of dated or day-numbered paragraphs. */
export const MIN_CHRONICLE_ENTRIES = 2;
/** The next entry of the day before named as such, which no report's paragraph opens with by chance (当天 may). */
const NAMED_SAME_DAY = /^(?:同日|是日)/;
/** A yearbook's entry: it opens with its day ("1日…"), or with △ or 同日 for the next entry of the same day. */
export const isDayEntry = (p: string) => (DAY_LED.test(p) && !isDated(p)) || BULLET.test(p) || NAMED_SAME_DAY.test(p);

/**
 * A month's chronicle entry that opens with its day's number alone ("3 市委书记…主持召开…", its space
 * gone once the text is normalised), not a number of something (12月, 3名, 5个).
 */
export const BARE_DAY =
  /^(\d{1,2})\s*(?=[\u4e00-\u9fff])(?![年月日时点分秒个名人次届项位家条件天号期批轮亿万千百余多])/;
export const bareDayOf = (p: string) => {
  const m = BARE_DAY.exec(p);
  const day = m ? Number(m[1]) : 0;
  return day >= 1 && day <= 31 ? day : null;
};
export const isBareDayEntry = (p: string) => bareDayOf(p) !== null;

/** Whether entries that open with a bare day number run in the month's order: two make a month's chronicle. */
export function bareDayEntries(body: readonly string[]): boolean {
  const days = body.map(bareDayOf).filter((day) => day !== null);
  return days.length >= MIN_CHRONICLE_ENTRIES && days.every((day, i) => i === 0 || day >= days[i - 1]!);
}
