/** CSV text that spreadsheet programs open safely: the charts' tables and the data export write it alike. */

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
