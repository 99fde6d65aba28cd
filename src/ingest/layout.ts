/**
 * From a normalized file to article drafts: the page furniture dropped, hard-wrapped lines
 * re-joined, the file split where it holds several articles, each with its title if it has one.
 */
import { cutLeadingLinks, cutTail, isChromeLine, isSiteLine } from "./normalize/chrome";
import { brokenAtOneWidth, endsSentence, isHardWrapped, joinWrapped } from "./normalize/rewrap";
import { parseLabelledDateLine, parseNamedDateLine, parsePublishedLine } from "./date-lines";
import { datedItems } from "./dated-list";
import { BULLET, DATE_ALONE, DATELINE, DAY_LED, RELATIVE_DAY_LEDE, WIRE_LED } from "./lexicon/dates";
import { isDated } from "./paragraph-shapes";
import { headedItemCount, isChronicleHeading, MIN_HEADED_ITEMS, opensEntry, opensItem, pageItems } from "./items";
import { bracketedRunIn } from "./run-in-items";
import { isDigest } from "./digests";
import { doubledHeadlineItems } from "./doubled-headlines";
import { hasHan, isTitleLike } from "./line-shape";
import { FURNITURE_BEFORE_TITLE, leadingTitle } from "./page-title";
import { bracketedHeadDate, splitReports } from "./reports-on-page";
import { endsAsTeaser } from "./teasers";
import { BRACKETED_LABEL, PAPER_DATE_LINE, SOURCE_LINE, SOURCE_NOTE_CLOSER } from "./lexicon/source-lines";
import { chronicleOf, yearbookYear } from "./chronicle-year";
import { linesOf } from "./lines";
import { MIN_HEADLINE_HAN } from "./lexicon/records";
import { splitAtHeadings, withLoneHeadingAsTitle, withoutMarkdownMarks } from "./markdown-headings";

export interface ArticleDraft {
  title: string | null;
  paragraphs: string[];
  /** Publication date printed with this article (a page's date line), as ISO. */
  published: string | null;
  /** The page's date and source lines ("来源:宁夏回族自治区民政厅"): evidence of place, not text. */
  meta: string;
  /** The year heading a chronicle's entry stands under: it dates the entry, not the page's date. */
  year?: number;
  /** The month heading and the day a yearbook's entry stands under ("2月", "1日", and its △ entries). */
  day?: { month: number; day: number };
  /** A report run on under the one before it (又讯 同日下午,甲率…): it names that report's people bare. */
  runOn?: boolean;
}

const ENDS_WITH_CLOSING_MARK = /[)」”"]$/;
/** A photo's caption ends with who took it (…具有指导意义 摄影/苏思, 图/甲乙): the next line is not its sentence. */
const PHOTO_CREDIT_END = /(?:摄影|摄|图)\s*[/:：]\s*[\u4e00-\u9fff]{2,4}$/;
const STARTS_AS_CONTINUATION = /^[\u4e00-\u9fff,，、]/;
/** The end of a line cut inside a date (3月, 4月2), and the start of the next that finishes it (12日, 6日). */
const BROKEN_DATE_END = /\d月$|月\d$/;
const DAY_START = /^\d{1,2}日/;
/** A lead that opens with its paper's dateline (某某日报济南3月21日讯 今天上午,…): never a title, however short its line. */
const DATELINE_LED = new RegExp(`^[\\u4e00-\\u9fff]{2,14}?${DATELINE.source}`);
/**
 * A long line that stops mid-sentence continues on the next one ("…按照省委部署要" + "求,在全面…"), never
 * across a blank line: there, a paragraph that lost its full stop ends.
 * Each paragraph is kept as its lines, its length and its last two characters, so that 100,000
 * such lines are not re-read after every join.
 */
