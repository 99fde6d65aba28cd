import { useEffect } from "react";
import { useImportSeeds } from "../../queries/writes";
import { setImportState } from "./import-store";

let started = false;

/** The first visit imports the bundled articles; later visits find them there and change nothing. */
export function useBundledArticles(): void {
  const { mutateAsync } = useImportSeeds();
  useEffect(() => {
    if (started) return;
    started = true;
    setImportState({ running: "seeds", progress: null });
    void mutateAsync((progress) => setImportState({ progress }))
      .catch(() => undefined)
      .finally(() => setImportState({ running: null, progress: null }));
  }, [mutateAsync]);
}
