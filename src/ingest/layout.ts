/**
 * From a normalized file to article drafts: the page furniture dropped, hard-wrapped lines
 * re-joined, the file split where it holds several articles, each with its title if it has one.
 */
import { cutTail, isChromeLine } from "./normalize/chrome";
import { endsSentence, isHardWrapped, joinWrapped } from "./normalize/rewrap";
import { parsePublishedLine } from "./dates";
import { HEADLINE_EVENT_WORD, SENTENCE_OPENER } from "./lexicon/headlines";
import { SOURCE_LINE, SOURCE_NOTE_CLOSER } from "./lexicon/source-lines";

export interface ArticleDraft {
  title: string | null;
  paragraphs: string[];
  /** Publication date printed with this article (a page's date line), as ISO. */
  published: string | null;
  /** The page's date and source lines ("来源:宁夏回族自治区民政厅"): evidence of place, not text. */
  meta: string;
}

/** A markdown heading: "## 乙省召开会议". */
const HEADING = /^#{1,6}\s*(.+?)\s*#*$/;
/** Markdown emphasis marks left in a heading. */
const MARKDOWN_MARKS = /[*_`]/g;
const SENTENCE_PUNCT = /[,;!?。，；！？]/;
const ENDS_WITH_COLON = /[:：]$/;
const HAN = /[\u4e00-\u9fff]/g;
const ENDS_WITH_CLOSING_MARK = /[)」”"]$/;
const STARTS_AS_CONTINUATION = /^[\u4e00-\u9fff,，、]/;

function isTitleLike(text: string, strict: boolean): boolean {
  if (text.length < 6 || text.length > 90) return false;
  if (SENTENCE_PUNCT.test(text) || ENDS_WITH_COLON.test(text)) return false;
  if (parsePublishedLine(text)) return false;
  if (!strict) return true;
  return HEADLINE_EVENT_WORD.test(text) && !SENTENCE_OPENER.test(text);
}

function hanCount(text: string): number {
  return (text.match(HAN) ?? []).length;
}

/** A run of leading lines (up to the first blank line) that reads as a title, and where it ends. */
function leadingTitle(lines: readonly string[], wrapped: boolean): { title: string | null; rest: string[] } {
  let start = 0;
  while (start < lines.length && !lines[start]!.trim()) start++;
  let end = start;
  const limit = wrapped ? 3 : 1;
  while (end < lines.length && lines[end]!.trim() && end - start < limit) end++;
  if (wrapped && end < lines.length && lines[end]!.trim()) return { title: null, rest: lines.slice(start) };
  const candidate = lines.slice(start, end).join("");
  if (end > start && isTitleLike(candidate, wrapped)) return { title: candidate, rest: lines.slice(end) };
  return { title: null, rest: lines.slice(start) };
}

/** A long line that stops mid-sentence continues on the next one ("…按照省委部署要" + "求,在全面…"). */
function joinBrokenSentences(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    const previous = paragraphs[paragraphs.length - 1];
    if (
      previous &&
      previous.length > 40 &&
      !endsSentence(previous) &&
      !ENDS_WITH_CLOSING_MARK.test(previous) &&
      STARTS_AS_CONTINUATION.test(line)
    )
      paragraphs[paragraphs.length - 1] = previous + line;
    else paragraphs.push(line);
  }
  return paragraphs;
}

function toParagraphs(lines: readonly string[], wrapped: boolean): string[] {
  return wrapped
    ? joinWrapped(lines, (line) => SOURCE_NOTE_CLOSER.test(line) && line.length < 40)
    : joinBrokenSentences(lines);
}

function draftsFromSegments(
  segments: string[][],
  wrapped: boolean,
  published: string | null,
  meta: string,
): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  for (const segment of segments) {
    const { title, rest } = leadingTitle(segment, wrapped);
    const paragraphs = toParagraphs(rest, wrapped);
    const body = paragraphs.join("");
    const trailing = paragraphs.join("");
    // PDF extraction can put an item's title after its body, past its closing (据…) line.
    if (hanCount(body) < 30) {
      const previous = drafts[drafts.length - 1];
      const moved = (title ?? "") + trailing;
      if (previous && !previous.title && isTitleLike(moved, true)) previous.title = moved;
      continue;
    }
    drafts.push({ title, paragraphs, published, meta });
  }
  return drafts;
}

function splitAtClosers(lines: readonly string[]): string[][] {
  const segments: string[][] = [[]];
  for (const line of lines) {
    segments[segments.length - 1]!.push(line);
    if (SOURCE_NOTE_CLOSER.test(line)) segments.push([]);
  }
  return segments;
}

function splitAtHeadings(lines: readonly string[]): { heading: string | null; lines: string[] }[] {
  const sections: { heading: string | null; lines: string[] }[] = [{ heading: null, lines: [] }];
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading) sections.push({ heading: heading[1]!, lines: [] });
    else sections[sections.length - 1]!.lines.push(line);
  }
  return sections;
}

export function layoutFile(text: string): ArticleDraft[] {
  const allLines = text.split("\n").map((l) => l.trim());
  let published: string | null = null;
  const kept: string[] = [];
  const meta: string[] = [];
  for (const [i, line] of cutTail(allLines).entries()) {
    const date: string | null = i < 15 && !published ? parsePublishedLine(line) : null;
    if (date) published = date;
    if (date || SOURCE_LINE.test(line)) meta.push(line);
    else if (!isChromeLine(line, i)) kept.push(line);
  }
  const wrapped = isHardWrapped(kept);
  const sections = splitAtHeadings(kept);
  if (sections.length > 1) {
    return sections.flatMap((section) => {
      const drafts = draftsFromSegments(splitAtClosers(section.lines), wrapped, published, meta.join(" "));
      if (section.heading && drafts[0] && !drafts[0].title)
        drafts[0].title = section.heading.replace(MARKDOWN_MARKS, "");
      return drafts;
    });
  }
  return draftsFromSegments(splitAtClosers(kept), wrapped, published, meta.join(" "));
}
