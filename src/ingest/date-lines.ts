/**
 * The dates a page prints for itself: its publication line in every common form (发布时间:…,
 * 2021/5/8 09:30, 20210508, an e-paper's record), a labelled or source-line date anywhere in it.
 * As ISO strings; the event's own date is read in dates.ts.
 */
import {
  COMPACT_DATE_LINE,
  DAY_FIRST_STAMP,
  LABELLED_DATE,
  META_LINE_DATE,
  OUTLET_DATE_LINE,
  PUBLISHED_LINE,
  SHORT_YEAR_LABELLED_DATE,
  SLASHED_YEAR_LAST,
  TIMESTAMP,
  TIMESTAMP_LINE,
} from "./lexicon/dates";

const pad = (n: number) => String(n).padStart(2, "0");

/** The days of a month; February's 29th is a day in a leap year, or when the year is not known. */
function daysIn(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "2024-03-14", or "--03-14" when the year is not known; null for a month or day out of range (2月31日). */
export function iso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year || null, month)) return null;
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}

/** The year, month and day of a match whose date is in groups 1–3, or 4–6 for its second form. */
function isoOfGroups(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const at = m[1] === undefined ? 4 : 1;
  return iso(Number(m[at]), Number(m[at + 1]), Number(m[at + 2]));
}

/**
 * An e-paper system's record of an article left in the page (its date, times, page name, file and
 * headline: "2031-04-05 14 14 某某日报 content_123456.html 1 3 标题 /enpproperty-->"), as many
 * county and city papers print it: the date the paper came out.
 */
const EPAPER_RECORD = /^(\d{4})-(\d{1,2})-(\d{1,2})\s.*(?:content_\d+\.html?|enpproperty)/;

/**
 * A newspaper's masthead line over an article of its e-paper: its name, the date and the page
 * ("某某日报 2031年5月13日 第1版", "《某某日报》2031年05月13日 星期二 第 04 版").
 */
const MASTHEAD =
  /^《?[\u4e00-\u9fff]{2,12}》?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?\s*(?:\(?(?:星期|周)[一二三四五六日天]\)?)?\s*第\s*[0-9一二三四五六七八九十]+\s*版/;

/** Every date line holds a year in four digits: most lines are passed over on this one test. */
const FOUR_DIGITS = /\d{4}/;

/** Two-digit years up to this one are of this century (18 is 2018), later ones of the last (98 is 1998). */
const LAST_SHORT_YEAR_OF_CENTURY = 49;

/** A labelled date line whose year is cut to two digits: "发布时间:18-01-12", "发布时间:18年01月12日" are 2018-01-12. */
function shortYearDate(line: string): string | null {
  const m = SHORT_YEAR_LABELLED_DATE.exec(line.trim());
  if (!m) return null;
  const year = Number(m[1]);
  return iso(year + (year <= LAST_SHORT_YEAR_OF_CENTURY ? 2000 : 1900), Number(m[3] ?? m[5]), Number(m[4] ?? m[6]));
}

/** A labelled date written with its year last (时间:12/28/2012): month first, unless the first number is a day. */
function yearLastDate(line: string): string | null {
  const m = SLASHED_YEAR_LAST.exec(line);
  if (!m) return null;
  const [first, second, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return first > 12 ? iso(year, second, first) : iso(year, first, second);
}

/** A separator a page's meta line was cut after (正文 | 2022-12-12): what follows it is the line. */
const LEADING_SEPARATOR = /^[|｜]\s*/;

export function parsePublishedLine(line: string): string | null {
  if (EPAPER_RECORD.test(line)) return isoOfGroups(EPAPER_RECORD.exec(line));
  if (line.length > 64) return null;
  if (!FOUR_DIGITS.test(line)) return shortYearDate(line);
  const trimmed = line.trim().replace(LEADING_SEPARATOR, "");
  if (trimmed.includes("版")) {
    const masthead = MASTHEAD.exec(trimmed);
    if (masthead) return isoOfGroups(masthead);
  }
  const dayFirst = DAY_FIRST_STAMP.exec(trimmed);
  if (dayFirst) return iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return (
    isoOfGroups(
      (line.length <= 48
        ? (PUBLISHED_LINE.exec(trimmed) ?? COMPACT_DATE_LINE.exec(trimmed) ?? OUTLET_DATE_LINE.exec(trimmed))
        : null) ??
        LABELLED_DATE.exec(line) ??
        TIMESTAMP.exec(line) ??
        META_LINE_DATE.exec(trimmed),
    ) ?? yearLastDate(line)
  );
}

/**
 * A date line anywhere in a page: labelled ("发布于 2022年6月15日" printed under the text), on a
 * source or byline line ("来源:某某日报 2022-06-15"), or a date with its time opening a line.
 */
export function parseLabelledDateLine(line: string): string | null {
  if (EPAPER_RECORD.test(line)) return isoOfGroups(EPAPER_RECORD.exec(line));
  if (line.length > 64) return null;
  if (!FOUR_DIGITS.test(line)) return shortYearDate(line);
  const trimmed = line.trim().replace(LEADING_SEPARATOR, "");
  return (
    isoOfGroups(LABELLED_DATE.exec(line) ?? META_LINE_DATE.exec(trimmed) ?? TIMESTAMP_LINE.exec(trimmed)) ??
    yearLastDate(line)
  );
}

/** A date on a line that names it as the page's: labelled (发布时间:…) or on a source or byline line. */
export function parseNamedDateLine(line: string): string | null {
  if (line.length > 64 || !FOUR_DIGITS.test(line)) return null;
  return isoOfGroups(LABELLED_DATE.exec(line) ?? META_LINE_DATE.exec(line.trim())) ?? yearLastDate(line);
}
