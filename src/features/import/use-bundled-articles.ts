import { useEffect } from "react";
import { bundledArticlesSettled } from "../../lib/first-draw";
import { useImportSeeds } from "../../queries/writes";
import { setImportState } from "./import-store";

let started = false;

/**
 * The first visit imports the bundled articles; later visits find them there and change nothing.
 * The progress bar appears with the first progress the import reports, so a visit that imports
 * nothing never flashes it.
 */
export function useBundledArticles(): void {
  const { mutateAsync } = useImportSeeds();
  useEffect(() => {
    if (started) return;
    started = true;
    void mutateAsync((progress) => setImportState({ running: "seeds", progress }))
      .catch(() => undefined)
      .finally(() => {
        setImportState({ running: null, progress: null });
        bundledArticlesSettled();
      });
  }, [mutateAsync]);
}
