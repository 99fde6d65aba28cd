import { expect, test } from "vitest";
import { FIRST_DRAW_STAMP, firstDrawValue, parseFirstDrawValue } from "../../src/db/first-draw-summary";

const rows = [
  { province: "江苏", meetings: 2, articles: 2 },
  { province: "山东", meetings: 1, articles: 3 },
];
const months = {
  months: ["2024-04", "2024-05"],
  series: [
    { key: "江苏", counts: [1, 1] },
    { key: "山东", counts: [0, 1] },
  ],
  undated: 1,
};
const empty = { months: [], series: [], undated: 0 };

test("the stored counts and months are read back as they were written", () => {
  expect(parseFirstDrawValue(firstDrawValue(rows, months))).toEqual({
    meetingsByProvince: rows,
    meetingsByMonth: months,
  });
  expect(parseFirstDrawValue(firstDrawValue([], empty))).toEqual({ meetingsByProvince: [], meetingsByMonth: empty });
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

test("counts stored without months, or with months not well formed, draw the map but not the timeline", () => {
  const stored = (meetingsByMonth: unknown) =>
    parseFirstDrawValue(JSON.stringify({ stamp: FIRST_DRAW_STAMP, meetingsByProvince: rows, meetingsByMonth }));
  expect(stored(undefined)).toEqual({ meetingsByProvince: rows, meetingsByMonth: null });
  // A series one month short, a count that is not a number, a month that is not text, no undated count.
  expect(stored({ ...months, series: [{ key: "江苏", counts: [1] }] })?.meetingsByMonth).toBeNull();
  expect(stored({ ...months, series: [{ key: "江苏", counts: [1, "1"] }] })?.meetingsByMonth).toBeNull();
  expect(stored({ ...months, months: ["2024-04", 5] })?.meetingsByMonth).toBeNull();
  expect(stored({ months: months.months, series: months.series })?.meetingsByMonth).toBeNull();
  expect(stored({ ...months, series: [null] })?.meetingsByMonth).toBeNull();
});
