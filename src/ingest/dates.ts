/**
 * Dates as ISO strings. Reports often write only month and day (10月26日); the year then comes
 * from the publication date or from years the file mentions, else it stays "--MM-DD".
 */
import { anyOf } from "./lexicon/pattern";
import { DAY_ONLY, EVENT_DATE, LABELLED_DATE, PUBLISHED_LINE, RELATIVE_DAYS, YEAR_MENTION } from "./lexicon/dates";

const SENTENCE_END = /[。！？!?]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const pad = (n: number) => String(n).padStart(2, "0");

function iso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}

export function parsePublishedLine(line: string): string | null {
  if (line.length > 64) return null;
  const m = (line.length <= 48 ? PUBLISHED_LINE.exec(line.trim()) : null) ?? LABELLED_DATE.exec(line);
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

const RELATIVE_DAY = new RegExp(anyOf([...RELATIVE_DAYS.keys()]), "g");

/** The event's date from the lead: the first date in a sentence that reports the event. */
export function eventDate(
  lead: string,
  context: DateContext,
  isEventSentence: (sentence: string) => boolean,
): string | null {
  const sentences = lead.split(SENTENCE_END).filter((s) => isEventSentence(s));
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(EVENT_DATE)) {
      const month = Number(m[2]);
      const day = Number(m[3]);
      const year = m[1] ? Number(m[1]) : inferYear(month, day, context);
      const date = iso(year, month, day);
      if (date) return date;
    }
  }
  // Only a day (14日) or a day relative to publication (昨日): read against the publication date.
  const published = ISO_DATE.exec(context.published ?? "");
  if (!published || context.relativeDays === false) return null;
  const [year, month, day] = [Number(published[1]), Number(published[2]), Number(published[3])];
  for (const sentence of sentences) {
    const relative = RELATIVE_DAY.exec(sentence);
    RELATIVE_DAY.lastIndex = 0;
    const dayOnly = [...sentence.matchAll(DAY_ONLY)][0];
    if (relative && (!dayOnly || relative.index < dayOnly.index))
      return shiftDays(year, month, day, RELATIVE_DAYS.get(relative[0])!);
    if (dayOnly) {
      const written = Number(dayOnly[1]);
      // A day later than the publication day was in the month before.
      const back = written > day + 1 ? (month === 1 ? [year - 1, 12] : [year, month - 1]) : [year, month];
      const date = iso(back[0]!, back[1]!, written);
      if (date) return date;
    }
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
