/**
 * What the page needs to draw the unfiltered province map before the worker has loaded the
 * data: the counts as of the last change, kept in the `meta` table, read by the page directly
 * (lib/stored-first-draw.ts). Stamped with the parser and derivation versions, since after a
 * new version the stored rows are derived again.
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

interface FirstDrawSummary {
  stamp: string;
  meetingsByProvince: readonly ProvinceCountRow[];
}

export function firstDrawValue(meetingsByProvince: readonly ProvinceCountRow[]): string {
  return JSON.stringify({ stamp: FIRST_DRAW_STAMP, meetingsByProvince } satisfies FirstDrawSummary);
}

function isCountRow(value: unknown): value is ProvinceCountRow {
  if (typeof value !== "object" || value === null) return false;
  const row = value as Record<string, unknown>;
  return typeof row.province === "string" && typeof row.meetings === "number" && typeof row.articles === "number";
}

/** The stored counts when they are of this version and well formed, else null. */
export function parseFirstDrawValue(value: unknown): ProvinceCountRow[] | null {
  if (typeof value !== "string") return null;
  try {
    const parsed = JSON.parse(value) as { stamp?: unknown; meetingsByProvince?: unknown };
    if (parsed.stamp !== FIRST_DRAW_STAMP || !Array.isArray(parsed.meetingsByProvince)) return null;
    const rows: unknown[] = parsed.meetingsByProvince;
    return rows.every(isCountRow) ? rows : null;
  } catch {
    return null;
  }
}
