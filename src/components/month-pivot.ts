/**
 * The month × series pivot behind the timeline and the phrase trends. Their aggregates give one
 * series per key (province, meeting type, phrase) over a continuous month axis; a chart draws
 * that as it is, while its data table and CSV want it turned: one row per month, one column per
 * series.
 */
import type { Text } from "../lib/i18n";
import type { Column } from "./data-table";

/** Counts per month of one key: `counts[i]` belongs to `months[i]`. */
export interface MonthSeries {
  key: string;
  counts: readonly number[];
}

/** One month across every series, by key. */
export interface MonthRow {
  month: string;
  counts: ReadonlyMap<string, number>;
}

export interface MonthTable {
  rows: MonthRow[];
  columns: Column<MonthRow>[];
}

const MONTH: Text = { zh: "月份", en: "Month" };

/** Series over months → a row per month and a "Month" column followed by one column per series, in order. */
export function monthTable(
  months: readonly string[],
  series: readonly MonthSeries[],
  label: (key: string) => Text,
): MonthTable {
  const rows = months.map((month, i) => ({
    month,
    counts: new Map(series.map((s): [string, number] => [s.key, s.counts[i] ?? 0])),
  }));
  const columns: Column<MonthRow>[] = [
    { label: MONTH, value: (r) => r.month },
    ...series.map((s) => ({ label: label(s.key), value: (r: MonthRow) => r.counts.get(s.key) ?? 0, numeric: true })),
  ];
  return { rows, columns };
}
