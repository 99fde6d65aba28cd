/**
 * A page of several full reports one after another: where each report starts (its headline over
 * its own source, byline or date line), and a newsletter item's bracketed issuer and date.
 */
import { parseLabelledDateLine } from "./date-lines";
import { SOURCE_LINE } from "./lexicon/source-lines";
import { hanIn, hasHan, isTitleLike } from "./line-shape";

/** Chinese characters a report's text holds at least, to count as one in a page of several reports. */
const MIN_REPORT_HAN = 30;

/** A line that opens a report's head: its source, byline or labelled date ("来源:…", "发布时间:…"). */
function isHeadLine(line: string): boolean {
  return SOURCE_LINE.test(line) || BRACKETED_HEAD.test(line) || parseLabelledDateLine(line) !== null;
}

/**
 * A newsletter item's issuer and date in brackets under its headline: "(某某办公室 2031年3月4日)".
 * A date alone in brackets ("(2031年3月4日)") is a speech's, and stays in its text.
 */
const BRACKETED_HEAD = /^[(（][^()（）\d]{2,30}?\s*(\d{4})年(\d{1,2})月(\d{1,2})日[)）]$/;

export function bracketedHeadDate(line: string): string | null {
  const m = BRACKETED_HEAD.exec(line);
  if (!m) return null;
  const [month, day] = [Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
    ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`
    : null;
}

/** How many head lines a page repeats, each under a headline, to be read as a list of reports. */
const MIN_REPEATED_HEADS = 3;

/** How many head lines stand right under a line shaped as a headline. */
function repeatedHeads(lines: readonly string[]): number {
  let count = 0;
  let previous = "";
  for (const line of lines) {
    if (!line) continue;
    if (previous && isHeadLine(line) && isTitleLike(previous, false)) count++;
    previous = line;
  }
  return count;
}

/**
 * A page of several full reports one after another, each a headline over its own source or date
 * line and then its text, split into one run of lines per report. A headline and head line with no
 * text after them (a teaser left in the page) stay with the report before.
 */
export function splitReports(lines: readonly string[]): string[][] {
  // A page that repeats a headline over a head line for three reports or more is a list of them:
  // its headlines need not name an event (林一峰:交通建设加速推动).
  const strict = repeatedHeads(lines) < MIN_REPEATED_HEADS;
  const starts: number[] = [];
  let previous = -1;
  let hanSince = 0;
  // The first report's own head is not a split: what stands above it is the page's furniture.
  let seenHead = false;
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    const head = isHeadLine(line);
    if (head && previous >= 0 && (!seenHead || hanSince >= MIN_REPORT_HAN) && isTitleLike(lines[previous]!, strict)) {
      if (seenHead) starts.push(previous);
      seenHead = true;
      hanSince = 0;
    } else if (!head && hanSince < MIN_REPORT_HAN) hanSince += hanIn(line, MIN_REPORT_HAN - hanSince);
    previous = i;
  }
  if (!starts.length) return [lines.slice()];
  const parts = [0, ...starts].map((start, i) => lines.slice(start, starts[i] ?? lines.length));
  // The starts were taken with the text before each: the last report needs text after its head too.
  return parts.reduce<string[][]>((kept, part) => {
    const text = part.slice(1).filter((line) => !isHeadLine(line));
    if (kept.length && !hasHan(text.join(""), MIN_REPORT_HAN)) kept[kept.length - 1]!.push(...part);
    else kept.push(part);
    return kept;
  }, []);
}