function joinBrokenSentences(lines: readonly string[]): string[] {
  const paragraphs: string[][] = [];
  let length = 0;
  let tail = "";
  let datelineLed = false;
  // A teaser of a list page, cut short with an ellipsis, or a captioned photo's credit is not continued by the next line.
  let cutShort = false;
  let afterBlank = false;
  for (const line of lines) {
    if (!line.trim()) {
      afterBlank = true;
      continue;
    }
    const previous = paragraphs[paragraphs.length - 1];
    const continues =
      (length > 40 || datelineLed) &&
      !afterBlank &&
      !cutShort &&
      !endsSentence(tail) &&
      !ENDS_WITH_CLOSING_MARK.test(tail) &&
      STARTS_AS_CONTINUATION.test(line) &&
      !opensEntry(line) &&
      !RELATIVE_DAY_LEDE.test(line);
    // A date broken across two lines ("…储备。3月" / "12日全县…", "4月2" / "6日…") is one date; a month heading is not.
    const brokenDate =
      BROKEN_DATE_END.test(tail) &&
      DAY_START.test(line) &&
      !(previous?.length === 1 && isChronicleHeading(previous[0]!));
    if (previous && (continues || brokenDate)) {
      previous.push(line);
      length += line.length;
      tail = (tail + line).slice(-2);
    } else {
      paragraphs.push([line]);
      length = line.length;
      tail = line.slice(-2);
      datelineLed = DATELINE_LED.test(line);
    }
    cutShort = endsAsTeaser(line) || PHOTO_CREDIT_END.test(line);
    afterBlank = false;
  }
  return paragraphs.map((p) => p.join(""));
}

/**
 * A printed page's headline over its report (省委常委会召开会议 / 1月16日,省委书记…主持召开): a line that
 * reads as a headline, no longer than the dated or datelined lead under it. Not the rest of a line cut
 * at the column (the line before about as long as the lead's), nor of a headline cut in two (read as one).
 */
function headsDatedLead(line: string, next: string, before: readonly string[]): boolean {
  if (line.length > next.length || !(isDated(next) || DATELINE_LED.test(next) || WIRE_LED.test(next))) return false;
  if (!isTitleLike(line, true)) return false;
  const previous = before[before.length - 1];
  return (
    previous === undefined ||
    (previous.length + CUT_LINE_SLACK <= next.length && !isTitleLike(before.join("") + line, false))
  );
}

/** How many characters shorter than the column a line cut at it may be: spaces taken out, a wide mark. */
const CUT_LINE_SLACK = 3;

function toParagraphs(lines: readonly string[], wrapped: boolean): string[] {
  return wrapped
    ? joinWrapped(
        lines,
        (line) => (SOURCE_NOTE_CLOSER.test(line) && line.length < 40) || isChronicleHeading(line) || endsAsTeaser(line),
        // A chronicle's day after a blank line ("1日市委召开…") opens its entry; no wrapped sentence goes on so.
        (line, afterBlank) => opensItem(line) || (afterBlank && DAY_LED.test(line)),
        headsDatedLead,
      )
    : joinBrokenSentences(lines);
}

/** What a page's title may open with before its words: a date, or what is left of one (月日下午). */
const LEADING_DATE_WORDS = /^[\d\s年月日上下午晚早]*/;
/** The fewest characters of a title's words to be found again in the first item. */
const ECHOED_TITLE_MIN = 8;
/** How many paragraphs down the first item may stand ([摘要] 本市要闻 above it). */
const ECHO_REACH = 3;

/**
 * Whether a page's title is only its first item's headline, said again inside that item (月日下午省政府召开某某
 * 电视电话会 over [摘要] and "●7月2日下午,省政府召开某某电视电话会议,…"), a bulleted item a few paragraphs
 * down: the page has no title of its own. A report's lead that says its headline again is no bulleted item.
 */
function echoesFirstItem(title: string, paragraphs: readonly string[]): boolean {
  const words = title.replace(LEADING_DATE_WORDS, "");
  return (
    words.length >= ECHOED_TITLE_MIN && paragraphs.slice(0, ECHO_REACH).some((p) => BULLET.test(p) && p.includes(words))
  );
}

