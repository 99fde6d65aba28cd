import { expect, test } from "vitest";
import { decodeRows, encodeRows, type ColumnSpec } from "../../src/db/columns";

interface Row {
  id: string;
  place: string | null;
  note: string | null;
  tags: string[];
  start: number;
  present: boolean;
  corrected?: true;
}

const spec: ColumnSpec<Row> = {
  id: "string",
  place: "string",
  note: "text",
  tags: "strings",
  start: "int",
  present: "bool",
  corrected: "flag",
};

const rows: Row[] = [
  { id: "a", place: "江苏", note: "会议强调", tags: ["省长", "书记"], start: 0, present: true },
  { id: "b", place: null, note: null, tags: [], start: 412, present: false, corrected: true },
  { id: "c", place: "江苏", note: "", tags: ["书记"], start: -1, present: true },
];

test("rows come back field for field, an unset flag left out", () => {
  const decoded = decodeRows(encodeRows(rows, spec), spec);
  expect(decoded).toEqual(rows);
  expect("corrected" in decoded[0]!).toBe(false);
  expect(decoded[1]!.corrected).toBe(true);
});

test("a repeated string is stored once, and the codes say which", () => {
  const table = encodeRows(rows, spec);
  const place = table.columns.place!;
  expect(place.kind === "string" && place.table).toEqual([null, "江苏"]);
  expect(place.kind === "string" && [...place.codes]).toEqual([1, 0, 1]);
  const tags = table.columns.tags!;
  expect(tags.kind === "strings" && [...tags.offsets]).toEqual([0, 2, 2, 3]);
  expect(tags.kind === "strings" && tags.table).toEqual([null, "省长", "书记"]);
});

test("no rows make an empty table that decodes to no rows", () => {
  expect(decodeRows(encodeRows([], spec), spec)).toEqual([]);
});

test("a table that does not match the spec is refused", () => {
  const table = encodeRows(rows, spec);
  const withoutPlace = Object.fromEntries(Object.entries(table.columns).filter(([field]) => field !== "place"));
  expect(() => decodeRows({ ...table, columns: withoutPlace }, spec)).toThrow("column place does not match");
  expect(() => decodeRows({ ...table, length: 4 }, spec)).toThrow("does not match");
  expect(() => decodeRows(table, { ...spec, start: "bool" })).toThrow("column start does not match");
});
