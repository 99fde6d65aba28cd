/** Markdown headings: a heading's text, a digest split at its headings, a note under one heading. */

const SPACE = /\s/;
/** Characters a heading's text cannot hold (those `.` of a pattern does not match). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;
/**
 * A full stop with more text after it: a "#" line that goes on past its first sentence is a
 * paragraph (a report kept in a script's comment, # text="…"), not a markdown heading.
 */
const SENTENCE_GOES_ON = /[。！？][^。！？"'”’」』）)\s]/;
/** Markdown emphasis marks left in a heading. */
const MARKDOWN_MARKS = /[*_`]/g;

/** A heading's text without the emphasis marks left in it (**甲省召开会议**). */
export function withoutMarkdownMarks(heading: string): string {
  return heading.replace(MARKDOWN_MARKS, "");
}

/**
 * The text of a markdown heading ("## 乙省召开会议 ##" → "乙省召开会议"), or null: up to six #,
 * spaces, the text, then spaces and #s closing the line. Read with loops because the pattern
 * /^#{1,6}\s*(.+?)\s*#*$/ takes time in the square of a line full of # or spaces.
 */
export function headingText(line: string): string | null {
  let hashes = 0;
  while (line[hashes] === "#") hashes++;
  if (!hashes) return null;
  // A line of #s alone ("###") is a heading "#", as the pattern reads it; a lone "#" is not one.
  if (hashes === line.length) return hashes > 1 ? "#" : null;
  let start = Math.min(hashes, 6);
  while (start < line.length && SPACE.test(line[start]!)) start++;
  let end = line.length;
  while (end > start && line[end - 1] === "#") end--;
  while (end > start && SPACE.test(line[end - 1]!)) end--;
  end = Math.max(end, start + 1);
  const text = line.slice(start, end);
  return LINE_TERMINATOR.test(text) || SENTENCE_GOES_ON.test(text) ? null : text;
}

/**
 * A markdown note whose one heading opens it (# 2021年12月某市大事记) is a page under its title, read as
 * the same page without the # would be: its heading splits no digest.
 */
export function withLoneHeadingAsTitle(lines: string[]): string[] {
  const first = lines.findIndex((line) => line.trim());
  const heading = first < 0 ? null : headingText(lines[first]!);
  if (heading === null || lines.some((line, i) => i > first && headingText(line) !== null)) return lines;
  return lines.map((line, i) => (i === first ? withoutMarkdownMarks(heading) : line));
}

export function splitAtHeadings(lines: readonly string[]): { heading: string | null; lines: string[] }[] {
  const sections: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  for (const line of lines) {
    const heading = headingText(line);
    if (heading !== null) sections.push({ heading, lines: [] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  return sections;
}
