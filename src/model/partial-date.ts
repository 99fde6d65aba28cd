/**
 * Dates as reports give them. A `PartialDate` is "YYYY-MM-DD", "YYYY-MM", or "--MM-DD" when the
 * report names the day but not the year. Every question about one is answered here.
 */
export type PartialDate = string;

const TO_THE_DAY = /^(\d{4}|-)-\d{2}-\d{2}$/;
const WITH_MONTH = /^\d{4}-\d{2}/;

/** True for "--MM-DD": the day and month are known, the year is not. */
export function isYearUnknown(date: PartialDate): boolean {
  return date.startsWith("--");
}

/** A date that can be placed on a timeline: it has a year. */
export function hasYear(date: PartialDate | null): date is PartialDate {
  return !!date && !isYearUnknown(date);
}

/** "YYYY-MM" when the year and month are known, else null. */
export function monthOf(date: PartialDate | null): string | null {
  return date && WITH_MONTH.test(date) ? date.slice(0, 7) : null;
}

/** "MM-DD" of a date known to the day (with or without its year), else null. */
export function dayOfYear(date: PartialDate | null): string | null {
  return date && TO_THE_DAY.test(date) ? date.slice(-5) : null;
}

/** Two dates name the same day: equal, or equal in month and day when either lacks its year. */
export function datesAgree(a: PartialDate | null, b: PartialDate | null): boolean {
  if (!a || !b || !TO_THE_DAY.test(a) || !TO_THE_DAY.test(b)) return false;
  if (isYearUnknown(a) || isYearUnknown(b)) return a.slice(-5) === b.slice(-5);
  return a === b;
}

/** The more precise of two dates for the same event: a full date over "--MM-DD" or "YYYY-MM". */
export function preciserDate(a: PartialDate | null, b: PartialDate | null): PartialDate | null {
  if (!a) return b;
  if (!b) return a;
  return b.length > a.length || (isYearUnknown(a) && !isYearUnknown(b)) ? b : a;
}

/** Ascending sort key that puts dates without a year, and missing dates, after every dated one. */
export function sortKeyUndatedLast(date: PartialDate | null): string {
  return hasYear(date) ? date : "9999";
}

/** Ascending sort key that puts dates without a year, and missing dates, before every dated one. */
export function sortKeyUndatedFirst(date: PartialDate | null): string {
  return hasYear(date) ? date : "";
}

/** Inside an inclusive range of "YYYY-MM" or "YYYY-MM-DD" bounds, compared at the bound's precision. */
export function inDateRange(date: PartialDate | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!hasYear(date)) return false;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}