function draftsFromSegments(
  segments: string[][],
  wrapped: boolean,
  published: string | null,
  meta: string,
  /** The year of the entries of a yearbook's page that head none of their own. */
  entriesYear: number | null = null,
): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  for (const segment of segments) {
    const { title, rest } = leadingTitle(segment, wrapped);

    const paragraphs = toParagraphs(rest, wrapped);
    // A newsletter or digest whose first item's headline was read as the page's title: that headline heads its item.
    const headed =
      title !== null &&
      (headedItemCount([title, ...paragraphs]) >= MIN_HEADED_ITEMS ||
        isDigest([title, ...paragraphs]) ||
        echoesFirstItem(title, paragraphs));
    const items =
      doubledHeadlineItems(title !== null ? [title, ...paragraphs] : paragraphs) ??
      (headed
        ? pageItems([title, ...paragraphs], false)
        : pageItems(paragraphs, title !== null, chronicleOf(title, paragraphs)));
    if (items) {
      // The page's own title (某某县大事记, 中共某省委史志研究室) says whose page it is: evidence of place
      // for each item, as a source line is.
      const itemMeta = title !== null && !headed ? `${meta} ${title}` : meta;
      drafts.push(
        ...items.map(({ year, day, ...item }) => ({
          ...item,
          published,
          meta: itemMeta,
          ...((year ?? entriesYear) ? { year: year ?? entriesYear! } : {}),
          ...(day ? { day } : {}),
        })),
      );
      continue;
    }
    const body = paragraphs.join("");
    const trailing = paragraphs.join("");
    // PDF extraction can put an item's title after its body, past its closing (据…) line.
    if (!hasHan(body, 30)) {
      const previous = drafts[drafts.length - 1];
      const moved = (title ?? "") + trailing;
      if (previous && !previous.title && isTitleLike(moved, true)) previous.title = moved;
      continue;
    }
    drafts.push({
      title,
      paragraphs,
      published,
      meta,
      ...(RUN_ON_REPORT.test(paragraphs[0] ?? "") ? { runOn: true } : {}),
    });
  }
  return drafts;
}

/** A second report a paper runs on under the first, opened by 又讯: "又讯 同日下午,…", "又讯(记者 某某)5月3日,…". */
const RUN_ON_REPORT = /^【?又讯/;

/**
 * A paper's dateline right after the end of a sentence, within a line: a pasted page runs the next
 * report on ("…秘书长某某出席。本报讯(记者 某某)某某展昨天揭幕…").
 */
const DATELINE_WITHIN_LINE = /(?<=[。！？])(?=【?(?:本报讯|又讯))/;

/**
 * The file's lines cut after each closing source note, before each report run on with 又讯, and
 * where a paper's dateline opens a report within a line.
 */
function splitAtClosers(lines: readonly string[]): string[][] {
  const segments: string[][] = [[]];
  for (const whole of lines)
    whole.split(DATELINE_WITHIN_LINE).forEach((line, part) => {
      const current = segments[segments.length - 1]!;
      if ((part > 0 || RUN_ON_REPORT.test(line)) && current.some((l) => l.trim())) segments.push([line]);
      else current.push(line);
      if (SOURCE_NOTE_CLOSER.test(line)) segments.push([]);
    });
  return segments;
}

/**
 * Whether most lines stand between blank lines: paragraphs and headlines each of their own, as a
 * text broken at a page's width never is (its lines follow one another).
 */
function isSpacedOut(lines: readonly string[]): boolean {
  let content = 0;
  let alone = 0;
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    content++;
    if (!lines[i + 1]) alone++;
  }
  return alone * 4 >= content * 3;
}

/** The narrowest column whose printed lines a PDF's text may space out (a newsletter's dozen characters). */
const SPACED_COLUMN_MIN_WIDTH = 8;
/**
 * How many of a spaced-out text's lines must be cut at one width: fewer than a column's, since a
 * converter's glosses taken out of traditional text (會(huì)) leave its lines a few characters short.
 */
const SPACED_COLUMN_SHARE = 2 / 5;

/** How far down a page its labelled publication line may stand, below a bare stamp. */
const NAMED_DATE_LINES = 30;

/** How many lines at the end of a page may hold its date printed under the text. */
const FOOTER_LINES = 3;

/** A page's date printed alone under its text ("2031年12月20日(星期二)"), when none stands at its top. */
function footerDate(kept: readonly string[]): string | null {
  let seen = 0;
  for (let i = kept.length - 1; i >= 0 && seen < FOOTER_LINES; i--) {
    if (!kept[i]) continue;
    seen++;
    const date = parsePublishedLine(kept[i]!);
    if (date) return date;
  }
  return null;
}

