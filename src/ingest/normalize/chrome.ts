import { CHROME_LINE, SITE_NAME, SITE_OWNER_LINE, TAIL_MARKERS, WELCOME_LINE } from "../lexicon/chrome";

const CLAUSE_PUNCT = /[。,，]/;

/**
 * The furniture patterns as one alternation per set of flags: a line is then searched once, not
 * once per pattern (this runs on every line of every file). The patterns have no back-references.
 */
function joined(patterns: readonly RegExp[]): RegExp[] {
  const flags = [...new Set(patterns.map((p) => p.flags))];
  return flags.map((f) => {
    const group = patterns.filter((p) => p.flags === f);
    return new RegExp(group.map((p) => `(?:${p.source})`).join("|"), f);
  });
}
const CHROME = joined(CHROME_LINE);

/** Cuts the page at the first teaser/comment/footer marker, after the article has begun. */
export function cutTail(lines: readonly string[]): string[] {
  let seenBody = false;
  for (const [i, line] of lines.entries()) {
    if (seenBody && TAIL_MARKERS.some((marker) => marker.test(line))) return lines.slice(0, i);
    if (CLAUSE_PUNCT.test(line) && line.length > 30) seenBody = true;
  }
  return [...lines];
}

export function isChromeLine(line: string, index: number): boolean {
  if (CHROME.some((pattern) => pattern.test(line))) return true;
  // A bare site name ("人民网") only at the very top of a saved page.
  return (index < 3 && SITE_NAME.test(line)) || WELCOME_LINE.test(line);
}

/**
 * Furniture that names the site or who runs it (某某政务网 at the top, 欢迎访问某某县人民政府!, 版权所有:某某省人民政府):
 * evidence of place.
 */
export function isSiteLine(line: string, index: number): boolean {
  return (
    (index < 3 && SITE_NAME.test(line)) || WELCOME_LINE.test(line) || (line.length <= 80 && SITE_OWNER_LINE.test(line))
  );
}

/** A link in a bulleted list of other headlines: a dash or dot, a headline with no sentence's end. */
const LINKED_HEADLINE = /^[-–•·*]\s*[^-–•·*\s。！？!?][^。！？!?]{3,80}$/;
/** The fewest bulleted headlines at a page's top that are its related links, not its text. */
const MIN_LINKS = 2;
/** What the text under them holds at least: a report, not another list. */
const MIN_TEXT_LENGTH = 30;

/**
 * Drops a run of bulleted headlines at the top of a page, above its report: links to other stories
 * ("- …座谈会在某市召开 甲乙出席并讲话"), whose names and slogans are not the report's.
 */
export function cutLeadingLinks(lines: readonly string[]): string[] {
  let end = 0;
  while (end < lines.length && (LINKED_HEADLINE.test(lines[end]!) || (!lines[end]!.trim() && end > 0))) end++;
  const links = lines.slice(0, end).filter((line) => line.trim()).length;
  const next = lines[end] ?? "";
  return links >= MIN_LINKS && next.length >= MIN_TEXT_LENGTH && !LINKED_HEADLINE.test(next)
    ? lines.slice(end)
    : [...lines];
}
