import { expect, test } from "vitest";
import { tableCsv } from "../../src/components/csv";
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

test("series keyed by imported text, 'month' among them, keep the Month column and each their own count", () => {
  const keys = ["month", "__proto__", "hasOwnProperty", "constructor", "{b}{c}", "<img src=x onerror=alert(1)>"];
  const table = monthTable(
    ["2024-01", "2024-02"],
    keys.map((key, i) => ({ key, counts: [i, 10 + i] })),
    (key) => ({ zh: key, en: key }),
  );
  expect(table.rows.map((r) => table.columns.map((c) => c.value(r)))).toEqual([
    ["2024-01", 0, 1, 2, 3, 4, 5],
    ["2024-02", 10, 11, 12, 13, 14, 15],
  ]);
  expect(tableCsv(table.columns, table.rows, "en")).toBe(
    "\ufeffMonth,month,__proto__,hasOwnProperty,constructor,{b}{c},<img src=x onerror=alert(1)>\r\n" +
      "2024-01,0,1,2,3,4,5\r\n" +
      "2024-02,10,11,12,13,14,15\r\n",
  );
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("month");
});
