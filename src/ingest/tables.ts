/**
 * Data files other than JSON and SQL that hold one news record a row or an element: CSV and TSV
 * exports (a header row, then a record a row), JSON Lines (an object a line) and XML exports of
 * a site's articles (`<articles><article><title>…`). Each is read into the same shape as a JSON
 * document, whose array of records `newsRecords` then finds.
 */
import Papa from "papaparse";
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";
import { DATE_KEYS, INDEX_KEYS, TEXT_KEYS, TITLE_KEYS } from "./lexicon/records";
import type { Json, JsonRecord } from "./records";

const CSV_FILE = /\.(?:csv|tsv)$/i;
const XML_FILE = /\.xml$/i;
const XML_DECLARATION = /^\s*<\?xml[\s?]/;
/** A header's cell is a key: short, one line, no sentence. */
const HEADER_CELL = /^[^\n。，,;；]{1,24}$/;

function headerKey(cell: string): string {
  return cell.replace(/^\uFEFF/, "").trim();
}

/** Whether a row is a header naming a record's fields: a text or headline key, and another known key (a date's, a row number's). */
function isHeader(row: readonly string[]): boolean {
  const keys = row.map(headerKey);
  if (keys.length < 2 || !keys.every((k) => HEADER_CELL.test(k))) return false;
  const known = keys.filter(
    (k) => TEXT_KEYS.test(k) || TITLE_KEYS.test(k) || DATE_KEYS.test(k) || INDEX_KEYS.test(k),
  ).length;
  return known >= 2 && keys.some((k) => TEXT_KEYS.test(k) || TITLE_KEYS.test(k));
}

/**
 * The rows of a CSV or TSV export as records, or null when the text is none: a file named .csv or
 * .tsv, or any text whose first line is a header of known keys (标题,正文,发布时间). Without a
 * header, a .csv file's columns are numbered and its records' fields are guessed.
 */
export function csvRecords(text: string, fileName: string): JsonRecord[] | null {
  const named = CSV_FILE.test(fileName);
  // A text is read whole only when its first line is a header: most texts are reports.
  if (!named) {
    const lineEnd = text.indexOf("\n");
    const firstLine = lineEnd < 0 ? text : text.slice(0, lineEnd);
    if (!firstLine.includes(",") && !firstLine.includes("\t")) return null;
    const head = Papa.parse<string[]>(firstLine).data[0];
    if (!head || !isHeader(head)) return null;
  }
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const header = rows[0];
  if (!header) return null;
  const hasHeader = isHeader(header);
  if (!hasHeader && !named) return null;
  const keys = hasHeader ? header.map(headerKey) : header.map((_, i) => `column${i + 1}`);
  const records = rows.slice(hasHeader ? 1 : 0).map((row) => {
    const record: JsonRecord = {};
    row.forEach((value, i) => (record[keys[i] ?? `column${i + 1}`] = value));
    return record;
  });
  return records.length ? records : null;
}

/** The objects of a JSON Lines file (one object a line, two at least), or null when it is not one. */
export function jsonLines(text: string): JsonRecord[] | null {
  const lines = text.split("\n").filter((line) => line.trim());
  if (lines.length < 2 || !lines.every((line) => line.trimStart().startsWith("{"))) return null;
  const records: JsonRecord[] = [];
  for (const line of lines) {
    try {
      const value = JSON.parse(line) as Json;
      if (typeof value === "object" && value !== null && !Array.isArray(value)) records.push(value);
      else return null;
    } catch {
      return null;
    }
  }
  return records;
}

function isElement(node: ChildNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

function textOf(node: ChildNode): string {
  if (node.type === "text") return node.data;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/** An element as JSON: its text when it holds no elements; else its attributes and its children by tag, repeated ones in an array. */
function elementJson(element: Element): Json {
  const children = element.children.filter(isElement);
  if (!children.length) return textOf(element);
  const byTag = new Map<string, Json[]>();
  for (const child of children) byTag.set(child.name, [...(byTag.get(child.name) ?? []), elementJson(child)]);
  const value: JsonRecord = { ...element.attribs };
  for (const [tag, values] of byTag) value[tag] = values.length > 1 ? values : values[0]!;
  return value;
}

/** An XML export (a declaration first, or a file named .xml) as JSON, or null when the text is none. */
export function xmlDocument(text: string, fileName: string): Json | null {
  if (XML_DECLARATION.test(text) || XML_FILE.test(fileName)) {
    const root = parseDocument(text, { xmlMode: true }).children.find(isElement);
    return root ? elementJson(root) : null;
  }
  return xmlRecordSlice(text);
}

/** A text that opens with an element and has a record's title and text elements; a page has neither. */
const OPENS_WITH_ELEMENT = /^\s*<[a-z]/i;
const TITLE_ELEMENT = /<title>/i;
const TEXT_ELEMENT_END = /<\/(?:content|text|description|summary|detail|正文|内容)>/i;
/** How deep under the slice's top the record elements are looked for (an <articles> wrapper, then its <article>s). */
const RECORD_DEPTH = 2;

function isRecordElement(element: Element): boolean {
  const children = element.children.filter(isElement);
  return children.some((child) => TITLE_KEYS.test(child.name)) && children.some((child) => TEXT_KEYS.test(child.name));
}

function recordElements(nodes: ChildNode[], depth: number): Element[] {
  const elements = nodes.filter(isElement);
  const records = elements.filter(isRecordElement);
  if (records.length || depth >= RECORD_DEPTH) return records;
  return elements.flatMap((element) => recordElements(element.children, depth + 1));
}

/**
 * Records cut out of an XML export with no declaration (a slice of its <article> elements, one record
 * pasted into a fixture): the elements that hold a title element and a text element, as JSON; null
 * when there are none. An HTML page's title is in its head, never beside its text.
 */
function xmlRecordSlice(text: string): Json | null {
  if (!OPENS_WITH_ELEMENT.test(text) || !TITLE_ELEMENT.test(text) || !TEXT_ELEMENT_END.test(text)) return null;
  const records = recordElements(parseDocument(text, { xmlMode: true }).children, 0);
  return records.length ? records.map(elementJson) : null;
}
