/**
 * Dates as ISO strings. Reports often write only month and day (10月26日); the year then comes
 * from the publication date or from years the file mentions, else it stays "--MM-DD".
 */
const pad = (n: number) => String(n).padStart(2, "0");

function iso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}

/** A page's date line: "2023年10月31日10:28 |", "2024-11-15 299", "发布时间:2020-05-20 11:09:05". */
const PUBLISHED_LINE =
  /^(?:(?:发布|发表|更新)?(?:时间|日期)[:]?)?(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[|｜]?\s*[^,。，]{0,24})?$/;

/** A labelled date inside a meta line: "来源:广西民政厅 发布时间:2024-01-19 16:32". */
const LABELLED_DATE = /(?:发布|发表|更新|发稿)(?:时间|日期)[:]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

export function parsePublishedLine(line: string): string | null {
  if (line.length > 64) return null;
  const m = (line.length <= 48 ? PUBLISHED_LINE.exec(line.trim()) : null) ?? LABELLED_DATE.exec(line);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** "(2024年)3月14日", "10月23至25日", "10月26日上午"; not a dateline ("5月20日讯"). */
const EVENT_DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})(?:日|号|至|-|—|~)(?!讯|电)/g;

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
  for (const sentence of lead.split(/[。！？!?]/)) {
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
  const published = /^(\d{4})-(\d{2})-(\d{2})/.exec(context.published ?? "");
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
  for (const m of text.matchAll(/(?<![到至截])(20\d{2}|19\d{2})年(?!(远景|前|底前|左右|目标))/g)) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([year]) => year);
}
