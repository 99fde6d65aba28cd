/**
 * A whole analysis as one file (`.tifa`, see docs/analysis-file.md): the documents, the
 * analyst's corrections and notes, and the view it was looking at. Everything else is derived
 * from the documents again on opening, with the corrections applied. A file that is not exactly
 * such a file is refused before anything changes; every document id is checked against its text.
 */
import { PARSER_VERSION } from "../ingest";
import type { CorrectionRecord } from "../model/correction";
import type { NoteRecord } from "../model/note";
import type { AnalysisPart, Problem } from "../model/problem";
import { allDistinct, hasExactKeys, isCorrection, isNote, isRecord } from "./analyst-records";
import { firstBadDocument, isDocument } from "./backup";
import { documentIdOf } from "./document-id";
import { newDocumentOf, type NewDocument } from "./prepare";
import type { DocumentRecord } from "./schema";
import { DERIVATION_VERSION } from "./derivation-version";

export const ANALYSIS_FORMAT = "tifa-analysis";
export const ANALYSIS_VERSION = 1;
/** Far above any real analysis (documents are 5 MB at most each), low enough to be read into memory. */
export const MAX_ANALYSIS_BYTES = 256 * 1024 * 1024;
/** A saved view is a URL's query string; longer than this it is not one the app wrote. */
const MAX_VIEW_LENGTH = 8_000;

export interface AnalysisFile {
  format: typeof ANALYSIS_FORMAT;
  version: typeof ANALYSIS_VERSION;
  exportedAt: string;
  /** What read the documents when the file was written; informative, a newer parser reads them again. */
  app: { parserVersion: string; derivationVersion: string };
  /** The user cleared the bundled articles away. */
  seedsDeclined: boolean;
  /** The view and filters, as the URL's query string (`?view=network&province=山东`), or "". */
  view: string;
  documents: NewDocument[];
  corrections: CorrectionRecord[];
  notes: NoteRecord[];
}

const FILE_KEYS = [
  "format",
  "version",
  "exportedAt",
  "app",
  "seedsDeclined",
  "view",
  "documents",
  "corrections",
  "notes",
] as const satisfies readonly (keyof AnalysisFile)[];

export interface AnalysisContents {
  documents: readonly DocumentRecord[];
  corrections: readonly CorrectionRecord[];
  notes: readonly NoteRecord[];
  seedsDeclined: boolean;
  view: string;
}

export function buildAnalysisFile(contents: AnalysisContents, now = new Date()): AnalysisFile {
  return {
    format: ANALYSIS_FORMAT,
    version: ANALYSIS_VERSION,
    exportedAt: now.toISOString(),
    app: { parserVersion: PARSER_VERSION, derivationVersion: DERIVATION_VERSION },
    seedsDeclined: contents.seedsDeclined,
    view: contents.view,
    documents: contents.documents.map(newDocumentOf),
    corrections: [...contents.corrections],
    notes: [...contents.notes],
  };
}

export type AnalysisCheck = { ok: true; file: AnalysisFile } | { ok: false; problem: Problem };

const damaged = (part: AnalysisPart, item?: string): AnalysisCheck => ({
  ok: false,
  problem: item === undefined ? { kind: "analysis-damaged", part } : { kind: "analysis-damaged", part, item },
});

export function isSavedView(view: unknown): view is string {
  return (
    typeof view === "string" &&
    view.length <= MAX_VIEW_LENGTH &&
    (view === "" || view.startsWith("?")) &&
    !view.includes("#")
  );
}

function fieldsAreSound(data: Record<string, unknown>): boolean {
  const { exportedAt, app, seedsDeclined } = data;
  return (
    hasExactKeys(data, FILE_KEYS) &&
    typeof exportedAt === "string" &&
    !Number.isNaN(Date.parse(exportedAt)) &&
    isRecord(app) &&
    hasExactKeys(app, ["parserVersion", "derivationVersion"]) &&
    typeof app.parserVersion === "string" &&
    typeof app.derivationVersion === "string" &&
    typeof seedsDeclined === "boolean"
  );
}

/** The first part of a well-formed file's records that is not sound, checked in the file's order. */
function firstBadPart(data: Record<string, unknown>): AnalysisCheck | null {
  if (!fieldsAreSound(data)) return damaged("fields");
  if (!isSavedView(data.view)) return damaged("view");
  const { documents, corrections, notes } = data;
  if (!Array.isArray(documents) || !documents.every(isDocument)) return damaged("documents");
  const bad = firstBadDocument(documents);
  if (bad?.kind === "backup-duplicate") return damaged("documents", bad.document);
  if (bad) return { ok: false, problem: bad };
  if (!Array.isArray(corrections) || !corrections.every(isCorrection) || !allDistinct(corrections, (c) => c.id))
    return damaged("corrections");
  if (
    !Array.isArray(notes) ||
    !notes.every(isNote) ||
    !allDistinct(notes, (n) => n.id) ||
    !allDistinct(notes, (n) => n.targetKey)
  )
    return damaged("notes");
  return null;
}

/** Checks a file's form, every record and every document's id; nothing is written. */
export async function checkAnalysisFile(text: string): Promise<AnalysisCheck> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: "analysis-not-json" } };
  }
  if (!isRecord(data) || data.format !== ANALYSIS_FORMAT) return { ok: false, problem: { kind: "analysis-foreign" } };
  if (data.version !== ANALYSIS_VERSION)
    return { ok: false, problem: { kind: "analysis-version", version: String(data.version) } };
  const bad = firstBadPart(data);
  if (bad) return bad;
  const file = data as unknown as AnalysisFile;
  for (const doc of file.documents) {
    if ((await documentIdOf(doc.raw)) !== doc.id)
      return { ok: false, problem: { kind: "backup-tampered", document: doc.fileName } };
  }
  return { ok: true, file };
}
