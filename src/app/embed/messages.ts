/**
 * The postMessage protocol between an embedded dashboard and its host page.
 * Incoming messages are validated field by field; anything else is ignored.
 */
import { ISO_DATE_OR_MONTH, VIEWS, type Lang, type Theme, type View } from "../../lib/url-state";
import type { Filters } from "../../queries/aggregates/filters";

export const PROTOCOL_VERSION = 1;

/** What the host may send. */
export interface SetFiltersCommand {
  type: "tifa:setFilters";
  filters: Partial<Filters>;
  view?: View;
  lang?: Lang;
  theme?: Theme;
}

export type Selection =
  | { kind: "province"; value: string; selected: boolean }
  | { kind: "person"; value: string }
  | { kind: "phrase"; value: string };

/** What the dashboard posts to its host. */
export type OutgoingMessage =
  | { type: "tifa:ready"; version: number; view: View; filters: Filters }
  | { type: "tifa:selection"; selection: Selection }
  | { type: "tifa:resize"; height: number };

const MAX_LIST = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_LIST) return null;
  if (!value.every((v) => typeof v === "string" && v.length > 0 && v.length <= 200)) return null;
  return [...new Set(value as string[])];
}

function dateBound(value: unknown): string | null | undefined {
  if (value === null) return null;
  return typeof value === "string" && ISO_DATE_OR_MONTH.test(value) ? value : undefined;
}

function parseFilters(value: unknown): Partial<Filters> | null {
  if (!isRecord(value)) return null;
  const filters: Partial<Filters> = {};
  for (const key of ["provinces", "meetingTypes", "people", "phrases"] as const) {
    if (!(key in value)) continue;
    const list = stringList(value[key]);
    if (!list) return null;
    filters[key] = list;
  }
  for (const key of ["from", "to"] as const) {
    if (!(key in value)) continue;
    const bound = dateBound(value[key]);
    if (bound === undefined) return null;
    filters[key] = bound;
  }
  const known = new Set(["provinces", "meetingTypes", "people", "phrases", "from", "to"]);
  return Object.keys(value).every((k) => known.has(k)) ? filters : null;
}

/** A valid `tifa:setFilters` command, or null for anything else (which is then ignored). */
export function parseCommand(data: unknown): SetFiltersCommand | null {
  if (!isRecord(data) || data.type !== "tifa:setFilters") return null;
  const filters = parseFilters(data.filters ?? {});
  if (!filters) return null;
  const command: SetFiltersCommand = { type: "tifa:setFilters", filters };
  if (data.view !== undefined) {
    if (!(VIEWS as readonly unknown[]).includes(data.view)) return null;
    command.view = data.view as View;
  }
  if (data.lang !== undefined) {
    if (data.lang !== "zh" && data.lang !== "en") return null;
    command.lang = data.lang;
  }
  if (data.theme !== undefined) {
    if (data.theme !== "light" && data.theme !== "dark") return null;
    command.theme = data.theme;
  }
  return command;
}
