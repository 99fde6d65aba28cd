import { pick } from "../lib/i18n";
import type { Lang } from "../lib/url-state";
import { toCsv } from "../model/csv";
import { withCorrectedColumn } from "./corrected-column";
import type { Column } from "./data-table";

export { csvCell, toCsv } from "../model/csv";

/** A chart's data table as CSV: the column labels in the reader's language, then each row's cells by column. */
export function tableCsv<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  lang: Lang,
  comment?: string,
): string {
  const all = withCorrectedColumn(columns, rows);
  return toCsv(
    all.map((c) => pick(lang, c.label)),
    rows.map((r) => all.map((c) => c.value(r))),
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
