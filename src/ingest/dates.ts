/**
 * Dates as ISO strings. Reports often write only month and day (10月26日); the year then comes
 * from the publication date or from years the file mentions, else it stays "--MM-DD".
 */
import { anyOf } from "./lexicon/pattern";
import {
  DATELINE,
  DAY_FIRST_STAMP,
  DAY_ONLY,
  EVENT_DATE,
  FUTURE_BEFORE_DATE,
  LABELLED_DATE,
  PUBLISHED_LINE,
  RELATIVE_DAYS,
  TIMESTAMP,
  YEAR_MENTION,
} from "./lexicon/dates";

const SENTENCE_END = /[。！？!?\n]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const pad = (n: number) => String(n).padStart(2, "0");

function iso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}

export function parsePublishedLine(line: string): string | null {
  if (line.length > 64) return null;
  const dayFirst = DAY_FIRST_STAMP.exec(line.trim());
  if (dayFirst) return iso(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const m =
    (line.length <= 48 ? PUBLISHED_LINE.exec(line.trim()) : null) ?? LABELLED_DATE.exec(line) ?? TIMESTAMP.exec(line);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A labelled date line anywhere in a page ("发布于 2022年6月15日" printed under the text). */
export function parseLabelledDateLine(line: string): string | null {
  if (line.length > 64) return null;
  const m = LABELLED_DATE.exec(line);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export interface DateContext {
  published: string | null;
  /** Years the whole file mentions, most telling first. */
  fileYears: readonly number[];
  /** Whether a day alone (14日) or a relative day (昨日) may be read against the publication date. */
  relativeDays?: boolean;
}

const RELATIVE_DAY = new RegExp(anyOf([...RELATIVE_DAYS.keys()]));

/** The first written date of a sentence that is not one still to come (决定…于6月29日召开). */
function writtenDate(sentence: string, context: DateContext): string | null {
  for (const m of sentence.matchAll(EVENT_DATE)) {
    if (FUTURE_BEFORE_DATE.test(sentence.slice(0, m.index))) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    const date = iso(m[1] ? Number(m[1]) : inferYear(month, day, context), month, day);
    if (date) return date;
  }
  return null;
}

/**
 * A day alone (14日) or relative to publication (昨日), read against the publication date, or
 * against a wire dateline's month (新华社北京3月9日电 … 9日下午) with the year unknown.
 */
function dayOnlyDate(sentence: string, reference: Reference): string | null {
  const relative = RELATIVE_DAY.exec(sentence);
  const dayOnly = [...sentence.matchAll(DAY_ONLY)].find((m) => !FUTURE_BEFORE_DATE.test(sentence.slice(0, m.index)));
  if (relative && reference.year && (!dayOnly || relative.index < dayOnly.index))
    return shiftDays(reference.year, reference.month, reference.day, RELATIVE_DAYS.get(relative[0])!);
  if (!dayOnly) return null;
  const written = Number(dayOnly[1]);
  // A day later than the reference day was in the month before.
  if (written <= reference.day + 1) return iso(reference.year, reference.month, written);
  return reference.month === 1
    ? iso(reference.year && reference.year - 1, 12, written)
    : iso(reference.year, reference.month - 1, written);
}

interface Reference {
  year: number | null;
  month: number;
  day: number;
}

/** What a day alone counts from: the wire dateline when the lead has one (its year from publication), else publication. */
function referenceOf(context: DateContext, lead: string): Reference | null {
  const published = ISO_DATE.exec(context.published ?? "");
  const dateline = DATELINE.exec(lead);
  if (dateline) {
    const [month, day] = [Number(dateline[1]), Number(dateline[2])];
    const year = published ? Number(published[1]) - (month > Number(published[2]) ? 1 : 0) : null;
    return { year, month, day };
  }
  return published ? { year: Number(published[1]), month: Number(published[2]), day: Number(published[3]) } : null;
}

/**
 * The event's date: the first written date in a sentence of the lead that reports the event, else
 * in the title (a headline may announce another date: 决定…6月29日召开), else a day alone.
 */
export function eventDate(
  lead: string,
  title: string | null,
  context: DateContext,
  isEventSentence: (sentence: string) => boolean,
): string | null {
  const sentences = [...lead.split(SENTENCE_END), ...(title ?? "").split(SENTENCE_END)].filter((s) =>
    isEventSentence(s),
  );
  for (const sentence of sentences) {
    const date = writtenDate(sentence, context);
    if (date) return date;
  }
  const reference = context.relativeDays === false ? null : referenceOf(context, lead);
  if (!reference) return null;
  for (const sentence of sentences) {
    const date = dayOnlyDate(sentence, reference);
    if (date) return date;
  }
  return null;
}

function shiftDays(year: number, month: number, day: number, by: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + by));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())!;
}

function inferYear(month: number, day: number, context: DateContext): number | null {
  const published = ISO_DATE.exec(context.published ?? "");
  if (published) {
    const year = Number(published[1]);
    const publishedKey = Number(published[2]) * 100 + Number(published[3]);
    // An event reported in January of something in December happened the year before.
    return month * 100 + day > publishedKey + 7 ? year - 1 : year;
  }
  return context.fileYears[0] ?? null;
}

/** Years written in the file ("2024年社会救助标准"), most frequent first; targets (到2035年) left out. */
export function yearsMentioned(text: string): number[] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(YEAR_MENTION)) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year]) => year);
}
