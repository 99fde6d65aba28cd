/**
 * The parsing core: raw files in, articles out. Pure TypeScript with no DOM, no storage and no
 * framework, so the same code runs in Node, in the page and in a Web Worker. Bad text gives a
 * reason, never an exception: `parseFile` and `parseDocument` report a rule that throws as
 * "parser-failed", with the stage it happened in.
 */
import { buildArticle, maskNames, metaPlacesOnce } from "./article";
import { announcedDates, monthDaysIn, yearTally } from "./year-tally";
import { decodeBytes, MAX_FILE_BYTES, tooLargeMessage } from "./decode";
import { htmlToText, looksLikeHtml } from "./html";
import { layoutFile } from "./layout";
import { readablePart } from "./limits";
import { newsRecords } from "./records";
import { normalizeCharacters } from "./normalize";
import { hasToneGlosses } from "./normalize/pinyin";
import { cutAtOneWidth, withCutDatesMended } from "./normalize/rewrap";
import { placesIn, tally, type PlaceEvidence } from "./places";
import { sitePlaces } from "./site-lines";
import { findNames, knownNamesOf, type KnownNames } from "./people";
import type { NameFind } from "./people-find";
import type { Article, ParseFileResult, ParseOptions, ParseTextResult } from "./types";

export { PARSER_VERSION } from "./version";

export { MAX_FILE_BYTES, decodeBytes, htmlToText, tooLargeMessage };
export type { DecodeResult } from "./decode";
export { isNationalFigure } from "./national";
export { sentenceAround } from "./sentence";
export type * from "./types";

const HTML_FILE = /\.html?$/i;

/** File-wide evidence speaks only for articles that name no place: each place counts once. */
const FILE_PLACE_WEIGHT = 1;
/** A site's address or owner names the outlet's own place, as a local dateline does (8): the host clause's province, when it names one, still decides. */
const SITE_WEIGHT = 8;

/** Runs one stage of the parser, named for the report if it throws ("layout", "article 3"). */
type RunStage = <T>(rule: string, run: () => T) => T;

function parseStages(raw: string, fileName: string, stage: RunStage): Article[] {
  const records = stage("records", () => newsRecords(raw, fileName));
  if (!records) return parsePage(raw, fileName, stage, true);
  // The records of one site's data file are its items, as a list page's are: a record that names no
  // place takes the one province all of them name. Records that name several are a dump of many
  // sites' news (a CMS's demo rows): they tell nothing of the one that names none.
  let placesInRecords: PlaceEvidence[] | undefined;
  const recordsPlaces = () =>
    (placesInRecords ??= stage("records: places", () => {
      const text = normalizeCharacters(records.map((r) => (looksLikeHtml(r) ? htmlToText(r) : r)).join("\n"));
      const names = findNames(readablePart(text)).filter((f) => !f.givenNameOnly);
      const places = placesNamedIn(text, [...new Set(names.map((f) => f.name))]);
      return places.length === 1 ? places : [];
    }));
  return records.flatMap((record, i) =>
    parsePage(record, fileName, stageOfRecord(stage, i), false, records.length > 1 ? recordsPlaces : undefined),
  );
}

/** The places a file names, each counted once, not those in its people's names (副县长滕四平). */
function placesNamedIn(text: string, names: readonly string[]): PlaceEvidence[] {
  return tally(placesIn(maskNames(readablePart(text), names), FILE_PLACE_WEIGHT));
}

/** A record's stages are named with its place in the file ("record 3: layout"). */
function stageOfRecord(stage: RunStage, index: number): RunStage {
  return (rule, run) => stage(`record ${index + 1}: ${rule}`, run);
}

/**
 * A digest's heading that dates the issue (12月23日要闻, 3月5日时事简报): the day its items' days (22日) are
 * read against, when the page prints no publication date.
 */
const ISSUE_HEADING =
  /^\s*(\d{1,2})月(\d{1,2})日\s*(?:[\u4e00-\u9fff]{0,6}?)(?:要闻|新闻|简报|快讯|动态|简讯|速览|早报|晚报|早知道)\s*$/;

