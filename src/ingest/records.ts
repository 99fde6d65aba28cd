/**
 * A data file of news records (a JSON array of articles, however deep in the document) read as
 * one text per record: its headline, a date line and its text, each then parsed like any page.
 */
import { parsePublishedLine } from "./dates";
import { DATE_KEYS, TEXT_KEYS, TITLE_KEYS } from "./lexicon/records";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonRecord = { [key: string]: Json };

/** How deep a document is searched for its array of records. */
const MAX_DEPTH = 8;
const OPENS_JSON = /^\s*[[{]/;

function isRecord(value: Json): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringAt(record: JsonRecord, keys: RegExp, longest: boolean): string | null {
  let best: string | null = null;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== "string" || !keys.test(key) || !value.trim()) continue;
    if (best === null || (longest && value.length > best.length)) best = value;
    if (!longest) break;
  }
  return best;
}

function recordText(record: JsonRecord): string | null {
  const text = stringAt(record, TEXT_KEYS, true);
  if (!text) return null;
  const title = stringAt(record, TITLE_KEYS, false);
  const date = Object.entries(record)
    .filter(([key, value]) => DATE_KEYS.test(key) && typeof value === "string")
    .map(([, value]) => parsePublishedLine(String(value).trim()))
    .find((iso) => iso !== null);
  return [title, date ? `发布时间:${date}` : null, text].filter((line) => line !== null).join("\n");
}

/** The array holding the most records that have a text, anywhere in the document. */
function newsArray(value: Json, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  let best: string[] = [];
  const consider = (candidate: string[]) => {
    if (candidate.length > best.length) best = candidate;
  };
  if (Array.isArray(value)) {
    consider(value.filter(isRecord).flatMap((r) => recordText(r) ?? []));
    for (const item of value) if (typeof item === "object" && item !== null) consider(newsArray(item, depth + 1));
  } else if (isRecord(value)) {
    const own = recordText(value);
    if (own && depth === 0) consider([own]);
    for (const item of Object.values(value))
      if (typeof item === "object" && item !== null) consider(newsArray(item, depth + 1));
  }
  return best;
}

/** The texts of the records a JSON document holds, or null when the text is not such a document. */
export function newsRecords(text: string): string[] | null {
  if (!OPENS_JSON.test(text)) return null;
  let document: Json;
  try {
    document = JSON.parse(text) as Json;
  } catch {
    return null;
  }
  const records = newsArray(document, 0);
  return records.length ? records : null;
}
