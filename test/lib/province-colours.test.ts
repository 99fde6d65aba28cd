import { expect, test } from "vitest";
import { NO_PROVINCE_COLOUR, provinceColour } from "../../src/lib/province-colours";
import { PROVINCES } from "../../src/model/province";

test("every province has its own colour, fixed, and anything else is grey", () => {
  const colours = PROVINCES.map(provinceColour);
  expect(new Set(colours).size).toBe(34);
  expect(colours).not.toContain(NO_PROVINCE_COLOUR);
  expect(provinceColour("江苏")).toBe("#377eb8");
  expect(provinceColour("山东")).toBe("#66a61e");
  expect(provinceColour(null)).toBe(NO_PROVINCE_COLOUR);
  expect(provinceColour("中央")).toBe(NO_PROVINCE_COLOUR);
  expect(provinceColour("__proto__")).toBe(NO_PROVINCE_COLOUR);
});
