import { expect, test } from "vitest";
import { parseCommand } from "../../../src/app/embed/messages";

test("a well-formed setFilters command is accepted as given", () => {
  expect(
    parseCommand({
      type: "tifa:setFilters",
      filters: { provinces: ["山东", "山东"], from: "2024-01", to: null },
      view: "network",
      lang: "en",
    }),
  ).toEqual({
    type: "tifa:setFilters",
    filters: { provinces: ["山东"], from: "2024-01", to: null },
    view: "network",
    lang: "en",
  });
});

test("filters may be omitted to change only the view", () => {
  expect(parseCommand({ type: "tifa:setFilters", view: "phrases" })).toEqual({
    type: "tifa:setFilters",
    filters: {},
    view: "phrases",
  });
});

test.each([
  ["not an object", "tifa:setFilters"],
  ["another type", { type: "tifa:other", filters: {} }],
  ["provinces not a list", { type: "tifa:setFilters", filters: { provinces: "山东" } }],
  ["a number in a list", { type: "tifa:setFilters", filters: { phrases: [1] } }],
  ["an unknown filter key", { type: "tifa:setFilters", filters: { provinces: [], sql: "drop" } }],
  ["a malformed date", { type: "tifa:setFilters", filters: { from: "last year" } }],
  ["an unknown view", { type: "tifa:setFilters", filters: {}, view: "admin" }],
  ["an unknown language", { type: "tifa:setFilters", filters: {}, lang: "fr" }],
  [
    "an oversized list",
    { type: "tifa:setFilters", filters: { people: Array.from({ length: 500 }, (_, i) => `p${i}`) } },
  ],
  ["null", null],
  ["an unknown top-level key", { type: "tifa:setFilters", filters: {}, extra: 1 }],
  ["a __proto__ key", JSON.parse('{"type":"tifa:setFilters","filters":{},"__proto__":{"x":1}}')],
  ["a __proto__ filter", { type: "tifa:setFilters", filters: JSON.parse('{"__proto__":["x"]}') }],
])("%s is ignored", (_label, data) => {
  expect(parseCommand(data)).toBeNull();
});
