/**
 * PDF extraction breaks lines every dozen characters, often with blank lines between them.
 * Such text is detected by its line lengths and re-joined into paragraphs: a paragraph ends
 * where a line ends a sentence.
 */
const SENTENCE_END = /[。！？!?][”"’』」)]?$|[:：]$/;

/** The fewest and the most characters of a line broken at a page's width (a printed page, a yearbook column). */
const MIN_WIDTH = 16;
const MAX_WIDTH = 48;

/**
 * A line longer than any page's width, holding a sentence: a paragraph on its own line. A page with
 * some of them (a web page's text: its paragraphs, around short headlines, decks and menus) is no
 * text hard-wrapped for its short lines; only lines cut at one width make it one.
 */
const PARAGRAPH_LINE = 2 * MAX_WIDTH;
const FULL_STOP = /[。！？!?]/;
/** How many lines, one in eight, stand as paragraphs in such a page. */
const PARAGRAPH_SHARE = 1 / 8;

export function isHardWrapped(lines: readonly string[]): boolean {
  const content = lines.filter((l) => l.trim().length > 0);
  if (content.length < 8) return false;
  const short = content.filter((l) => l.length <= 30 && !SENTENCE_END.test(l)).length;
  const paragraphs = content.filter((l) => l.length > PARAGRAPH_LINE && FULL_STOP.test(l)).length;
  if (paragraphs >= content.length * PARAGRAPH_SHARE) return brokenAtOneWidth(content);
  return short / content.length >= 0.5 || brokenAtOneWidth(content);
}

/**
 * Whether most lines are cut at one width, give or take a character, mid-sentence: a page printed
 * in columns (a yearbook's 34 characters a line), whatever that width.
 */
export function brokenAtOneWidth(content: readonly string[], minWidth = MIN_WIDTH, share = 1 / 2): boolean {
  const counts = new Map<number, number>();
  for (const line of content)
    if (line.length >= minWidth && line.length <= MAX_WIDTH)
      counts.set(line.length, (counts.get(line.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [length, count] of counts) {
    const around = count + (counts.get(length + 1) ?? 0);
    if (around > most) [width, most] = [length, around];
  }
  if (most < content.length * share) return false;
  const cut = content.filter((l) => (l.length === width || l.length === width + 1) && !SENTENCE_END.test(l)).length;
  return cut * 2 >= most;
}

/** The fewest characters of a narrow printed column's line (a newsletter's dozen). */
const NARROW_COLUMN = 8;

/** Whether most of a text's lines are cut at one width, however narrow: a printed column. */
export function cutAtOneWidth(text: string): boolean {
  return brokenAtOneWidth(
    text.split("\n").filter((line) => line.trim()),
    NARROW_COLUMN,
  );
}

/** A date or a time, in words or in figures: 2025年12月31日, 12月8日, 2026年, 2024-04-25, 13:40. */
const DATE_OR_TIME =
  /(?<!\d)(?:\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}年|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2})(?!\d)/g;
/** How many characters of a line's end, and of the next line's start, a date cut between them can hold. */
const DATE_REACH = 10;
const MAY_END_CUT_DATE = /[\d年月\-/.:]$/;
const GOES_ON_WITH_DATE = /^[\d\-/.:年月日]/;
/** A date's label at a line's end (发布日期), its date on the next line (: 2014-07-04). */
const CUT_DATE_LABEL = /(?:时间|日期)$/;
const LABELLED_DATE_START = /^[:：]?\s*\d{4}/;
/** A date's label cut inside (发布时 + 间:2024-04-19, 发布日 + 期:2014-07-04), its date after it. */
const LABEL_CUT_INSIDE = /^(?:时\n间|日\n期)[:：]\s*\d{4}/;
/** A page's label at a line's end (来源, 作者), its colon and value on the next (:中新网新疆). */
const CUT_FIELD_LABEL = /(?:来源|作者|编辑|责编|时间|日期)$/;
const COLON_START = /^[:：]/;
/** A date at a line's end (2019年1月10日下午), the sentence it opens on the next (,我局党组召开…). */
const CUT_DATED_LEAD = /(?:\d日|[上下]午|晚上?)$/;
const COMMA_START = /^[,，]/;
/** A span of days cut after its first day (2012年12月29日- + 30日): its last day opens the next line. */
const CUT_DAY_SPAN = /\d日\s*[-—–~～至]$/;
const SPAN_END_START = /^(?:\d{1,2}月)?\d{1,2}日/;
/** A line of a date's figures alone is a heading (2011年), not a line cut inside a date. */
const DATE_FIGURES_ONLY = /^\s*[\d年月\-/.]+$/;

/**
 * Whether the end of one line and the start of the next are one date or time cut in two (2025年1 + 2月31日,
 * 12月8 + 日, 20 + 26年, 2025-02- + 21, 2019-10 + -31, 13:4 + 0), a span of days cut after its first
 * (12月29日- + 30日), or a date's label and its date (发布日期 + : 2014-07-04), the label cut inside too (发布时 +
 * 间:2024-04-19); a page's label and its value (来源 + :中新网新疆); a lead's date and its sentence (2019年1月10日下午
 * + ,我局党组召开…).
 */
function cutInsideDate(end: string, next: string): boolean {
  if (CUT_DATE_LABEL.test(end) && LABELLED_DATE_START.test(next)) return true;
  if (LABEL_CUT_INSIDE.test(`${end.slice(-1)}\n${next.slice(0, 8)}`)) return true;
  if (COLON_START.test(next) && CUT_FIELD_LABEL.test(end)) return true;
  if (COMMA_START.test(next) && CUT_DATED_LEAD.test(end)) return true;
  if (CUT_DAY_SPAN.test(end) && SPAN_END_START.test(next)) return true;
  if (!MAY_END_CUT_DATE.test(end) || !GOES_ON_WITH_DATE.test(next) || DATE_FIGURES_ONLY.test(end)) return false;
  const tail = end.slice(-DATE_REACH);
  for (const m of (tail + next.slice(0, DATE_REACH)).matchAll(DATE_OR_TIME))
    if (m.index < tail.length && m.index + m[0].length > tail.length) return true;
  return false;
}

/** How many blank lines a PDF's text layer may put between the two parts of a cut date. */
const BLANKS_BETWEEN_CUT = 2;

/**
 * A hard-wrapped text's dates and times cut between two lines made whole again (…2025年1 + 2月31日,…;
 * 时间:2025-02- + 21), and its date labels joined to their dates, across a blank line too, before any
 * line is read as a date line or an item's opening.
 */
function mendCutDates(lines: readonly string[]): string[] {
  const mended: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    for (let next = i + 1; next <= i + BLANKS_BETWEEN_CUT + 1 && next < lines.length; next++) {
      const following = lines[next]!.trim();
      if (!following) continue;
      if (cutInsideDate(line.trimEnd(), following)) {
        line = line.trimEnd() + following;
        i = next;
      }
      break;
    }
    mended.push(line);
  }
  return mended;
}

