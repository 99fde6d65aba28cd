/** The years a file names, as the dates of its month-and-day mentions read them (ingest/dates). */
import {
  ACCOUNTS_OF_YEAR,
  FUTURE_BEFORE_DATE,
  LOOKS_AHEAD,
  LOOKS_BACK,
  REVIEW_OF_YEAR,
  YEAR_MENTION,
} from "./lexicon/dates";
import { numberOf } from "./numerals";

export type Outlook = "ahead" | "back" | "accounts" | null;

/**
 * Whether a text plans the year ahead or reviews the year past (neither when it does both), or
 * hears a year's accounts (审计工作报告, 决算), which are always the year before's.
 */
function outlookOf(text: string): Outlook {
  if (ACCOUNTS_OF_YEAR.test(text)) return "accounts";
  const ahead = LOOKS_AHEAD.test(text);
  const back = LOOKS_BACK.test(text);
  return ahead === back ? null : ahead ? "ahead" : "back";
}

/** A week's or an issue's period in dotted dates, as a digest's heading gives it: "(2031.2.27-2031.3.5)", "2031.2.27—3.5". */
const DOTTED_PERIOD =
  /(?<![\d.])((?:19|20)\d{2})\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])\s*[-—–~至]\s*(?:(?:19|20)\d{2}\.)?(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?![\d.])/g;

/**
 * A plenary session of the National People's Congress or of the CPPCC's National Committee, by its term
 * and number (十二届全国人大四次会议, 全国政协十四届二次会议): each term's first session is held in March of
 * the year it begins, one more each year.
 */
const NATIONAL_SESSION =
  /(?:十([一二三四五])届全国(?:人大|人民代表大会)|全国政协(?:第)?十([一二三四五])届(?:全国委员会)?|十([一二三四五])届全国政协)(?:第)?([一二三四五六])次(?:全体)?会议/;
/** The year the tenth term of the two national bodies began; each term is five years. */
const TENTH_TERM_BEGAN = 2003;
const TERM_YEARS = 5;

/** The year of the first national session a text names, or null. */
function nationalSessionYear(text: string): number | null {
  const m = text.includes("全国") ? NATIONAL_SESSION.exec(text) : null;
  if (!m) return null;
  const termsAfterTenth = numberOf(m[1] ?? m[2] ?? m[3]!);
  return TENTH_TERM_BEGAN + termsAfterTenth * TERM_YEARS + numberOf(m[4]!) - 1;
}

/**
 * The year a text says it is in by a five-year plan (今年是实施“十二五”规划的开局之年, 今年是“十三五”收官之年), or
 * the year before the one it says comes next (明年是“十四五”收官之年): the tenth plan began in 2001, each plan
 * five years.
 */
const PLAN_YEAR = /(今|明)年是[^。，,；;]{0,8}?[“"]?十([一二三四五])五[”"]?(?:规划)?的?(开局|收官)之年/;
const TENTH_PLAN_BEGAN = 2001;
const PLAN_YEARS = 5;

function planYear(text: string): number | null {
  const m = text.includes("年是") ? PLAN_YEAR.exec(text) : null;
  if (!m) return null;
  const first = TENTH_PLAN_BEGAN + numberOf(m[2]!) * PLAN_YEARS;
  const named = m[3] === "开局" ? first : first + PLAN_YEARS - 1;
  return m[1] === "明" ? named - 1 : named;
}

/**
 * The year a text says it is in by an anniversary (今年是中国共产党成立100周年, 今年是新中国成立75周年, 今年是党的
 * 百年华诞), or the year before the one it says holds it (明年是…): the founding years below, counted on.
 */
const ANNIVERSARY_YEAR =
  /(今|明)年是[^。，,；;]{0,6}?(中国共产党(?:成立)?|建党|党的|新中国成立|中华人民共和国成立|改革开放|人民政协成立)的?(?:(\d{1,3}|[一二三四五六七八九十]{1,3})周年|(百年)华诞)/;
const FOUNDED: Readonly<Record<string, number>> = {
  中国共产党: 1921,
  中国共产党成立: 1921,
  建党: 1921,
  党的: 1921,
  新中国成立: 1949,
  中华人民共和国成立: 1949,
  改革开放: 1978,
  人民政协成立: 1949,
};

