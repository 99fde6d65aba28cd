/**
 * Rows ↔ columns: a table of many small objects as a few large values (typed arrays and string
 * tables) that IndexedDB writes and reads in one request each, and that structured cloning
 * copies quickly. Strings are stored once each in a table, and rows hold their codes.
 */

/** How one field is stored. `flag` is an optional `true` (absent when false), as `corrected?: true`. */
export type ColumnKind = "string" | "text" | "strings" | "int" | "bool" | "flag";

/** The kind of every field of a row type, so encoding and decoding agree field by field. */
export type ColumnSpec<Row> = { readonly [K in keyof Required<Row>]: ColumnKind };

type StringCodes = { codes: Uint32Array; table: (string | null)[] };

export type Column =
  | { kind: "string"; codes: Uint32Array; table: (string | null)[] }
  | { kind: "text"; values: (string | null)[] }
  | { kind: "strings"; offsets: Uint32Array; codes: Uint32Array; table: (string | null)[] }
  | { kind: "int"; values: Int32Array }
  | { kind: "bool"; values: Uint8Array }
  | { kind: "flag"; values: Uint8Array };

export interface ColumnTable {
  length: number;
  columns: Record<string, Column>;
}

/** Codes for strings, the first seen first; code 0 is null. */
function stringCodes(values: Iterable<string | null>, length: number): StringCodes {
  const codes = new Uint32Array(length);
  const table: (string | null)[] = [null];
  const codeOf = new Map<string, number>();
  let i = 0;
  for (const value of values) {
    if (value !== null) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = table.length;
        codeOf.set(value, code);
        table.push(value);
      }
      codes[i] = code;
    }
    i++;
  }
  return { codes, table };
}

function* flatten(lists: readonly (readonly string[])[]): Generator<string> {
  for (const list of lists) yield* list;
}

function encodeColumn(kind: ColumnKind, values: readonly unknown[]): Column {
  switch (kind) {
    case "string":
      return { kind, ...stringCodes(values as (string | null)[], values.length) };
    case "text":
      return { kind, values: values as (string | null)[] };
    case "strings": {
      const lists = values as (readonly string[])[];
      const offsets = new Uint32Array(lists.length + 1);
      lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
      return { kind, offsets, ...stringCodes(flatten(lists), offsets[lists.length]!) };
    }
    case "int":
      return { kind, values: Int32Array.from(values as number[]) };
    case "bool":
    case "flag":
      return { kind, values: Uint8Array.from(values, (v) => (v === true ? 1 : 0)) };
  }
}

export function encodeRows<Row extends object>(rows: readonly Row[], spec: ColumnSpec<Row>): ColumnTable {
  const columns: Record<string, Column> = {};
  for (const [field, kind] of Object.entries(spec) as [keyof Row & string, ColumnKind][]) {
    columns[field] = encodeColumn(
      kind,
      rows.map((row) => row[field] ?? null),
    );
  }
  return { length: rows.length, columns };
}

/** A column's values, one per row; undefined for a flag that is not set (the field is then left out). */
function valuesOf(column: Column, length: number): unknown[] {
  const values = new Array<unknown>(length);
  switch (column.kind) {
    case "string":
      for (let i = 0; i < length; i++) values[i] = column.table[column.codes[i]!];
      return values;
    case "text":
      return column.values;
    case "strings":
      for (let i = 0; i < length; i++) {
        const list: (string | null)[] = [];
        for (let at = column.offsets[i]!; at < column.offsets[i + 1]!; at++)
          list.push(column.table[column.codes[at]!]!);
        values[i] = list;
      }
      return values;
    case "int":
      for (let i = 0; i < length; i++) values[i] = column.values[i];
      return values;
    case "bool":
      for (let i = 0; i < length; i++) values[i] = column.values[i] === 1;
      return values;
    case "flag":
      for (let i = 0; i < length; i++) values[i] = column.values[i] === 1 ? true : undefined;
      return values;
  }
}

function lengthOf(column: Column): number {
  switch (column.kind) {
    case "string":
      return column.codes.length;
    case "strings":
      return column.offsets.length - 1;
    default:
      return column.values.length;
  }
}

/**
 * The rows again, field for field as they were encoded. Throws when the table does not match the
 * spec (a field missing, of another kind, or of another length): a stored table that fails this
 * is rebuilt from the documents.
 */
export function decodeRows<Row extends object>(table: ColumnTable, spec: ColumnSpec<Row>): Row[] {
  const fields = Object.entries(spec) as [string, ColumnKind][];
  const columns = fields.map(([field, kind]) => {
    const column = table.columns[field];
    if (!column || column.kind !== kind || lengthOf(column) !== table.length)
      throw new Error(`column ${field} does not match`);
    return [field, column] as const;
  });
  const fieldNames = columns.map(([field]) => field);
  const values = columns.map(([, column]) => valuesOf(column, table.length));
  const rows: Row[] = new Array<Row>(table.length);
  for (let i = 0; i < table.length; i++) {
    const row: Record<string, unknown> = {};
    for (let f = 0; f < fieldNames.length; f++) {
      const value = values[f]![i];
      if (value !== undefined) row[fieldNames[f]!] = value;
    }
    rows[i] = row as Row;
  }
  return rows;
}
