/**
 * The global filters, defined once. The `Filters` type, the URL keys, the embed command's
 * validation and the empty state are all derived from `FILTER_FIELDS`: a new filterable field
 * is one line here, one matcher in `analytics/apply-filters.ts`, and its control and label.
 */

/** A list narrows to rows with any of its values; a bound is an inclusive date limit. */
type FilterField = { kind: "list"; urlKey: string } | { kind: "bound"; urlKey: string };

export const FILTER_FIELDS = {
  from: { kind: "bound", urlKey: "from" },
  to: { kind: "bound", urlKey: "to" },
  provinces: { kind: "list", urlKey: "province" },
  meetingTypes: { kind: "list", urlKey: "type" },
  /** Person ids. */
  people: { kind: "list", urlKey: "person" },
  phrases: { kind: "list", urlKey: "phrase" },
  /** "undated": reports a chart could not place on a timeline (no date, or no year); the link behind "N left out". */
  dating: { kind: "list", urlKey: "dating" },
} as const satisfies Record<string, FilterField>;

type Fields = typeof FILTER_FIELDS;
export type FilterKey = keyof Fields;
export type ListFilterKey = { [K in FilterKey]: Fields[K]["kind"] extends "list" ? K : never }[FilterKey];
export type BoundFilterKey = Exclude<FilterKey, ListFilterKey>;

/** Empty lists and null bounds mean "no restriction". Bounds are "YYYY-MM" or "YYYY-MM-DD". */
export type Filters = { [K in ListFilterKey]: string[] } & { [K in BoundFilterKey]: string | null };

const keysOfKind = <K extends FilterKey>(kind: FilterField["kind"]) =>
  (Object.keys(FILTER_FIELDS) as FilterKey[]).filter((k) => FILTER_FIELDS[k].kind === kind) as K[];

export const FILTER_KEYS = Object.keys(FILTER_FIELDS) as FilterKey[];
export const LIST_FILTER_KEYS = keysOfKind<ListFilterKey>("list");
export const BOUND_FILTER_KEYS = keysOfKind<BoundFilterKey>("bound");

function emptyFilters(): Filters {
  const filters = {} as Record<FilterKey, string[] | null>;
  for (const key of FILTER_KEYS) filters[key] = FILTER_FIELDS[key].kind === "list" ? [] : null;
  return filters as Filters;
}

export const NO_FILTERS: Filters = Object.freeze(emptyFilters());

/** Whether any filter narrows the data (an empty view then says so, and offers to clear them). */
export function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => {
    const value = filters[key];
    return Array.isArray(value) ? value.length > 0 : value !== null;
  });
}

/** "YYYY-MM" or "YYYY-MM-DD" with a real month and day. */
export const ISO_DATE_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Filters from URL parameters; lists may repeat a key or separate values by commas. Invalid bounds are dropped. */
export function filtersFromParams(params: URLSearchParams): Filters {
  const filters: Filters = { ...NO_FILTERS };
  for (const key of LIST_FILTER_KEYS) {
    const values = params.getAll(FILTER_FIELDS[key].urlKey).flatMap((v) => v.split(","));
    filters[key] = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  }
  for (const key of BOUND_FILTER_KEYS) {
    const value = params.get(FILTER_FIELDS[key].urlKey)?.trim();
    filters[key] = value && ISO_DATE_OR_MONTH.test(value) ? value : null;
  }
  return filters;
}

/** Appends the filters that restrict anything, in the schema's order. */
export function appendFilterParams(filters: Filters, params: URLSearchParams): void {
  for (const key of FILTER_KEYS) {
    const urlKey = FILTER_FIELDS[key].urlKey;
    const value = filters[key];
    if (Array.isArray(value)) for (const v of value) params.append(urlKey, v);
    else if (value) params.set(urlKey, value);
  }
}

const MAX_LIST = 200;
const MAX_VALUE = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_LIST) return null;
  if (!value.every((v) => typeof v === "string" && v.length > 0 && v.length <= MAX_VALUE)) return null;
  return [...new Set(value as string[])];
}

const isFilterKey = (key: string): key is FilterKey => Object.prototype.hasOwnProperty.call(FILTER_FIELDS, key);

/**
 * A patch of filters sent from outside (an embedding page): every key must be a filter, every
 * list a list of short strings, every bound a date or null. Anything else: null, the whole patch refused.
 */
export function parseFilterPatch(value: unknown): Partial<Filters> | null {
  if (!isRecord(value)) return null;
  const patch: Partial<Filters> = {};
  for (const key of Object.keys(value)) {
    if (!isFilterKey(key)) return null;
    const raw = value[key];
    if (FILTER_FIELDS[key].kind === "list") {
      const list = stringList(raw);
      if (!list) return null;
      patch[key as ListFilterKey] = list;
    } else {
      if (raw !== null && !(typeof raw === "string" && ISO_DATE_OR_MONTH.test(raw))) return null;
      patch[key as BoundFilterKey] = raw;
    }
  }
  return patch;
}
