/**
 * A `.tifa` file dropped anywhere on the page, waiting for the Data page's "Open analysis…" to
 * take it (check it, ask, open it): the drop zone and the Data page share only this.
 */
import { useSyncExternalStore } from "react";

let dropped: File | null = null;
const listeners = new Set<() => void>();

export const isAnalysisFile = (file: File) => file.name.toLowerCase().endsWith(".tifa");

export function setDroppedAnalysis(file: File | null): void {
  dropped = file;
  for (const listener of listeners) listener();
}

export function useDroppedAnalysis(): File | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => dropped,
  );
}
