/**
 * The year of a day written without one (3月4日): from the publication date, read so that the event
 * comes before its report, or from the years the file names, read as a review looks back and a plan
 * looks ahead.
 */
import { iso } from "./date-lines";
import type { DateContext } from "./dates";

/** A publication date as the context holds it: 2031-04-02, year, month and day in groups 1–3. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A month and day as one number that orders them (4月2日 → 402). */
export const dayOfYear = (month: number, day: number) => month * 100 + day;

const DAYS_IN_YEAR = 365;
export const DAY_MS = 86_400_000;

/** Days from a date to a month and day of the same year (negative when that is earlier). */
function daysBetween(year: number, month: number, day: number, toMonth: number, toDay: number): number {
  return Math.round((Date.UTC(year, toMonth - 1, toDay) - Date.UTC(year, month - 1, day)) / DAY_MS);
}

export function shiftDays(year: number, month: number, day: number, by: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + by));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())!;
}

/** Months at the start of a year whose meetings review the year before (1月, 2月). */
const EARLY_MONTHS = 2;
/**
 * The first months of a year (1月 to 4月), in which meetings review the year over (年度民主生活会, 述职, 职代会,
 * 人代会) and plan their own.
 */
const OPENING_MONTHS = 4;
/** The months whose meetings sum a year up before it ends (11月, 12月). */
const YEAR_END_MONTH = 11;
/** The month from which a year's meetings plan the next and draft its reports (11月). */
const LATE_MONTH = 11;

/** The year of a month and day written without one, and where it came from. */
export function inferYear(
  month: number,
  day: number,
  context: DateContext,
  /** Whether the date is announced, still to come at publication: a January date announced in December is next year's. */
  ahead = false,
): { year: number; from: "published" | "file" } | null {
  if (context.meetingYear && !ahead) return { year: context.meetingYear, from: "file" };
  const published = ISO_DATE.exec(context.published ?? "");
  if (published && ahead) {
    const after = daysBetween(Number(published[1]), Number(published[2]), Number(published[3]), month, day);
    return { year: Number(published[1]) + (2 * after < -DAYS_IN_YEAR ? 1 : 0), from: "published" };
  }
  // A page dated two years or more after every year its text names was posted again later: the text's year holds.
  const latestNamed = context.fileYears.length ? Math.max(...context.fileYears) : null;
  if (published && latestNamed !== null && Number(published[1]) - latestNamed >= 2)
    return { year: context.fileYears[0]!, from: "file" };
  if (published) {
    const year = Number(published[1]);
    // The year that puts the event nearer its publication, days after it counting twice (reports
    // follow events): a December event reported in January was the year before; an event seven weeks
    // after a page's (content system's) date is that year.
    const after = daysBetween(year, Number(published[2]), Number(published[3]), month, day);
    return { year: after > 7 && 2 * after > DAYS_IN_YEAR - after ? year - 1 : year, from: "published" };
  }
  const year = yearFromFile(month, context);
  return year === null ? null : { year: beforeAnnounced(year, dayOfYear(month, day), context), from: "file" };
}

/**
 * A year before the one the file names, when the file announces a date of that year (决定…于2032年1月8日召开)
 * earlier in it than the event: a meeting does not announce a day already past.
 */
function beforeAnnounced(year: number, day: number, context: DateContext): number {
  return (context.fileAnnounced ?? []).some((a) => a.year === year && a.day < day) ? year - 1 : year;
}

/** The year of a month and day from the years the file names, with no publication date to go by. */
function yearFromFile(month: number, context: DateContext): number | null {
  const fileYear = context.fileYears[0];
  if (fileYear === undefined) return null;
  // A year's review (2030年度民主生活会) is held in its last weeks or in the first months after it, however
  // often the text names other years (2029年度民主生活会整改情况, 2031年第1期).
  const reviewed = context.fileReviewed;
  if (reviewed && month <= OPENING_MONTHS) return reviewed + 1;
  if (reviewed && month >= YEAR_END_MONTH) return reviewed;
  // A text that names two years as often (2024年工作总结和2025年工作计划) reviews the earlier and plans
  // the later: an event at the end of a year is in the earlier, any other after it has ended.
  const other = context.fileYears[1];
  if (context.fileYearsTied && other !== undefined && Math.abs(other - fileYear) === 1)
    return month >= YEAR_END_MONTH ? Math.min(fileYear, other) : Math.max(fileYear, other);
  // The one year a text names is the one a December meeting plans, or the one a January meeting reviews.
  // A December meeting that plans the year it names most and sums up the year before
  // (2031年度协商计划, 2030年工作总结和2031年工作安排) is in that year before.
  if ((other === undefined || other === fileYear - 1) && context.fileOutlook === "ahead" && month >= LATE_MONTH)
    return fileYear - 1;
  if (other === undefined && context.fileOutlook === "back" && month <= EARLY_MONTHS) return fileYear + 1;
  // A year's accounts are heard the year after: in it, whether or not the text names it too.
  if (context.fileOutlook === "accounts" && (other === undefined || other === fileYear + 1)) return fileYear + 1;
  // A meeting in the first months looks back on the year before and ahead to its own: of two years
  // next to each other, it is in the later, however often the earlier is named.
  if (month <= OPENING_MONTHS && other !== undefined && Math.abs(other - fileYear) === 1)
    return Math.max(fileYear, other);
  return fileYear;
}
