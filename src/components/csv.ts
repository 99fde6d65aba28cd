import { pick } from "../lib/i18n";
import type { Lang } from "../lib/url-state";
import type { Column } from "./data-table";

/** Rows → CSV text (RFC 4180 quoting), with a BOM so spreadsheet programs read Chinese right. */
export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? "" : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return "\ufeff" + [columns, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** A chart's data table as CSV: the column labels in the reader's language, then each row's cells by column. */
export function tableCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[], lang: Lang): string {
  return toCsv(
    columns.map((c) => pick(lang, c.label)),
    rows.map((r) => columns.map((c) => c.value(r))),
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
