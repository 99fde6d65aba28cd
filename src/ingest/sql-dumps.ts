/**
 * Database dumps of a site's articles: SQL INSERT rows and PostgreSQL COPY rows, each row read as
 * one record's text (its longest value, a headline beside it, a date value).
 */
import { parsePublishedLine } from "./date-lines";
import { DATE_LIKE } from "./lexicon/records";
import { hanCount, MIN_SUMMARY_LEAD_HAN, withLead } from "./record-lead";

/** An INSERT statement's opening, or MySQL's REPLACE and INSERT IGNORE, which insert rows the same way. */
const INSERT_INTO = String.raw`(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO\s`;
export const SQL_INSERT = new RegExp(INSERT_INTO, "i");
/** Each INSERT statement with the name of its table (`news`, "public"."article", dbo.news). */
const SQL_INSERT_TABLE = new RegExp(
  String.raw`${INSERT_INTO}+([\`"[]?[\w.$]+(?:[\`"\]]?\.[\`"[]?[\w$]+)?[\`"\]]?)`,
  "gi",
);
/**
 * A table that holds a site's news by its name (news, articles, posts, 新闻…): when a dump names
 * one, the rows of its other tables (a question bank, glossary entries, comments) are no reports.
 */
const NEWS_TABLE = /news|article|post|content|story|report|资讯|新闻|文章|稿件|报道/i;
/** A PostgreSQL dump's data block: COPY table (columns) FROM stdin; then one row a line up to \\. */
export const SQL_COPY = /^COPY\s+\S+(?:\s*\([^)\n]*\))?\s+FROM\s+stdin;/im;
/** A block runs to its closing \\. line, or to the end of the file when an excerpt stops before it. */
const COPY_BLOCK = /^COPY\s+(\S+)(?:\s*\([^)\n]*\))?\s+FROM\s+stdin;[^\n]*\n([\s\S]*?)(?:^\\\.$|(?![\s\S]))/gim;
/** COPY's text format: backslash escapes, \\N for a null. */
const COPY_ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", b: "", f: "", v: "", "\\": "\\" };
/** How far into a file an INSERT is looked for: dumps open with a few lines of settings. */
export const SQL_LOOKAHEAD = 4000;
const SQL_ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", "0": "", Z: "" };
/** A record's text has at least this many Chinese characters; its title at most this many characters. */
const MIN_TEXT_HAN = 30;
const MAX_TITLE = 90;

/**
 * The string values of each row of the INSERT statements, read in one pass: quotes with their
 * backslash and doubled-quote escapes, brackets counted outside quotes.
 */
function sqlRows(text: string): string[][] {
  const rows: string[][] = [];
  let depth = 0;
  let row: string[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === "'" || c === '"') {
      let value = "";
      let end = at + 1;
      for (; end < text.length; end++) {
        const d = text[end]!;
        if (d === "\\" && end + 1 < text.length) {
          const next = text[++end]!;
          value += SQL_ESCAPES[next] ?? next;
        } else if (d === c && text[end + 1] === c) {
          value += c;
          end++;
        } else if (d === c) break;
        else value += d;
      }
      if (depth === 1) row.push(value);
      at = end;
    } else if (c === "(") {
      if (++depth === 1) row = [];
    } else if (c === ")" && depth > 0) {
      if (--depth === 0 && row.length) rows.push(row);
    } else if (c === ";") depth = 0;
  }
  return rows;
}

/** A row's text as a record: its longest value, a short value beside it as the headline, a date value. */
function rowRecord(values: readonly string[], loadStamps: ReadonlySet<string>): string | null {
  // The value with the most Chinese, not the longest: an image's address may be longer than a short report.
  let body: string | null = null;
  let mostHan = 0;
  for (const value of values) {
    const han = hanCount(value);
    if (han > mostHan) [body, mostHan] = [value, han];
  }
  if (!body || mostHan < MIN_TEXT_HAN) return null;
  const title = values.find((v) => v !== body && v.length <= MAX_TITLE && hanCount(v) >= 4 && !v.includes("。"));
  const date = values
    .map((v) => v.trim())
    .map((v) => (DATE_LIKE.test(v) && !loadStamps.has(v) ? parsePublishedLine(v) : null))
    .find(Boolean);
  const text = withLead(body, values, MIN_SUMMARY_LEAD_HAN);
  return [title, date ? `发布时间:${date}` : null, text].filter((line) => line).join("\n");
}

