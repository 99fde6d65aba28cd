/**
 * A chronicle's entries run together in one paragraph, as a PDF's text loses its paragraph breaks
 * ("…部署全年工作。1月17日县人大常委会召开…"): split where a sentence ends and a date in the
 * chronicle's order opens the next entry.
 */
import { DATE_LED, YEAR_HEADING } from "./lexicon/dates";

/**
 * A sentence's end, then a month (and its day, or a part of it) opening the next entry; not a date
 * told in passing (11月28日,又…), nor a month that is a time span (4月份, 4月以来).
 */
const ENTRY_IN_RUN =
  /[。！？!?；;][”’"」』)]?(?=(?:\d{4}年)?(\d{1,2})月(?:(\d{1,2})(?:[─—\-~至、]\d{1,2})?日|[上中下]旬|(?![份底初中末以来上下旬\d]))(?![,，]?[又再也还]))/g;
/** The month and day an entry opens with. */
const OPENING_DAY = /^(?:\d{4}年)?(\d{1,2})月(?:(\d{1,2})日)?/;

/** A month and day as one number that sorts them (3月31日 is 331); a month alone is its day 0. */
const dayNumber = (month: string, day: string | undefined) => Number(month) * 100 + Number(day ?? 0);

function openingDay(paragraph: string): number | null {
  if (!DATE_LED.test(paragraph)) return null;
  const m = OPENING_DAY.exec(paragraph);
  return m ? dayNumber(m[1]!, m[2]) : null;
}

/**
 * The paragraphs split where another entry starts inside one. A date is an entry's only when it
 * falls between the last entry's date and the next paragraph that opens with one (a chronicle runs
 * in order): a later date told within an entry stays in it. Before the first dated entry, and
 * after a year heading until the next entry, nothing is split.
 */
export function splitRunTogether(paragraphs: readonly string[]): string[] {
  const opening = paragraphs.map(openingDay);
  // The date of the next paragraph that opens with one, up to a year heading: read once, from the end.
  const nextOpening: number[] = new Array<number>(paragraphs.length);
  let next = Infinity;
  for (let at = paragraphs.length - 1; at >= 0; at--) {
    nextOpening[at] = next;
    next = YEAR_HEADING.test(paragraphs[at]!) ? Infinity : (opening[at] ?? next);
  }
  const out: string[] = [];
  let from: number | null = null;
  for (const [at, paragraph] of paragraphs.entries()) {
    if (YEAR_HEADING.test(paragraph)) from = null;
    from = opening[at] ?? from;
    if (from === null) {
      out.push(paragraph);
      continue;
    }
    const until = nextOpening[at]!;
    let start = 0;
    for (const m of paragraph.matchAll(ENTRY_IN_RUN)) {
      const day = dayNumber(m[1]!, m[2]!);
      if (day < from || day > until) continue;
      const end = m.index + m[0].length;
      out.push(paragraph.slice(start, end));
      start = end;
      from = day;
    }
    out.push(paragraph.slice(start));
  }
  return out;
}
