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
const REVISION = "mf3k2a-8d1x0q2z";

test("the stored counts and months are read back as they were written", () => {
  expect(parseFirstDrawValue(firstDrawValue(REVISION, rows, months), REVISION)).toEqual({
    meetingsByProvince: rows,
    meetingsByMonth: months,
  });
  expect(parseFirstDrawValue(firstDrawValue(REVISION, [], empty), REVISION)).toEqual({
    meetingsByProvince: [],
    meetingsByMonth: empty,
  });
  // A database written before revisions has none, and so have its counts.
  expect(parseFirstDrawValue(firstDrawValue(null, rows, months), null)?.meetingsByProvince).toEqual(rows);
});

test("counts of another revision than the database's are not used: a change came after them", () => {
  expect(parseFirstDrawValue(firstDrawValue(REVISION, rows, months), "mf3k2b-0a9s7d1c")).toBeNull();
  expect(parseFirstDrawValue(firstDrawValue(REVISION, rows, months), null)).toBeNull();
  expect(parseFirstDrawValue(firstDrawValue(null, rows, months), REVISION)).toBeNull();
  // Counts stored before they carried a revision.
  expect(
    parseFirstDrawValue(JSON.stringify({ stamp: FIRST_DRAW_STAMP, meetingsByProvince: rows }), REVISION),
  ).toBeNull();
});

test("counts of another parser or derivation version, or not well formed, are not used", () => {
  const stored = (value: object) => parseFirstDrawValue(JSON.stringify({ revision: REVISION, ...value }), REVISION);
  expect(stored({ stamp: "2020.01.01-1/1", meetingsByProvince: rows })).toBeNull();
  expect(stored({ stamp: FIRST_DRAW_STAMP, meetingsByProvince: [{ province: "江苏" }] })).toBeNull();
  expect(stored({ stamp: FIRST_DRAW_STAMP })).toBeNull();
  expect(stored({ stamp: FIRST_DRAW_STAMP, meetingsByProvince: rows })).not.toBeNull();
  expect(parseFirstDrawValue("{not json", REVISION)).toBeNull();
  expect(parseFirstDrawValue(undefined, REVISION)).toBeNull();
});

test("counts stored without months, or with months not well formed, draw the map but not the timeline", () => {
  const stored = (meetingsByMonth: unknown) =>
    parseFirstDrawValue(
      JSON.stringify({ stamp: FIRST_DRAW_STAMP, revision: REVISION, meetingsByProvince: rows, meetingsByMonth }),
      REVISION,
    );
  expect(stored(undefined)).toEqual({ meetingsByProvince: rows, meetingsByMonth: null });
  // A series one month short, a count that is not a number, a month that is not text, no undated count.
  expect(stored({ ...months, series: [{ key: "江苏", counts: [1] }] })?.meetingsByMonth).toBeNull();
  expect(stored({ ...months, series: [{ key: "江苏", counts: [1, "1"] }] })?.meetingsByMonth).toBeNull();
  expect(stored({ ...months, months: ["2024-04", 5] })?.meetingsByMonth).toBeNull();
  expect(stored({ months: months.months, series: months.series })?.meetingsByMonth).toBeNull();
  expect(stored({ ...months, series: [null] })?.meetingsByMonth).toBeNull();
});
