import { expect, test } from "vitest";
import { selectionsBetween } from "../../../src/app/embed/selection-diff";
import { DEFAULT_STATE } from "../../../src/lib/url-state";

const withProvinces = (provinces: string[]) => ({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, provinces } });

test("a province added or removed is a selection", () => {
  expect(selectionsBetween(withProvinces(["江苏"]), withProvinces(["江苏", "山东"]))).toEqual([
    { kind: "province", value: "山东", selected: true },
  ]);
  expect(selectionsBetween(withProvinces(["江苏"]), withProvinces([]))).toEqual([
    { kind: "province", value: "江苏", selected: false },
  ]);
});

test("focusing a person or a phrase is a selection; clearing it is not", () => {
  expect(selectionsBetween(DEFAULT_STATE, { ...DEFAULT_STATE, focusPerson: "p1", focusPhrase: "两个确立" })).toEqual([
    { kind: "person", value: "p1" },
    { kind: "phrase", value: "两个确立" },
  ]);
  expect(selectionsBetween({ ...DEFAULT_STATE, focusPerson: "p1" }, DEFAULT_STATE)).toEqual([]);
});
