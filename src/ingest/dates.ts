/**
 * Dates as ISO strings. Reports often write only month and day (10月26日); the year then comes
 * from the publication date or from years the file mentions, else it stays "--MM-DD".
 */
import { EVENT_DATE, LABELLED_DATE, PUBLISHED_LINE, YEAR_MENTION } from "./lexicon/dates";

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

export interface DateContext {
  published: string | null;
  /** Years the whole file mentions, most telling first. */
  fileYears: readonly number[];
}

/** The event's date from the lead: the first date in a sentence that reports the event. */
export function eventDate(
  lead: string,
  context: DateContext,
  isEventSentence: (sentence: string) => boolean,
): string | null {
  for (const sentence of lead.split(SENTENCE_END)) {
    if (!isEventSentence(sentence)) continue;
    for (const m of sentence.matchAll(EVENT_DATE)) {
      const month = Number(m[2]);
      const day = Number(m[3]);
      const year = m[1] ? Number(m[1]) : inferYear(month, day, context);
      const date = iso(year, month, day);
      if (date) return date;
    }
  }
  return null;
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
