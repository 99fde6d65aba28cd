/**
 * A backup is the stored documents, as they were imported, and the analyst's corrections of them
 * and notes; everything else is derived from them on restore. A file that is not exactly such a backup is
 * refused before anything changes.
 *
 * Version 4 adds the notes, version 3 the corrections; older versions are read as backups without
 * any (a restore replaces the database's with none).
 *
 * Version 2 identifies documents by the SHA-256 of their text, and restore checks every id
 * against it. Version 1 (ids hashed from the file's bytes, which a text cannot be checked
 * against) is still read: its ids are recomputed from the texts, never trusted.
 */
import { MAX_FILE_BYTES } from "../ingest";
import type { CorrectionRecord } from "../model/correction";
import type { NoteRecord } from "../model/note";
import type { Problem } from "../model/problem";
import { allDistinct, isNote } from "./analyst-records";
import { documentIdOf } from "./document-id";
import { newDocumentOf, type NewDocument } from "./prepare";
import type { DocumentRecord } from "./schema";

export const BACKUP_FORMAT = "tifa-backup";
export const BACKUP_VERSION = 4;
const READABLE_VERSIONS: readonly unknown[] = [1, 2, 3, 4];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  documentCount: number;
  /** The user cleared the bundled articles away: a restore keeps them away. */
  seedsDeclined: boolean;
  documents: NewDocument[];
  corrections: CorrectionRecord[];
  notes: NoteRecord[];
}

export function buildBackup(
  documents: readonly DocumentRecord[],
  seedsDeclined: boolean,
  corrections: readonly CorrectionRecord[],
  notes: readonly NoteRecord[],
  now = new Date(),
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    documentCount: documents.length,
    seedsDeclined,
    documents: documents.map(newDocumentOf),
    corrections: [...corrections],
    notes: [...notes],
  };
}

/** `seedsDeclined` is unknown (undefined) in a version 1 backup: the setting in force is kept. */
export type CheckedBackup = {
  documents: NewDocument[];
  seedsDeclined: boolean | undefined;
  corrections: CorrectionRecord[];
  notes: NoteRecord[];
};
export type BackupCheck = ({ ok: true } & CheckedBackup) | { ok: false; problem: Problem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isDocument(value: unknown): value is NewDocument {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    /^[0-9a-f]{64}$/.test(value.id) &&
    typeof value.fileName === "string" &&
    value.fileName.length > 0 &&
    typeof value.raw === "string" &&
    typeof value.encoding === "string" &&
    (value.source === "seed" || value.source === "user" || value.source === "corpus") &&
    typeof value.importedAt === "number" &&
    Number.isFinite(value.importedAt)
  );
}

const CHANGE_KINDS: readonly unknown[] = ["article", "person", "addPerson", "addPhrase", "removePhrase", "samePerson"];

/** The record's own fields; a change is checked for its kind, and an unknown one is refused. */
function isCorrection(value: unknown): value is CorrectionRecord {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    typeof value.createdAt === "number" &&
    typeof value.author === "string" &&
    (value.documentId === null || typeof value.documentId === "string") &&
    (value.articleIndex === null || (typeof value.articleIndex === "number" && value.articleIndex >= 0)) &&
    isRecord(value.change) &&
    CHANGE_KINDS.includes(value.change.kind)
  );
}

/** The first document that no import would have accepted or that repeats an id, as a problem. */
export function firstBadDocument(documents: readonly NewDocument[]): Problem | null {
  const ids = new Set<string>();
  const encoder = new TextEncoder();
  for (const doc of documents) {
    if (ids.has(doc.id)) return { kind: "backup-duplicate", document: doc.fileName };
    ids.add(doc.id);
    const bytes = doc.raw.length > MAX_FILE_BYTES / 3 ? encoder.encode(doc.raw).length : 0;
    if (bytes > MAX_FILE_BYTES)
      return { kind: "backup-oversized", document: doc.fileName, bytes, limit: MAX_FILE_BYTES };
  }
  return null;
}

/** Checks a backup's form and every document's id; nothing is written. */
export async function checkBackup(text: string): Promise<BackupCheck> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: "backup-not-json" } };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: "backup-foreign" } };
  if (!READABLE_VERSIONS.includes(data.version)) {
    return { ok: false, problem: { kind: "backup-version", version: String(data.version) } };
  }
  const documents = data.documents;
  if (!Array.isArray(documents) || documents.length !== data.documentCount || !documents.every(isDocument)) {
    return { ok: false, problem: { kind: "backup-damaged" } };
  }
  const corrections: unknown = data.version === 3 || data.version === 4 ? data.corrections : [];
  if (!Array.isArray(corrections) || !corrections.every(isCorrection))
    return { ok: false, problem: { kind: "backup-damaged" } };
  const notes: unknown = data.version === 4 ? data.notes : [];
  const notesSound =
    Array.isArray(notes) &&
    notes.every(isNote) &&
    allDistinct(notes, (n) => n.id) &&
    allDistinct(notes, (n) => n.targetKey);
  if (!notesSound) return { ok: false, problem: { kind: "backup-damaged" } };
  const bad = firstBadDocument(documents);
  if (bad) return { ok: false, problem: bad };
  const checked: NewDocument[] = [];
  const seen = new Set<string>();
  for (const doc of documents) {
    const id = await documentIdOf(doc.raw);
    if (data.version !== 1 && id !== doc.id) {
      return { ok: false, problem: { kind: "backup-tampered", document: doc.fileName } };
    }
    // Version 1: two files of one text (UTF-8 and GBK, say) are one document now.
    if (!seen.has(id)) checked.push({ ...doc, id });
    seen.add(id);
  }
  const seedsDeclined = data.version === 1 ? undefined : data.seedsDeclined === true;
  return { ok: true, documents: checked, seedsDeclined, corrections, notes };
}
