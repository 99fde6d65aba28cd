/**
 * A data file of news records read as one text per record: its headline, a date line and its
 * text, each then parsed like any page. Its forms: a JSON array of articles, however deep in the
 * document (a site's API answer), SQL INSERT rows and PostgreSQL COPY rows (a database dump of a
 * site's articles, or only its rows, sql-dumps.ts), RSS and Atom feeds, XML exports and slices of
 * their records, JSON Lines, CSV and TSV (tables.ts).
 */
import { parsePublishedLine } from "./date-lines";
import { feedItems } from "./feeds";
import { commentEnd, jsLiteralToJson } from "./js-literal";
import {
  DATE_KEYS,
  DATE_LIKE,
  LONGEST_SOURCE,
  MIN_HEADLINE_HAN,
  SOURCE_KEYS,
  TEXT_KEYS,
  TITLE_KEYS,
} from "./lexicon/records";
import { copyRecords, isValuesSlice, SQL_COPY, SQL_INSERT, SQL_LOOKAHEAD, sqlRecords } from "./sql-dumps";
import { hanCount, MIN_SUMMARY_LEAD_HAN, withLead } from "./record-lead";
import { csvRecords, jsonLines, xmlDocument } from "./tables";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonRecord = { [key: string]: Json };

/** How deep a document is searched for its array of records. */
const MAX_DEPTH = 8;
const OPENS_JSON = /^\s*[[{]/;
/** A script that holds its records in a variable: `var news = [...];`, `window.list = {...}`. */
const JS_ASSIGNMENT = /^\s*(?:(?:var|let|const)\s+)?[\w$.]+\s*=\s*(?=[[{])/;
const JS_STATEMENT_END = /;\s*$/;

function parsedJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return null;
  }
}

/** The JSON a file holds: the whole file, or the value a script assigns; null when it opens with neither. */
function jsonPart(text: string): string | null {
  if (OPENS_JSON.test(text)) return text;
  const assignment = JS_ASSIGNMENT.exec(text);
  return assignment ? text.slice(assignment[0].length).replace(JS_STATEMENT_END, "") : null;
}

function isRecord(value: Json): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringAt(record: JsonRecord, keys: RegExp, longest: boolean): string | null {
  let best: string | null = null;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== "string" || !keys.test(key) || !value.trim()) continue;
    if (best === null || (longest && value.length > best.length)) best = value;
    if (!longest) break;
  }
  return best;
}

/** Seconds and milliseconds since 1970 that fall between 2001 and 2033, as sites' APIs give a publication time. */
const EPOCH_SECONDS = { min: 978_307_200, max: 2_000_000_000 };
const CHINA_OFFSET_MS = 8 * 3600 * 1000;
/** A number under a key such as publisherId is an identifier, not a time. */
const ID_KEY = /id$/i;

