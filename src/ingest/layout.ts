/**
 * From a normalized file to article drafts: the page furniture dropped, hard-wrapped lines
 * re-joined, the file split where it holds several articles, each with its title if it has one.
 */
import { cutTail, isChromeLine } from "./normalize/chrome";
import { endsSentence, isHardWrapped, joinWrapped } from "./normalize/rewrap";
import { parsePublishedLine } from "./dates";

export interface ArticleDraft {
  title: string | null;
  paragraphs: string[];
  /** Publication date printed with this article (a page's date line), as ISO. */
  published: string | null;
  /** The page's date and source lines ("来源:宁夏回族自治区民政厅"): evidence of place, not text. */
  meta: string;
}

const HEADING = /^#{1,6}\s*(.+?)\s*#*$/;
const SOURCE_LINE = /^(来源|稿源|信息来源|文章来源|发布单位|发布机构)[:：]/;
/** Newsletter items end with their source: (据山东省民政厅), (来源:…). */
const CLOSER = /[(](据|来源[:]|稿源[:]|供稿[:]?|信息来源[:])[^()]{2,30}[)]$/;
const SENTENCE_PUNCT = /[,;!?。，；！？]/;
/** Sentences start like this; titles rarely do. */
const SENTENCE_OPENER = /^(为|近日|日前|近期|今年|去年|当前|据|在|随着|\d{1,2}月|\d{4}年)/;
const EVENT_WORD =
  /(会|召开|举行|举办|班|讲话|学习|调研|部署|推进|考察|座谈|活动|开展|启动|表彰|发布|签约|研讨|传达|实施|建设|工作)/;

function isTitleLike(text: string, strict: boolean): boolean {
  if (text.length < 6 || text.length > 90) return false;
  if (SENTENCE_PUNCT.test(text) || /[:：]$/.test(text)) return false;
  if (parsePublishedLine(text)) return false;
  if (!strict) return true;
  return EVENT_WORD.test(text) && !SENTENCE_OPENER.test(text);
}

function hanCount(text: string): number {
  return (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
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
      !/[)」”"]$/.test(previous) &&
      /^[\u4e00-\u9fff,，、]/.test(line)
    )
      paragraphs[paragraphs.length - 1] = previous + line;
    else paragraphs.push(line);
  }
  return paragraphs;
}

function toParagraphs(lines: readonly string[], wrapped: boolean): string[] {
  return wrapped ? joinWrapped(lines, (line) => CLOSER.test(line) && line.length < 40) : joinBrokenSentences(lines);
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
    if (CLOSER.test(line)) segments.push([]);
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
      if (section.heading && drafts[0] && !drafts[0].title) drafts[0].title = section.heading.replace(/[*_`]/g, "");
      return drafts;
    });
  }
  return draftsFromSegments(splitAtClosers(kept), wrapped, published, meta.join(" "));
}