export interface LayoutOptions {
  /** The lines are blocks (an HTML page's elements), never a printed column's hard-wrapped lines. */
  blockLines?: boolean;
  /** A data file's record, whose first line is its title when it has one, whatever its shape (看！某某真美！). */
  record?: boolean;
  /**
   * The lines were cut at one width before a converter's glosses went from them (會(huì)): a printed
   * column, however uneven the glosses' going left its lines.
   */
  glossedColumns?: boolean;
}

/** The longest record title: a line longer than this is the record's text. */
const RECORD_TITLE_MAX = 80;

/** The longest line that can be a paper's name and a date alone, which holds a year in four digits. */
const FOUR_DIGITS = /\d{4}/;
const LONGEST_PAPER_DATE_LINE = 32;

/**
 * A line as its labels say: 【来源】 is 来源:, and a paper's name with a date alone ("某某日报
 * 2031年7月15日") is the source line it stands for ("来源:某某日报 2031年7月15日").
 */
function labelled(written: string): string {
  if (written.includes("【") || written.includes("[")) return written.replace(BRACKETED_LABEL, "$1:");
  if (written.length > LONGEST_PAPER_DATE_LINE || !FOUR_DIGITS.test(written)) return written;
  const paper = PAPER_DATE_LINE.exec(written);
  return paper ? `来源:${paper[1]} ${paper[2]}` : written;
}

export function layoutFile(text: string, options: LayoutOptions = {}): ArticleDraft[] {
  const lines = withLoneHeadingAsTitle(cutTail(cutLeadingLinks(linesOf(text))));
  const reports = splitReports(lines);
  const drafts =
    reports.length > 1 ? reports.flatMap((report) => layoutLines(report, options)) : layoutLines(lines, options);
  if (options.record && !drafts.length) return headlineRecord(lines);
  return (options.record ? withRecordTitle(drafts, lines) : drafts).map(withBracketedHeadline);
}

/**
 * A record of a site's headline list, its headline and its date lines (市政府党组召开…民主生活会,
 * 发布时间:2022-08-31), with a line or two of text at most (详见校医院网站通知): an article of its headline.
 */
function headlineRecord(lines: readonly string[]): ArticleDraft[] {
  const [title, ...rest] = lines.map((line) => line.trim()).filter(Boolean);
  if (!title || title.length > RECORD_TITLE_MAX || !hasHan(title, MIN_HEADLINE_HAN)) return [];
  const meta: string[] = [];
  const paragraphs: string[] = [];
  let published: string | null = null;
  for (const line of rest) {
    const date = parsePublishedLine(line);
    published ??= date;
    (date !== null || SOURCE_LINE.test(line) ? meta : paragraphs).push(line);
  }
  return [{ title, paragraphs, published, meta: meta.join(" ") }];
}

/** A record read as one untitled article whose first paragraph is its first line, short and no sentence: that line is its title. */
function withRecordTitle(drafts: ArticleDraft[], lines: readonly string[]): ArticleDraft[] {
  const [draft] = drafts;
  const first = lines.find((line) => line.trim())?.trim() ?? "";
  if (drafts.length !== 1 || draft!.title !== null || draft!.paragraphs[0] !== first) return drafts;
  if (first.length > RECORD_TITLE_MAX || first.includes("。") || draft!.paragraphs.length < 2) return drafts;
  return [{ ...draft!, title: first, paragraphs: draft!.paragraphs.slice(1) }];
}

/** An untitled report that opens with its headline in brackets (【某市召开常务会议】5月8日,…) is titled by it. */
function withBracketedHeadline(draft: ArticleDraft): ArticleDraft {
  const head = draft.title === null && draft.paragraphs[0] ? bracketedRunIn(draft.paragraphs[0]) : null;
  return head ? { ...draft, title: head[0], paragraphs: [head[1], ...draft.paragraphs.slice(1)] } : draft;
}

