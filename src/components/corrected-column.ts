import type { Column } from "./data-table";

/** What a row says of the analyst's corrections: a count of corrected records, or true for a corrected one. */
function correctedOf(row: unknown): number {
  const mark = typeof row === "object" && row !== null ? (row as { corrected?: unknown }).corrected : undefined;
  return typeof mark === "number" ? mark : mark === true ? 1 : 0;
}

/**
 * Rows that hold corrected facts carry `corrected` (a province's corrected articles, a corrected
 * person): when any row does, the table and its CSV end with a "Corrected" column, a number a
 * spreadsheet can filter on (0: as the parser read it). Without corrections the table is unchanged.
 */
export function withCorrectedColumn<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
): readonly Column<Row>[] {
  if (!rows.some((r) => correctedOf(r) > 0)) return columns;
  return [...columns, { label: { zh: "已更正", en: "Corrected" }, value: correctedOf, numeric: true }];
}