/** Whether a line ends a sentence; only its last two characters are read, however long it is. */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.slice(-2));
}

/**
 * Joins wrapped lines (ignoring blank lines, which `opensParagraph` is told of) until a line ends a
 * sentence or `isBreak` says so; a line `headsNext` says heads the line after it (told the lines of
 * the paragraph before it) stands alone.
 * A paragraph is kept as its lines and its last two characters: testing the joined text after
 * every line would read it again each time, slow on 100,000 lines that never end a sentence.
 */
export function joinWrapped(
  lines: readonly string[],
  isBreak: (line: string) => boolean,
  opensParagraph: (line: string, afterBlank: boolean) => boolean = () => false,
  headsNext: (line: string, next: string, before: readonly string[]) => boolean = () => false,
): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let tail = "";
  let afterBlank = false;
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) {
      afterBlank = true;
      continue;
    }
    const blankAbove = afterBlank;
    afterBlank = false;
    // A line that opens an item (1、…, ◆…, 4月7日…) starts a paragraph, whatever ended the line before.
    if (current.length && opensParagraph(line, blankAbove)) {
      paragraphs.push(current.join(""));
      current = [];
      tail = "";
    }
    if (isBreak(line) || headsNext(line, nextWritten(lines, i), current)) {
      if (current.length) paragraphs.push(current.join(""));
      paragraphs.push(line);
      current = [];
      tail = "";
      continue;
    }
    current.push(line);
    tail = (tail + line).slice(-2);
    if (endsSentence(tail)) {
      paragraphs.push(current.join(""));
      current = [];
      tail = "";
    }
  }
  if (current.length) paragraphs.push(current.join(""));
  return paragraphs;
}

/** The next line with words after line `i`, or "" at the end. */
function nextWritten(lines: readonly string[], i: number): string {
  for (let next = i + 1; next < lines.length; next++) if (lines[next]!.trim()) return lines[next]!;
  return "";
}

/** A hard-wrapped text with its cut dates mended (see `mendCutDates`); any other text as it is. */
export function withCutDatesMended(text: string): string {
  const lines = text.split("\n");
  return isHardWrapped(lines) ? mendCutDates(lines).join("\n") : text;
}