function layoutLines(lines: readonly string[], options: LayoutOptions): ArticleDraft[] {
  const blockLines = options.blockLines ?? false;
  let published: string | null = null;
  /** Whether the publication date is a bare stamp, not a labelled or source line's. */
  let stampOnly = false;
  let kept: string[] = [];
  const meta: string[] = [];
  /** Where lines that are a date alone stand in `kept`. */
  const dateLines = new Set<number>();
  /** A headline printed right above the page's date or source line: the page's title. */
  let titleAt: number | null = null;
  /** Where in `kept` the last line with words went, or -1 when it was not kept (a date, a source, furniture). */
  let previousKept = -1;
  for (const [i, written] of lines.entries()) {
    const line = labelled(written);
    // An unlabelled date line only near the top; a labelled one (发布时间:…) wherever it is printed.
    // A crawler's or printer's stamp at the top ("2024-11-24 11:27:13") gives way to the page's own
    // publication line below it ("发布时间:2022-03-01 16:06").
    const date: string | null = published
      ? stampOnly && i < NAMED_DATE_LINES
        ? parseNamedDateLine(line)
        : null
      : ((i < 15 ? parsePublishedLine(line) : parseLabelledDateLine(line)) ?? bracketedHeadDate(line));
    if (date) {
      stampOnly = !published && parseNamedDateLine(line) === null;
      published = date;
    }
    if (date && titleAt === null && previousKept >= 0 && previousKept <= FURNITURE_BEFORE_TITLE * 2) {
      if (isTitleLike(kept[previousKept]!, true)) titleAt = previousKept;
    }
    // A date alone on its line is kept in place too: it may open an item of a list page.
    if (DATE_ALONE.test(line)) {
      if (date) meta.push(line);
      dateLines.add(kept.length);
      kept.push(line);
    } else if (date || SOURCE_LINE.test(line)) meta.push(line);
    else if (!isChromeLine(line, i)) {
      if (line) previousKept = kept.length;
      kept.push(line);
      continue;
    } else if (isSiteLine(line, i)) meta.push(line);
    if (line) previousKept = -1;
  }
  published ??= footerDate(kept);
  // Lines that each stand between blank lines are paragraphs and headlines, unless most are cut at one
  // width: a PDF's text layer may put a blank line after every printed line.
  const wrapped =
    !blockLines &&
    isHardWrapped(kept) &&
    (!isSpacedOut(kept) ||
      options.glossedColumns === true ||
      brokenAtOneWidth(
        kept.filter((l) => l.trim()),
        SPACED_COLUMN_MIN_WIDTH,
        SPACED_COLUMN_SHARE,
      ));
  // One string for every article: they share the file's date and source lines.
  const metaText = meta.join(" ");
  const items = dateLines.size ? datedItems(kept, (line) => isTitleLike(line, false)) : null;
  if (items)
    return items.flatMap((item) => {
      // A headline over the item's text stands alone, even in a hard-wrapped page.
      const [first, ...rest] = item.lines;
      const headed = first !== undefined && rest.length > 0 && isTitleLike(first, false);
      const drafts = draftsFromSegments(
        splitAtClosers(headed ? [first, "", ...rest] : item.lines),
        wrapped,
        item.published,
        metaText,
      );
      // In a hard-wrapped page a headline that names no event is not read as a title: over a dated item it is one.
      const lead = drafts[0];
      if (headed && lead && lead.title === null && lead.paragraphs[0]?.startsWith(first)) {
        lead.title = first;
        const text = lead.paragraphs[0].slice(first.length);
        if (text) lead.paragraphs[0] = text;
        else lead.paragraphs.shift();
      }
      return drafts;
    });
  const title = titleAt === null ? null : kept[titleAt]!;
  if (dateLines.size) kept = kept.filter((_, i) => !dateLines.has(i));
  // The furniture above the title goes; the title stands alone, as a blank line after it says.
  if (title !== null) kept = [title, "", ...kept.slice(kept.indexOf(title) + 1)];
  const entriesYear = yearbookYear(lines);
  const sections = splitAtHeadings(kept);
  if (sections.length > 1) {
    return sections.flatMap((section) => {
      const drafts = draftsFromSegments(splitAtClosers(section.lines), wrapped, published, metaText, entriesYear);
      if (section.heading && drafts[0] && !drafts[0].title) drafts[0].title = withoutMarkdownMarks(section.heading);
      return drafts;
    });
  }
  return draftsFromSegments(splitAtClosers(kept), wrapped, published, metaText, entriesYear);
}
