import { expect, test } from "vitest";
import { monthTable } from "../../src/components/month-pivot";

const months = ["2023-12", "2024-01", "2024-02"];
const series = [
  { key: "江苏", counts: [1, 0, 2] },
  // A series shorter than the axis counts 0 for the months it lacks.
  { key: "山东", counts: [0, 3] },
];

test("series over a month axis become one row per month, with every series' count by key", () => {
  const { rows } = monthTable(months, series, (key) => ({ zh: key, en: key }));
  expect(rows).toEqual([
    {
      month: "2023-12",
      counts: new Map([
        ["江苏", 1],
        ["山东", 0],
      ]),
    },
    {
      month: "2024-01",
      counts: new Map([
        ["江苏", 0],
        ["山东", 3],
      ]),
    },
    {
      month: "2024-02",
      counts: new Map([
        ["江苏", 2],
        ["山东", 0],
      ]),
    },
  ]);
});

test("the columns are the month, then one numeric column per series in the series' order", () => {
  const { rows, columns } = monthTable(months, series, (key) => ({ zh: key, en: `EN ${key}` }));
  expect(columns.map((c) => [c.label, c.numeric ?? false])).toEqual([
    [{ zh: "月份", en: "Month" }, false],
    [{ zh: "江苏", en: "EN 江苏" }, true],
    [{ zh: "山东", en: "EN 山东" }, true],
  ]);
  expect(rows.map((r) => columns.map((c) => c.value(r)))).toEqual([
    ["2023-12", 1, 0],
    ["2024-01", 0, 3],
    ["2024-02", 2, 0],
  ]);
});

test("no months and no series: no rows, and only the month column", () => {
  const { rows, columns } = monthTable([], [], (key) => ({ zh: key, en: key }));
  expect(rows).toEqual([]);
  expect(columns.map((c) => c.label.en)).toEqual(["Month"]);
});