function issueDayOf(text: string): { month: number; day: number } | null {
  const firstLine =
    text
      .slice(0, 200)
      .split("\n")
      .find((line) => line.trim()) ?? "";
  const m = ISSUE_HEADING.exec(firstLine);
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/**
 * A file is a whole page; a data file's record is a story's title, date and text, its text perhaps HTML,
 * with the places the file's other records name.
 */
function parsePage(
  raw: string,
  fileName: string,
  stage: RunStage,
  isPage: boolean,
  placesInRecords?: () => PlaceEvidence[],
): Article[] {
  const html = HTML_FILE.test(fileName) || looksLikeHtml(raw);
  const source = stage("html", () => (html ? htmlToText(raw, { page: isPage }) : raw));
  // A date a printed column cuts in two is whole again before anything reads the text for dates.
  const text = stage("normalize", () => {
    const normalized = normalizeCharacters(source);
    return html ? normalized : withCutDatesMended(normalized);
  });
  // An HTML page's lines are its block elements: never a PDF's lines broken at a column's width.
  // A converter's glosses make a printed column's lines uneven once they go: its width is read before.
  const glossedColumns = !html && hasToneGlosses(source) && cutAtOneWidth(source);
  const drafts = stage("layout", () => layoutFile(text, { blockLines: html, record: !isPage, glossedColumns }));
  const published = drafts.find((d) => d.published)?.published ?? null;
  const issueDay = drafts.length > 1 ? issueDayOf(text) : null;
  // The full names of the whole file, to join a given name used alone (治原部长) to a full name
  // written in another article. Found only when an article needs them: most never do, and finding
  // them is a second pass of the name finder over the file (over its first READ_LIMIT characters).
  let findsInFile: NameFind[] | undefined;
  const fileFinds = () => (findsInFile ??= findNames(readablePart(text)).filter((f) => !f.givenNameOnly));
  let namesInFile: readonly string[] | undefined;
  const fullNamesInFile = () => (namesInFile ??= [...new Set(fileFinds().map((f) => f.name))]);
  // The full names of a file of several articles, to find them written bare in another article
  // (宋立安主持会议), with the titles first given them: names of three characters or more, which no
  // word of a report is by chance.
  let knownNames: KnownNames | null | undefined;
  const namesOfOtherItems = () => (knownNames ??= drafts.length < 2 ? null : knownNamesOf(fileFinds()));
  const {
    years: fileYears,
    tied: fileYearsTied,
    outlook: fileOutlook,
    reviewed: fileReviewed,
  } = stage("years", () => yearTally(text));
  const fileAnnounced = stage("years", () => announcedDates(readablePart(text)));
  // Only for a file of one article: an item of a list page is not dated by another item's month. Read
  // only when a lead's day alone has nothing else to be read against.
  let monthDays: readonly { month: number; day: number }[] | undefined;
  const fileMonthDays = () => (monthDays ??= drafts.length < 2 ? monthDaysIn(readablePart(text)) : []);
  // Places named anywhere in the file: the last word for an item of a list page that names none;
  // all its records', for a record. A file of one article has named its places already. Not the
  // places in its people's names, found in its articles' text as read: a name broken across two
  // lines of a PDF's text is whole there.
  let filePlaces: PlaceEvidence[] | undefined;
  const namesInArticles = () =>
    findNames(readablePart(drafts.map((d) => [d.title ?? "", ...d.paragraphs].join("\n")).join("\n")))
      .filter((f) => !f.givenNameOnly)
      .map((f) => f.name);
  const placesInFile = () =>
    placesInRecords?.() ??
    (drafts.length < 2
      ? []
      : (filePlaces ??= placesNamedIn(text, [...new Set([...fullNamesInFile(), ...namesInArticles()])])));
  const context = {
    published,
    fileYears,
    fileYearsTied,
    fileOutlook,
    fileReviewed,
    fileAnnounced,
    fileMonthDays,
    issueDay,
    fullNamesInFile,
    namesOfOtherItems,
    metaPlaces: metaPlacesOnce(),
    sitePlaces: sitePlaces(readablePart(text), SITE_WEIGHT),
    placesInFile,
  };
  return drafts.map((draft, i) => stage(`article ${i + 1}`, () => buildArticle(draft, context)));
}

class BudgetExceeded extends Error {}

/** The articles of a text. A rule that throws is a bug: the exception propagates (see `parseDocument`). */
export function parseText(text: string, options: { fileName?: string } = {}): Article[] {
  return parseStages(text, options.fileName ?? "", (_rule, run) => run());
}

/**
 * The articles of a text, or which stage of the parser failed on it. A failure is reported, never
 * read as a file without articles, so that it can be told apart and reported with the file.
 */
export function parseDocument(text: string, options: ParseOptions = {}): ParseTextResult {
  const fileName = options.fileName ?? "";
  const deadline = options.budgetMs === undefined ? Infinity : performance.now() + options.budgetMs;
  let rule = "";
  try {
    const articles = parseStages(text, fileName, (name, run) => {
      rule = name;
      if (performance.now() >= deadline) throw new BudgetExceeded();
      return run();
    });
    return { ok: true, articles };
  } catch (error) {
    if (error instanceof BudgetExceeded) {
      const seconds = Math.round((options.budgetMs ?? 0) / 100) / 10;
      return {
        ok: false,
        reason: "too-complex",
        message: `${fileName || "The file"} is too complex to parse in ${seconds} s (stopped before ${rule}).`,
        rule,
      };
    }
    return {
      ok: false,
      reason: "parser-failed",
      message: `${fileName || "The file"}: the parser failed on this file (${rule}). Please report it with the file.`,
      rule,
    };
  }
}

export function parseFile(name: string, bytes: Uint8Array): ParseFileResult {
  const decoded = decodeBytes(bytes, name);
  if (!decoded.ok) return decoded;
  const parsed = parseDocument(decoded.text, { fileName: name });
  return parsed.ok ? { ok: true, encoding: decoded.encoding, articles: parsed.articles } : parsed;
}
