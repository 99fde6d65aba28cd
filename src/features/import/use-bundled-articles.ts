import { useEffect } from "react";
import { bundledArticlesSettled } from "../../lib/first-draw";
import { useImportSeeds, whenStoredReady } from "../../queries/writes";
import { currentImportState, setImportState } from "./import-store";

let started = false;

/**
 * The first visit imports the bundled articles; later visits find them there and change nothing.
 * The progress bar appears with the first progress the import reports, so a visit that imports
 * nothing never flashes it. Before that, a visit after a parser update shows the stored documents
 * being read again.
 */
export function useBundledArticles(): void {
  const { mutateAsync } = useImportSeeds();
  useEffect(() => {
    if (started) return;
    started = true;
    void whenStoredReady((progress) => setImportState({ running: "rereading", progress }))
      .finally(() => {
        if (currentImportState().running === "rereading") setImportState({ running: null, progress: null });
      })
      .then(() => mutateAsync((progress) => setImportState({ running: "seeds", progress })))
      .catch(() => undefined)
      .finally(() => {
        setImportState({ running: null, progress: null });
        bundledArticlesSettled();
      });
  }, [mutateAsync]);
}