function anniversaryYear(text: string): number | null {
  const m = text.includes("年是") ? ANNIVERSARY_YEAR.exec(text) : null;
  if (!m) return null;
  const years = m[4] ? 100 : numberOf(m[3]!);
  const named = FOUNDED[m[2]!]! + years;
  return m[1] === "明" ? named - 1 : named;
}

/**
 * The year after the one a text calls past (过去的2030年, 刚刚过去的2030年), or the one it says is about to pass
 * (即将过去的2030年): the year the text is written in.
 */
const PAST_YEAR = /(即将|刚刚|刚)?过去的((?:19|20)\d{2})年/;

function pastYear(text: string): number | null {
  const m = text.includes("过去的") ? PAST_YEAR.exec(text) : null;
  if (!m) return null;
  return Number(m[2]) + (m[1] === "即将" ? 0 : 1);
}

/**
 * Each year written as a date, with how often, most frequent first (the later of two as frequent). A
 * text that writes no year takes the year of the national session it names, if any; one that says
 * which year of a five-year plan, or of an anniversary, it is in, or which year is past, puts that year first.
 */
function rankedYears(text: string, flat = text.replace(/\s+/g, "")): [number, number][] {
  const counts = new Map<number, number>();
  const periods = text.includes(".") ? text.matchAll(DOTTED_PERIOD) : [];
  for (const m of [...text.matchAll(YEAR_MENTION), ...periods]) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  if (!counts.size) {
    const session = nationalSessionYear(text);
    if (session) counts.set(session, 1);
  }
  const plan = planYear(flat) ?? anniversaryYear(flat) ?? pastYear(flat);
  if (plan) counts.set(plan, Math.max(0, ...counts.values()) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
}

/**
 * Years written in the file ("2024年社会救助标准"), most frequent first (the later of two as
 * frequent); targets (到2035年) left out. `tied`: the first two are named as often. `outlook`: whether
 * the text plans the year ahead or reviews the one past. `reviewed`: the year whose review it holds
 * once that year is over (2030年度民主生活会).
 */
export function yearTally(text: string): {
  years: number[];
  tied: boolean;
  outlook: Outlook;
  reviewed: number | null;
} {
  // Words read whole across a PDF's line breaks (明年是“十四五”收官之\n年).
  const flat = text.replace(/\s+/g, "");
  const ranked = rankedYears(text, flat);
  const review = ranked.length ? REVIEW_OF_YEAR.exec(flat) : null;
  return {
    years: ranked.map(([year]) => year),
    tied: ranked.length > 1 && ranked[0]![1] === ranked[1]![1],
    outlook: ranked.length ? outlookOf(flat) : null,
    reviewed: review ? Number(review[1]) : null,
  };
}

export function yearsMentioned(text: string): number[] {
  return rankedYears(text).map(([year]) => year);
}

/** A date written with its year: 2032年1月8日. */
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g;
/** How far before a date the words that announce it may stand (决定…第一次会议于). */
const ANNOUNCING_REACH = 64;

/**
 * The dates a file announces with their year (决定…于2032年1月8日召开, 将于2032年1月8日): each a year and
 * its month and day as one number (108).
 */
export function announcedDates(text: string): { year: number; day: number }[] {
  if (!text.includes("于")) return [];
  const announced: { year: number; day: number }[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    if (FUTURE_BEFORE_DATE.test(text.slice(Math.max(0, m.index - ANNOUNCING_REACH), m.index)))
      announced.push({ year: Number(m[1]), day: Number(m[2]) * 100 + Number(m[3]) });
  }
  return announced;
}

/** A month and its day written in digits (3月3日), not a span's end (3月1日至3日 gives 3月1日). */
const MONTH_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})日/g;

/**
 * The days a file writes with their month (3月3日): the month of a day its lead writes alone (3日下午…开幕)
 * when nothing else dates it, as a photo's caption under a wire report does.
 */
export function monthDaysIn(text: string): { month: number; day: number }[] {
  if (!text.includes("月")) return [];
  return [...text.matchAll(MONTH_DAY)].map((m) => ({ month: Number(m[1]), day: Number(m[2]) }));
}
