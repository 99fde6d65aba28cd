/**
 * Whether a value read from a file is an `Article` as the parser makes it: every field the
 * derivation and the reader use, of its type. A prebuilt corpus gives articles without parsing,
 * so a file written by anything else must not reach the database in another shape.
 */
import {
  ROLES,
  type Article,
  type FactEvidence,
  type PersonMention,
  type PhraseMention,
  type Span,
} from "../ingest/types";
import { isRecord } from "./analyst-records";

const isString = (v: unknown): v is string => typeof v === "string";
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isOffset = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

function isSpan(v: unknown): v is Span {
  return isRecord(v) && isOffset(v.start) && isOffset(v.end) && v.start <= v.end;
}

const isSpans = (v: unknown): v is Span[] => Array.isArray(v) && v.every(isSpan);

function isPerson(v: unknown): v is PersonMention {
  return (
    isRecord(v) &&
    isString(v.name) &&
    isStrings(v.titles) &&
    (ROLES as readonly unknown[]).includes(v.role) &&
    isStrings(v.aliases) &&
    isSpans(v.spans)
  );
}

function isPhrase(v: unknown): v is PhraseMention {
  return isRecord(v) && isString(v.phrase) && isSpans(v.spans);
}

function isEvidence(v: unknown): v is FactEvidence | null {
  return (
    v === null ||
    (isRecord(v) &&
      isString(v.quote) &&
      (v.span === null || isSpan(v.span)) &&
      typeof v.confidence === "number" &&
      v.confidence >= 0 &&
      v.confidence <= 1)
  );
}

export function isArticle(v: unknown): v is Article {
  return (
    isRecord(v) &&
    isStringOrNull(v.title) &&
    isStringOrNull(v.date) &&
    isStringOrNull(v.published) &&
    isStringOrNull(v.province) &&
    isStringOrNull(v.city) &&
    typeof v.isMeeting === "boolean" &&
    isStringOrNull(v.meetingType) &&
    Array.isArray(v.people) &&
    v.people.every(isPerson) &&
    Array.isArray(v.phrases) &&
    v.phrases.every(isPhrase) &&
    isRecord(v.evidence) &&
    isEvidence(v.evidence.province) &&
    isEvidence(v.evidence.date) &&
    isEvidence(v.evidence.meetingType) &&
    isString(v.text)
  );
}
