/**
 * The prebuilt corpus being opened, or last opened, shared by the progress bar, the banner
 * above the views and the Data page.
 */
import { sharedValue } from "../../lib/shared-value";
import type { CorpusOpened } from "../../services";

export interface CorpusState {
  /** The corpus being opened: its name, and whether its texts are parsed here (null: not known yet). */
  opening: { name: string; reparsing: boolean | null } | null;
  last: CorpusOpened | null;
}

const state = sharedValue<CorpusState>({ opening: null, last: null });

export function setCorpusState(patch: Partial<CorpusState>): void {
  state.set({ ...state.get(), ...patch });
}

export function corpusState(): CorpusState {
  return state.get();
}

export function useCorpusState(): CorpusState {
  return state.useValue();
}

export const isCorpusFile = (file: File) => file.name.toLowerCase().endsWith(".tifa-corpus");