/** Rows enough to tell a stamp every row shares from a coincidence. */
const LOAD_STAMP_ROWS = 3;
const TIME_OF_DAY = /\d{1,2}:\d{2}:\d{2}/;

/**
 * Timestamps to the second that every row of a table holds: the time the rows were loaded into it, not
 * when each report was published. Reports published apart do not share a second.
 */
function loadStampsOf(rows: readonly (readonly string[])[]): Set<string> {
  if (rows.length < LOAD_STAMP_ROWS) return new Set();
  const stampsOf = (row: readonly string[]) =>
    row.map((v) => v.trim()).filter((v) => DATE_LIKE.test(v) && TIME_OF_DAY.test(v));
  const shared = new Set(stampsOf(rows[0]!));
  for (const row of rows.slice(1)) {
    const stamps = new Set(stampsOf(row));
    for (const stamp of shared) if (!stamps.has(stamp)) shared.delete(stamp);
  }
  return shared;
}

/**
 * The records of each table, in the file's order; only the news tables' when the dump names one
 * that holds records.
 */
function recordsOfTables(tables: readonly { name: string; rows: readonly string[][] }[]): string[] | null {
  // A dump may insert a table's rows one statement at a time.
  const rowsOfTable = new Map<string, string[][]>();
  for (const { name, rows } of tables) rowsOfTable.set(name, [...(rowsOfTable.get(name) ?? []), ...rows]);
  const stampsOfTable = new Map([...rowsOfTable].map(([name, rows]) => [name, loadStampsOf(rows)]));
  const withRecords = tables
    .map(({ name, rows }) => {
      const loadStamps = stampsOfTable.get(name)!;
      return { name, records: rows.flatMap((values) => rowRecord(values, loadStamps) ?? []) };
    })
    .filter((t) => t.records.length);
  const news = withRecords.filter((t) => NEWS_TABLE.test(t.name));
  const records = (news.length ? news : withRecords).flatMap((t) => t.records);
  return records.length ? records : null;
}

/** A row of an INSERT's VALUES on a line of its own: (5, '标题', …, '2019.5.17'), */
const VALUES_ROW_LINE = /^\s*\((?:\d+|'[^'\n]*'|"[^"\n]*"|NULL)\s*,.*\)\s*[,;]?\s*$/i;
const VALUES_ROW_START = /^\s*\(/;

/** A slice of an INSERT's rows without its statement (the rows only, a row a line), as a dump's excerpt is cut. */
export function isValuesSlice(text: string): boolean {
  if (!VALUES_ROW_START.test(text)) return false;
  const lines = text.split("\n").filter((line) => line.trim());
  return lines.length > 0 && lines.every((line) => VALUES_ROW_LINE.test(line));
}

export function sqlRecords(text: string): string[] | null {
  const tables: { name: string; rows: string[][] }[] = [];
  const starts = [...text.matchAll(SQL_INSERT_TABLE)];
  if (!starts.length) return recordsOfTables([{ name: "", rows: sqlRows(text) }]);
  for (const [i, match] of starts.entries()) {
    const end = starts[i + 1]?.index ?? text.length;
    tables.push({ name: match[1]!, rows: sqlRows(text.slice(match.index + match[0].length, end)) });
  }
  return recordsOfTables(tables);
}

/** A COPY row's values: tab-separated, backslash escapes undone, \\N (null) as an empty value. */
function copyValues(line: string): string[] {
  return line.split("\t").map((field) => {
    if (field === "\\N") return "";
    if (!field.includes("\\")) return field;
    let value = "";
    for (let at = 0; at < field.length; at++) {
      const c = field[at]!;
      if (c === "\\" && at + 1 < field.length) {
        const next = field[++at]!;
        value += COPY_ESCAPES[next] ?? next;
      } else value += c;
    }
    return value;
  });
}

export function copyRecords(text: string): string[] | null {
  const tables = [...text.matchAll(COPY_BLOCK)].map((block) => ({
    name: block[1]!,
    rows: block[2]!
      .split("\n")
      .filter((line) => line.includes("\t"))
      .map(copyValues),
  }));
  return recordsOfTables(tables);
}
