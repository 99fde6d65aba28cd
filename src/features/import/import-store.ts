/**
 * Import state shared by the progress bar, the drop zone and the data page: what is being
 * imported, how far along, and what happened to each file.
 */
import { sharedValue } from "../../lib/shared-value";
import type { FileResult, Progress } from "../../services";

export interface ImportState {
  running: "seeds" | "files" | "corpus" | null;
  progress: Progress | null;
  results: FileResult[];
}

const state = sharedValue<ImportState>({ running: null, progress: null, results: [] });

export function setImportState(patch: Partial<ImportState>): void {
  state.set({ ...state.get(), ...patch });
}

export function useImportState(): ImportState {
  return state.useValue();
}
