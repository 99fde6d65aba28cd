/**
 * Checks of the analyst's own records (corrections and notes) as they arrive in a file: each
 * must be exactly what the app itself writes, every field of its type and no other field.
 */
import type { CorrectionChange, CorrectionRecord } from "../model/correction";
import { noteTargetKey, type NoteRecord, type NoteTarget } from "../model/note";

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object has exactly these keys (in any order). */
export function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(value, k));
}

const isString = (v: unknown): v is string => typeof v === "string";
const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isFactValue = (v: unknown) => v === null || typeof v === "string" || typeof v === "boolean";
const DOCUMENT_ID = /^[0-9a-f]{64}$/;

/** Every key of a record type, listed once: adding a field to the type without checking it fails to compile. */
function keysOf<T>() {
  return <K extends readonly (keyof T & string)[]>(
    keys: K & ([Exclude<keyof T, K[number]>] extends [never] ? unknown : "a key of the type is not checked"),
  ) => keys;
}

const CORRECTION_KEYS = keysOf<CorrectionRecord>()([
  "id",
  "createdAt",
  "author",
  "documentId",
  "articleIndex",
  "change",
]);
const NOTE_KEYS = keysOf<NoteRecord>()(["id", "targetKey", "target", "text", "author", "createdAt", "updatedAt"]);
const ARTICLE_FIELDS: readonly unknown[] = ["title", "date", "province", "meetingType", "isMeeting"];

function isPersonChange(c: Record<string, unknown>): boolean {
  if (!hasExactKeys(c, ["kind", "name", "field", "old", "value"]) || !isString(c.name)) return false;
  switch (c.field) {
    case "name":
    case "role":
      return isString(c.old) && isString(c.value);
    case "titles":
      return isStrings(c.old) && isStrings(c.value);
    case "notPerson":
      return c.old === false && c.value === true;
    default:
      return false;
  }
}

export function isCorrectionChange(c: unknown): c is CorrectionChange {
  if (!isRecord(c)) return false;
  const span = isOffset(c.start) && isOffset(c.end) && (c.start as number) <= (c.end as number);
  switch (c.kind) {
    case "article":
      return (
        hasExactKeys(c, ["kind", "field", "old", "value"]) &&
        ARTICLE_FIELDS.includes(c.field) &&
        isFactValue(c.old) &&
        isFactValue(c.value)
      );
    case "person":
      return isPersonChange(c);
    case "addPerson":
      return (
        hasExactKeys(c, ["kind", "name", "role", "titles", "start", "end"]) &&
        isString(c.name) &&
        isString(c.role) &&
        isStrings(c.titles) &&
        span
      );
    case "addPhrase":
      return hasExactKeys(c, ["kind", "phrase", "start", "end"]) && isString(c.phrase) && span;
    case "removePhrase":
      return hasExactKeys(c, ["kind", "phrase"]) && isString(c.phrase);
    case "samePerson":
      return hasExactKeys(c, ["kind", "personId", "sameAs"]) && isString(c.personId) && isString(c.sameAs);
    default:
      return false;
  }
}

export function isCorrection(value: unknown): value is CorrectionRecord {
  if (!isRecord(value) || !hasExactKeys(value, CORRECTION_KEYS)) return false;
  const { id, createdAt, author, documentId, articleIndex, change } = value;
  const place =
    (documentId === null && articleIndex === null) ||
    (isString(documentId) && DOCUMENT_ID.test(documentId) && isOffset(articleIndex));
  return isString(id) && id.length > 0 && isTime(createdAt) && isString(author) && place && isCorrectionChange(change);
}

function isNoteTarget(t: unknown): t is NoteTarget {
  if (!isRecord(t)) return false;
  if (t.kind === "article")
    return (
      hasExactKeys(t, ["kind", "documentId", "articleIndex"]) &&
      isString(t.documentId) &&
      DOCUMENT_ID.test(t.documentId) &&
      isOffset(t.articleIndex)
    );
  return t.kind === "person" && hasExactKeys(t, ["kind", "personId"]) && isString(t.personId) && t.personId.length > 0;
}

/** A note whose key is its target's: a file cannot hold two notes for one target under other keys. */
export function isNote(value: unknown): value is NoteRecord {
  if (!isRecord(value) || !hasExactKeys(value, NOTE_KEYS)) return false;
  const { id, targetKey, target, text, author, createdAt, updatedAt } = value;
  return (
    isString(id) &&
    id.length > 0 &&
    isNoteTarget(target) &&
    targetKey === noteTargetKey(target) &&
    isString(text) &&
    isString(author) &&
    isTime(createdAt) &&
    isTime(updatedAt)
  );
}

/** No two records share an id (nor, for notes, a target). */
export function allDistinct<T>(records: readonly T[], key: (r: T) => string): boolean {
  return new Set(records.map(key)).size === records.length;
}
