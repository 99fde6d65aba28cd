/** Counts by series and month, laid on a continuous month axis: the timeline and the phrase trends share it. */

/** Every month from first to last, inclusive ("2023-11" … "2024-02"). */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const [endYear, endMonth] = last.split("-").map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, "0")}`);
    if (month === 12) {
      month = 1;
      year++;
    } else month++;
  }
  return months;
}

export class MonthCounts<K> {
  private readonly byKey = new Map<K, Map<string, number>>();

  /** Starts a series even before it has a count, so it shows as zeros. */
  series(key: K): Map<string, number> {
    let months = this.byKey.get(key);
    if (!months) this.byKey.set(key, (months = new Map()));
    return months;
  }

  add(key: K, month: string): void {
    const months = this.series(key);
    months.set(month, (months.get(month) ?? 0) + 1);
  }

  /** The months from the first to the last counted, and each series' counts over them, in the order first seen. */
  toAxis(): { months: string[]; series: { key: K; counts: number[] }[] } {
    const seen = [...new Set([...this.byKey.values()].flatMap((m) => [...m.keys()]))].sort();
    const months = seen.length ? monthRange(seen[0]!, seen[seen.length - 1]!) : [];
    const series = [...this.byKey.entries()].map(([key, counts]) => ({
      key,
      counts: months.map((m) => counts.get(m) ?? 0),
    }));
    return { months, series };
  }
}
