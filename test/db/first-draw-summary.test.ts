import { expect, test } from "vitest";
import { FIRST_DRAW_STAMP, firstDrawValue, parseFirstDrawValue } from "../../src/db/first-draw-summary";

const rows = [
  { province: "江苏", meetings: 2, articles: 2 },
  { province: "山东", meetings: 1, articles: 3 },
];

test("the stored counts are read back as they were written", () => {
  expect(parseFirstDrawValue(firstDrawValue(rows))).toEqual(rows);
  expect(parseFirstDrawValue(firstDrawValue([]))).toEqual([]);
});

test("counts of another parser or derivation version, or not well formed, are not used", () => {
  expect(parseFirstDrawValue(JSON.stringify({ stamp: "2020.01.01-1/1", meetingsByProvince: rows }))).toBeNull();
  expect(
    parseFirstDrawValue(JSON.stringify({ stamp: FIRST_DRAW_STAMP, meetingsByProvince: [{ province: "江苏" }] })),
  ).toBeNull();
  expect(parseFirstDrawValue(JSON.stringify({ stamp: FIRST_DRAW_STAMP }))).toBeNull();
  expect(parseFirstDrawValue("{not json")).toBeNull();
  expect(parseFirstDrawValue(undefined)).toBeNull();
});
