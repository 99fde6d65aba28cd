/**
 * What the page needs to draw the unfiltered province view before the worker has loaded the
 * data: the map's counts and the timeline's months (stacked by province) as of the last change,
 * kept in the `meta` table, read by the page directly (lib/stored-first-draw.ts). Stamped with the
 * parser and derivation versions, since after a new version the stored rows are derived again, and
 * with the database's revision (db/snapshot): a change whose caches were not yet written when the
 * page closed (a correction, then a reload at once) leaves counts of an earlier revision, not drawn.
 */
import { PARSER_VERSION } from "../ingest/version";
import { DERIVATION_VERSION } from "./derivation-version";

export const FIRST_DRAW_KEY = "firstDraw";

export const FIRST_DRAW_STAMP = `${PARSER_VERSION}/${DERIVATION_VERSION}`;

export interface ProvinceCountRow {
  province: string;
  meetings: number;
  articles: number;
}

/** Meetings per month, one series per province: the timeline's answer, as analytics/provinces gives it. */
export interface MonthSeries {
  months: string[];
  series: { key: string; counts: number[] }[];
  undated: number;
}

export interface FirstDraw {
  meetingsByProvince: ProvinceCountRow[];
  /** Null when not stored (a summary of an earlier release) or not well formed: the timeline then waits. */
  meetingsByMonth: MonthSeries | null;
}

interface FirstDrawSummary {
  stamp: string;
  revision: string | null;
  meetingsByProvince: readonly ProvinceCountRow[];
  meetingsByMonth: MonthSeries;
}

export function firstDrawValue(
  revision: string | null,
  meetingsByProvince: readonly ProvinceCountRow[],
  meetingsByMonth: MonthSeries,
): string {
  return JSON.stringify({
    stamp: FIRST_DRAW_STAMP,
    revision,
    meetingsByProvince,
    meetingsByMonth,
  } satisfies FirstDrawSummary);
}

function isCountRow(value: unknown): value is ProvinceCountRow {
  if (typeof value !== "object" || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.province === "string" && typeof row.meetings === "number" && typeof row.articles === "number";
}

const isNumber = (value: unknown): value is number => typeof value === "number";

function isMonthSeries(value: unknown): value is MonthSeries {
  if (typeof value !== "object" || value === null) return false;
  const { months, series, undated } = value as Record<string, unknown>;
  if (!Array.isArray(months) || !Array.isArray(series) || !isNumber(undated)) return false;
  const length = months.length;
  return (
    months.every((m) => typeof m === "string") &&
    series.every((s: unknown) => {
      const { key, counts } = (s ?? {}) as Record<string, unknown>;
      return typeof key === "string" && Array.isArray(counts) && counts.length === length && counts.every(isNumber);
    })
  );
}

/**
 * The stored summary when it is of this version and of the database's `revision` (null for a
 * database written before revisions), and its counts are well formed; else null.
 */
export function parseFirstDrawValue(value: unknown, revision: string | null): FirstDraw | null {
  if (typeof value !== "string") return null;
  try {
    const parsed = JSON.parse(value) as Partial<Record<keyof FirstDrawSummary, unknown>>;
    if (parsed.stamp !== FIRST_DRAW_STAMP || parsed.revision !== revision) return null;
    if (!Array.isArray(parsed.meetingsByProvince)) return null;
    const rows: unknown[] = parsed.meetingsByProvince;
    if (!rows.every(isCountRow)) return null;
    return {
      meetingsByProvince: rows,
      meetingsByMonth: isMonthSeries(parsed.meetingsByMonth) ? parsed.meetingsByMonth : null,
    };
  } catch {
    return null;
  }
}
