/**
 * Import state shared by the progress bar, the drop zone and the data page: what is being
 * imported, how far along, and what happened to each file.
 */
import { sharedValue } from "../../lib/shared-value";
import type { FileResult, Progress } from "../../services";
import { importPace, type ImportPace } from "./import-pace";

export interface ImportState {
  /** "rereading": the stored documents are read again after a parser change, before anything else. */
  running: "rereading" | "seeds" | "files" | "corpus" | null;
  progress: Progress | null;
  results: FileResult[];
  /** When the running import started (ms since the epoch); null when none runs. */
  startedAt: number | null;
  /** Articles/s and time left, once the import has run long enough to say. */
  pace: ImportPace | null;
}

const state = sharedValue<ImportState>({ running: null, progress: null, results: [], startedAt: null, pace: null });

export function setImportState(patch: Partial<ImportState>, now = Date.now()): void {
  const before = state.get();
  const next = { ...before, ...patch };
  if (!next.running) next.startedAt = null;
  else if (!before.running || before.running !== next.running) next.startedAt = now;
  next.pace =
    next.running && next.progress && next.startedAt !== null ? importPace(next.progress, next.startedAt, now) : null;
  state.set(next);
}

/** The state as it is now, outside React (tests, event handlers). */
export function currentImportState(): ImportState {
  return state.get();
}

export function useImportState(): ImportState {
  return state.useValue();
}
