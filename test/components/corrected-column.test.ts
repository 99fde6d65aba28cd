import { expect, test } from "vitest";
import { withCorrectedColumn } from "../../src/components/corrected-column";
import { tableCsv } from "../../src/components/csv";
import type { Column } from "../../src/components/data-table";

type Row = { province: string; meetings: number; corrected?: number | true };
const columns: Column<Row>[] = [
  { label: { zh: "省份", en: "Province" }, value: (r) => r.province },
  { label: { zh: "会议", en: "Meetings" }, value: (r) => r.meetings, numeric: true },
];

test("a table without corrected rows keeps its columns", () => {
  expect(withCorrectedColumn(columns, [{ province: "江苏", meetings: 2 }])).toBe(columns);
});

test("with corrected rows the CSV ends with a Corrected column: a count, 1 for a corrected record, 0 for the parser's", () => {
  const rows: Row[] = [
    { province: "江苏", meetings: 2, corrected: 2 },
    { province: "山东", meetings: 1 },
    { province: "河南", meetings: 1, corrected: true },
  ];
  expect(tableCsv(columns, rows, "en")).toBe(
    "\ufeffProvince,Meetings,Corrected\r\n江苏,2,2\r\n山东,1,0\r\n河南,1,1\r\n",
  );
  expect(tableCsv(columns, rows, "zh").split("\r\n")[0]).toBe("\ufeff省份,会议,已更正");
});
