/**
 * A backup is the stored documents, as they were imported; everything else is derived from
 * them on restore. A file that is not exactly such a backup is refused before anything changes.
 */
import type { DocumentRecord } from "./schema";
import type { Problem } from "../model/problem";
import type { NewDocument } from "./prepare";

export const BACKUP_FORMAT = "tifa-backup";
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  documentCount: number;
  documents: NewDocument[];
}

export function buildBackup(documents: readonly DocumentRecord[], now = new Date()): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    documentCount: documents.length,
    documents: documents.map(({ id, fileName, raw, encoding, source, importedAt }) => ({
      id,
      fileName,
      raw,
      encoding,
      source,
      importedAt,
    })),
  };
}

export type BackupCheck = { ok: true; documents: NewDocument[] } | { ok: false; problem: Problem };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isDocument(value: unknown): value is NewDocument {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    /^[0-9a-f]{64}$/.test(value.id) &&
    typeof value.fileName === "string" &&
    value.fileName.length > 0 &&
    typeof value.raw === "string" &&
    typeof value.encoding === "string" &&
    (value.source === "seed" || value.source === "user") &&
    typeof value.importedAt === "number" &&
    Number.isFinite(value.importedAt)
  );
}

export function checkBackup(text: string): BackupCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: "backup-not-json" } };
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: "backup-foreign" } };
  }
  if (data.version !== BACKUP_VERSION) {
    return { ok: false, problem: { kind: "backup-version", version: String(data.version) } };
  }
  const documents = data.documents;
  if (!Array.isArray(documents) || documents.length !== data.documentCount || !documents.every(isDocument)) {
    return { ok: false, problem: { kind: "backup-damaged" } };
  }
  return { ok: true, documents };
}
