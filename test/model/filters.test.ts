import { expect, test } from "vitest";
import {
  appendFilterParams,
  FILTER_KEYS,
  filtersFromParams,
  hasFilters,
  NO_FILTERS,
  parseFilterPatch,
  type Filters,
} from "../../src/model/filters";

test("the empty filters restrict nothing, one entry per field of the schema", () => {
  expect(NO_FILTERS).toEqual({
    from: null,
    to: null,
    provinces: [],
    meetingTypes: [],
    people: [],
    phrases: [],
    dating: [],
  });
  expect(Object.keys(NO_FILTERS).sort()).toEqual([...FILTER_KEYS].sort());
});

test("URL parameters use the schema's keys, and round-trip", () => {
  const filters: Filters = {
    from: "2024-01",
    to: "2024-06-30",
    provinces: ["山东", "江苏"],
    meetingTypes: ["座谈会"],
    people: ["江苏:谢晓军"],
    phrases: ["两个确立"],
    dating: ["undated"],
  };
  const params = new URLSearchParams();
  appendFilterParams(filters, params);
  expect(params.toString()).toBe(
    new URLSearchParams([
      ["from", "2024-01"],
      ["to", "2024-06-30"],
      ["province", "山东"],
      ["province", "江苏"],
      ["type", "座谈会"],
      ["person", "江苏:谢晓军"],
      ["phrase", "两个确立"],
      ["dating", "undated"],
    ]).toString(),
  );
  expect(filtersFromParams(params)).toEqual(filters);
});

test("lists split on commas and drop repeats; malformed bounds are dropped", () => {
  expect(filtersFromParams(new URLSearchParams("province=山东,江苏&province=山东&from=2024-13&to=soon"))).toEqual({
    ...NO_FILTERS,
    provinces: ["山东", "江苏"],
  });
});

test("a patch from outside is checked field by field against the schema", () => {
  expect(parseFilterPatch({ phrases: ["两个确立"], to: null })).toEqual({ phrases: ["两个确立"], to: null });
  expect(parseFilterPatch({ toString: ["x"] })).toBeNull();
  expect(parseFilterPatch({ constructor: ["x"] })).toBeNull();
  expect(parseFilterPatch({ from: 2024 })).toBeNull();
  expect(parseFilterPatch([])).toBeNull();
});

test("filters narrow when a list has a value or a bound is set", () => {
  expect(hasFilters(NO_FILTERS)).toBe(false);
  expect(hasFilters({ ...NO_FILTERS, provinces: ["山东"] })).toBe(true);
  expect(hasFilters({ ...NO_FILTERS, to: "2024-03" })).toBe(true);
  expect(hasFilters({ ...NO_FILTERS, people: [] })).toBe(false);
});
