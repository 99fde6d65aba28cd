/**
 * The URL is the source of truth for what the dashboard shows: view, filters, selection,
 * language, theme and embed mode. Pure parse/serialize so links share the exact state.
 */
import { appendFilterParams, filtersFromParams, NO_FILTERS, type Filters } from "../model/filters";
import { NETWORK_OPENS_WITH } from "../model/network-view";

export { ISO_DATE_OR_MONTH } from "../model/filters";

export const VIEWS = ["provinces", "network", "phrases", "articles", "data", "person", "compare"] as const;
export type View = (typeof VIEWS)[number];
export type Lang = "zh" | "en";
export type Theme = "light" | "dark";

export interface ViewState {
  view: View;
  filters: Filters;
  /** null: not given in the URL (the remembered or browser language applies). */
  lang: Lang | null;
  /** null: follow the system. */
  theme: Theme | null;
  embed: boolean;
  /** Person id shown in the network's side panel. */
  focusPerson: string | null;
  /** Network: the link (two person ids) whose meetings and sentences are open beside the graph. */
  focusLink: [string, string] | null;
  /** Phrase shown in the phrase view's detail (trend, spread, sentences). */
  focusPhrase: string | null;
  /** Article id open in the reader. */
  article: string | null;
  /** Person page: whose (`id`), and how far their network reaches (`depth`, 1 or 2). */
  person: string | null;
  depth: 1 | 2;
  /** Compare view: the two provinces (`a`, `b`). */
  compareA: string | null;
  compareB: string | null;
  /** Network: include people who are only mentioned (提及). */
  mentioned: boolean;
  /** Free-text search in the article list and person search. */
  q: string;
  /** Origins allowed to command an embedded dashboard (`tifa:setFilters`). */
  allowOrigins: string[];
  /** A prebuilt corpus to open (`corpus=`, an address): its documents are imported, those held already skipped. */
  corpus: string | null;
}

export const DEFAULT_STATE: ViewState = {
  view: "provinces",
  filters: NO_FILTERS,
  lang: null,
  theme: null,
  embed: false,
  focusPerson: null,
  focusLink: null,
  focusPhrase: null,
  article: null,
  person: null,
  depth: 1,
  compareA: null,
  compareB: null,
  mentioned: NETWORK_OPENS_WITH.includeMentioned,
  q: "",
  allowOrigins: [],
  corpus: null,
};

function list(params: URLSearchParams, key: string): string[] {
  const values = params.getAll(key).flatMap((v) => v.split(","));
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function one(params: URLSearchParams, key: string): string | null {
  const v = params.get(key)?.trim();
  return v ? v : null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Two different values, or nothing. */
function pair(values: string[]): [string, string] | null {
  const [a, b] = values;
  return values.length === 2 && a !== undefined && b !== undefined ? [a, b] : null;
}

export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  return {
    view: oneOf(one(p, "view"), VIEWS) ?? DEFAULT_STATE.view,
    filters: filtersFromParams(p),
    lang: oneOf(one(p, "lang"), ["zh", "en"] as const),
    theme: oneOf(one(p, "theme"), ["light", "dark"] as const),
    embed: p.get("embed") === "1",
    focusPerson: one(p, "focusPerson"),
    focusLink: pair(list(p, "link")),
    focusPhrase: one(p, "focusPhrase"),
    article: one(p, "article"),
    person: one(p, "id"),
    depth: p.get("depth") === "2" ? 2 : 1,
    compareA: one(p, "a"),
    compareB: one(p, "b"),
    mentioned: p.get("mentioned") === "1",
    q: p.get("q") ?? "",
    allowOrigins: list(p, "allowOrigin"),
    corpus: one(p, "corpus"),
  };
}

/** Serializes only what differs from the defaults, in a stable order. */
export function serializeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.embed) p.set("embed", "1");
  if (state.view !== DEFAULT_STATE.view) p.set("view", state.view);
  appendFilterParams(state.filters, p);
  if (state.focusPerson) p.set("focusPerson", state.focusPerson);
  if (state.focusLink) p.set("link", state.focusLink.join(","));
  if (state.focusPhrase) p.set("focusPhrase", state.focusPhrase);
  if (state.article) p.set("article", state.article);
  if (state.person) p.set("id", state.person);
  if (state.depth !== DEFAULT_STATE.depth) p.set("depth", String(state.depth));
  if (state.compareA) p.set("a", state.compareA);
  if (state.compareB) p.set("b", state.compareB);
  if (state.mentioned) p.set("mentioned", "1");
  if (state.q) p.set("q", state.q);
  if (state.lang) p.set("lang", state.lang);
  if (state.theme) p.set("theme", state.theme);
  for (const v of state.allowOrigins) p.append("allowOrigin", v);
  if (state.corpus) p.set("corpus", state.corpus);
  const s = p.toString();
  return s ? `?${s}` : "";
}
