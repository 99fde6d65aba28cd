import { pick } from "../lib/i18n";
import type { Lang } from "../lib/url-state";
import type { Column } from "./data-table";

/** A spreadsheet program reads a cell that starts with one of these as a formula (=HYPERLINK(…), +1, @SUM). */
const FORMULA_START = /^[=+\-@\t\r]/;

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * One CSV cell. Text (names, titles, phrases: text from imported documents, and every header)
 * that a spreadsheet would run as a formula is neutralised as OWASP advises: a single quote in
 * front, the whole cell in double quotes. A number the app counted is written as it is: −3 is a
 * value, and quoting it would turn it into text.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  return /[",\n\r]/.test(value) ? quoted(value) : value;
}

/**
 * Rows → CSV text (RFC 4180 quoting), with a BOM so spreadsheet programs read Chinese right;
 * `comment`, a line already written as one cell (see export-context), goes first.
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  comment?: string,
): string {
  const lines = [columns, ...rows].map((row) => row.map(csvCell).join(","));
  return "\ufeff" + [...(comment ? [comment] : []), ...lines].join("\r\n") + "\r\n";
}

/** A chart's data table as CSV: the column labels in the reader's language, then each row's cells by column. */
export function tableCsv<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  lang: Lang,
  comment?: string,
): string {
  return toCsv(
    columns.map((c) => pick(lang, c.label)),
    rows.map((r) => columns.map((c) => c.value(r))),
    comment,
  );
}

export function download(fileName: string, href: string): void {
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  link.click();
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  download(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
