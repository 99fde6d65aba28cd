/**
 * Import state shared by the progress bar, the drop zone and the data page: what is being
 * imported, how far along, and what happened to each file.
 */
import { useSyncExternalStore } from "react";
import type { FileResult, Progress } from "../../services";

export interface ImportState {
  running: "seeds" | "files" | null;
  progress: Progress | null;
  results: FileResult[];
}

let state: ImportState = { running: null, progress: null, results: [] };
const listeners = new Set<() => void>();

export function setImportState(patch: Partial<ImportState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function useImportState(): ImportState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
