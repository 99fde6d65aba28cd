/**
 * The postMessage protocol between an embedded dashboard and its host page.
 * Incoming messages are validated field by field; anything else is ignored.
 */
import { VIEWS, type Lang, type Theme, type View } from "../../lib/url-state";
import { parseFilterPatch, type Filters } from "../../model/filters";

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const COMMAND_KEYS = new Set(["type", "filters", "view", "lang", "theme"]);

/** A valid `tifa:setFilters` command, or null for anything else (which is then ignored). */
export function parseCommand(data: unknown): SetFiltersCommand | null {
  if (!isRecord(data) || data.type !== "tifa:setFilters") return null;
  if (!Object.keys(data).every((k) => COMMAND_KEYS.has(k))) return null;
  const filters = parseFilterPatch(data.filters ?? {});
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