/** The day of an epoch time in China's time zone, where the reports are published. */
function epochDate(value: number): string | null {
  const ms =
    value >= EPOCH_SECONDS.min && value < EPOCH_SECONDS.max
      ? value * 1000
      : value >= EPOCH_SECONDS.min * 1000 && value < EPOCH_SECONDS.max * 1000
        ? value
        : null;
  return ms === null ? null : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A record whose keys are none of the known ones: its text is the field with the most Chinese, this much at least. */
const MIN_GUESSED_TEXT_HAN = 40;
const HEADLINE_MAX = 80;
const SENTENCE_END = /[。！？!?]/;

/**
 * The text and headline of a record under keys of its own (question, answer_ctnt): the field with the
 * most Chinese is the text; the longest short field of Chinese with no sentence's end is the headline.
 */
function guessedFields(record: JsonRecord): { text: string; title: string | null } | null {
  const strings = Object.values(record).filter((v): v is string => typeof v === "string");
  let text: string | null = null;
  for (const value of strings)
    if (hanCount(value) >= MIN_GUESSED_TEXT_HAN && (!text || hanCount(value) > hanCount(text))) text = value;
  if (!text) return null;
  let title: string | null = null;
  for (const value of strings) {
    const line = value.trim();
    if (value === text || line.length > HEADLINE_MAX || hanCount(line) < 4 || SENTENCE_END.test(line)) continue;
    if (!title || line.length > title.length) title = line;
  }
  return { text: withLead(text, strings, MIN_GUESSED_TEXT_HAN), title };
}

function recordText(record: JsonRecord): string | null {
  const known = stringAt(record, TEXT_KEYS, true);
  const guessed = known ? null : guessedFields(record);
  const summaries = Object.entries(record).flatMap(([key, value]) =>
    typeof value === "string" && TEXT_KEYS.test(key) ? [value] : [],
  );
  const titled = stringAt(record, TITLE_KEYS, false);
  const text = known ? withLead(known, summaries, MIN_SUMMARY_LEAD_HAN) : (guessed?.text ?? null);
  if (!text && !headlineOnly(record, titled)) return null;
  const title = known || !guessed ? titled : (titled ?? guessed.title);
  const source = stringAt(record, SOURCE_KEYS, false)?.trim();
  const date =
    Object.entries(record)
      .filter(([key, value]) => DATE_KEYS.test(key) && !(typeof value === "number" && ID_KEY.test(key)))
      .map(([, value]) =>
        typeof value === "number"
          ? epochDate(value)
          : typeof value === "string"
            ? parsePublishedLine(value.trim())
            : null,
      )
      .find((iso) => iso !== null) ?? dateValue(record);
  return [
    title,
    date ? `发布时间:${date}` : null,
    source && source.length <= LONGEST_SOURCE ? `来源:${source}` : null,
    text,
  ]
    .filter((line) => line !== null)
    .join("\n");
}

/**
 * Whether a record is a headline list's, with a headline and a date but no text (a site's list of
 * { name, time }): still an article, of its headline alone.
 */
function headlineOnly(record: JsonRecord, title: string | null): boolean {
  if (!title || hanCount(title) < MIN_HEADLINE_HAN) return false;
  return Object.entries(record).some(([key, value]) => DATE_KEYS.test(key) && value !== null && value !== "");
}

/** A value that is a date and nothing else, under a key of its own (a table's unnamed column). */
function dateValue(record: JsonRecord): string | null {
  for (const value of Object.values(record))
    if (typeof value === "string" && value.length <= DATE_VALUE_MAX && DATE_LIKE.test(value.trim()))
      return parsePublishedLine(value.trim());
  return null;
}
/** A date with its time at most: 2023-05-02 09:30:00. */
const DATE_VALUE_MAX = 25;

/** The array holding the most records that have a text, anywhere in the document. */
function newsArray(value: Json, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  let best: string[] = [];
  const consider = (candidate: string[]) => {
    if (candidate.length > best.length) best = candidate;
  };
  if (Array.isArray(value)) {
    const texts = value.filter(isRecord).flatMap((r) => recordText(r) ?? []);
    // One record written again and again is a template's placeholder (four times 全国首家…揭牌), not a list.
    const own = texts.length > 1 && texts.every((text) => text === texts[0]) ? [] : texts;
    consider(own);
    // Two records or more are the records: the lists they carry (related stories) are their own.
    if (own.length >= 2) return best;
    const inItems = value.map((item) => (typeof item === "object" && item !== null ? newsArray(item, depth + 1) : []));
    for (const records of inItems) consider(records);
    // Groups of records (article_groups: [{name, list: […]}, …]): every group's, when the groups are no records.
    if (!own.length) consider(inItems.flat());
  } else if (isRecord(value)) {
    const own = recordText(value);
    if (own && depth === 0) consider([own]);
    for (const item of Object.values(value))
      if (typeof item === "object" && item !== null) consider(newsArray(item, depth + 1));
  }
  return best;
}

/** The texts of the records a data file holds, or null when the text is none (a page, a report). */
export function newsRecords(text: string, fileName = ""): string[] | null {
  const head = text.slice(0, SQL_LOOKAHEAD);
  if (SQL_INSERT.test(head) || isValuesSlice(text)) return sqlRecords(text);
  if (SQL_COPY.test(head)) return copyRecords(text);
  const feed = feedItems(text);
  if (feed) return feed;
  const xml = xmlDocument(text, fileName);
  if (xml !== null) return nonEmpty(newsArray(xml, 0));
  const json = jsonPart(text);
  const document =
    json === null
      ? null
      : (parsedJson(json) ?? (json === text ? parsedSequence(text) : parsedJson(jsLiteralToJson(json))));
  const records = document === null ? [] : newsArray(document, 0);
  if (records.length) return records;
  const lines = json === null ? null : jsonLines(text);
  if (lines) return nonEmpty(newsArray(lines, 0));
  const rows = csvRecords(text, fileName);
  if (rows) return nonEmpty(newsArray(rows, 0));
  return nonEmpty(scriptArrays(text));
}

/** Records written one after another with commas between, no brackets around: a slice of an array. */
const RECORD_SEQUENCE = /^\s*\{[\s\S]*\}\s*,\s*\{/;

function parsedSequence(text: string): Json | null {
  if (!RECORD_SEQUENCE.test(text)) return null;
  const array = `[${text}]`;
  return parsedJson(array) ?? parsedJson(jsLiteralToJson(array));
}

function nonEmpty(records: string[]): string[] | null {
  return records.length ? records : null;
}

/**
 * An array of objects a script writes anywhere in its code (mock data: a comment, `const news = [{…}]`,
 * then the functions that serve it; `newsList: [{…}]` in a component's data): `=`, `:`, `(` or
 * `return` before `[{`, or pushed one at a time. Not looked for in a file of markup (an HTML page,
 * a component's template first), whose scripts carry widgets' data; a script's JSX is no page.
 */
const SCRIPT_ARRAY_START = /(?:[=:(]|\breturn)\s*\[\s*\{|\.push\(\s*\{/g;
/** How many arrays a script is searched for: a page of code has a few. */
const MAX_SCRIPT_ARRAYS = 32;
const OPENS_WITH_MARKUP = /^\s*</;

/** Where the literal opening at `open` ends (its "]" or "}"), read past quoted strings and comments; -1 if never. */
function literalEnd(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const c = text[at]!;
    if (c === "'" || c === '"' || c === "`") {
      for (at++; at < text.length && text[at] !== c; at++) if (text[at] === "\\") at++;
    } else if (c === "/" && commentEnd(text, at) >= 0) {
      at = commentEnd(text, at);
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      if (--depth === 0) return (c === "]") === (text[open] === "[") ? at : -1;
    }
  }
  return -1;
}

function scriptArrays(text: string): string[] {
  if (OPENS_WITH_MARKUP.test(text)) return [];
  let best: string[] = [];
  // Records a loop pushes one literal at a time (list.push({ title: `…${i}`, content: '…' })).
  const pushed: string[] = [];
  let searched = 0;
  SCRIPT_ARRAY_START.lastIndex = 0;
  for (let m = SCRIPT_ARRAY_START.exec(text); m && searched < MAX_SCRIPT_ARRAYS; m = SCRIPT_ARRAY_START.exec(text)) {
    searched++;
    const isPush = m[0].startsWith(".");
    const open = text.indexOf(isPush ? "{" : "[", m.index);
    const end = literalEnd(text, open);
    // A literal never closed: nor is any after it, inside it.
    if (end < 0) break;
    const literal = parsedJson(jsLiteralToJson(text.slice(open, end + 1)));
    const records = literal === null ? [] : newsArray(literal, 0);
    if (isPush) pushed.push(...records);
    else if (records.length > best.length) best = records;
    // The literals inside this one are its records' own: not searched again.
    SCRIPT_ARRAY_START.lastIndex = end + 1;
  }
  SCRIPT_ARRAY_START.lastIndex = 0;
  return pushed.length > best.length ? pushed : best;
}
