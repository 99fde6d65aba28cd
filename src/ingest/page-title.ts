/** A page's title: its first line, or a headline a few short lines of furniture down. */
import { NUMBERED_HEADING } from "./lexicon/dates";
import { isTitleLike } from "./line-shape";

/** Short lines of furniture before a headline ("国内时事 Sina Ads.", "yobo…app下载"): at most this many. */
export const FURNITURE_BEFORE_TITLE = 3;

/**
 * The title, or a headline a few short lines of furniture down: a line that reads as a headline
 * (an event word, no sentence) and stands alone, with the furniture before it dropped.
 */
export function leadingTitle(lines: readonly string[], wrapped: boolean): { title: string | null; rest: string[] } {
  const found = titleOfLines(lines, wrapped);
  // An item of a numbered list keeps its headline, not its number (1.某某会议召开, 二、某某会议召开).
  return found.title ? { ...found, title: found.title.replace(NUMBERED_TITLE, "") } : found;
}

/** A list's number before a headline, a Chinese character after it: not the 2. of 2.5亿元. */
const NUMBERED_TITLE = new RegExp(`${NUMBERED_HEADING.source}(?=[\\u4e00-\\u9fff])`);

function titleOfLines(lines: readonly string[], wrapped: boolean): { title: string | null; rest: string[] } {
  const first = titleAtTop(lines, wrapped);
  // Hard-wrapped text breaks every line short: no line of it stands alone as a headline.
  if (first.title || wrapped) return first;
  const nonEmpty = lines.map((line, i) => [line.trim(), i] as const).filter(([line]) => line);
  for (const [line, i] of nonEmpty.slice(1, FURNITURE_BEFORE_TITLE + 1)) {
    const furniture = nonEmpty.filter(([, j]) => j < i);
    if (furniture.some(([before]) => before.length > 30)) break;
    const alone = !lines[i + 1]?.trim() || i + 1 >= lines.length;
    if (alone && isTitleLike(line, true)) return { title: line, rest: lines.slice(i + 1) };
  }
  return first;
}

/** A run of leading lines (up to the first blank line) that reads as a title, and where it ends. */
function titleAtTop(lines: readonly string[], wrapped: boolean): { title: string | null; rest: string[] } {
  let start = 0;
  while (start < lines.length && !lines[start]!.trim()) start++;
  let end = start;
  const limit = wrapped ? 3 : 1;
  while (end < lines.length && lines[end]!.trim() && end - start < limit) end++;
  if (wrapped && end < lines.length && lines[end]!.trim()) {
    // A headline printed over its text's column, shorter than the column's first line, stands alone.
    const [headline = "", next = ""] = lines.slice(start, start + 2).map((line) => line.trim());
    return headline.length < next.length - 1 && isTitleLike(headline, true)
      ? { title: headline, rest: lines.slice(start + 1) }
      : { title: null, rest: lines.slice(start) };
  }
  const candidate = lines.slice(start, end).join("");
  if (end > start && isTitleLike(candidate, wrapped)) return { title: candidate, rest: lines.slice(end) };
  return { title: null, rest: lines.slice(start) };
}
