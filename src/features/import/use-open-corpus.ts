import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { describeError } from "../../model/problem";
import { importsSettled, refreshEvery, useOpenCorpus } from "../../queries/corpus";
import type { CorpusOpened, CorpusSource } from "../../services";
import { corpusState, setCorpusState } from "./corpus-store";
import { setImportState } from "./import-store";

/**
 * Opens a prebuilt corpus (an address or a file), after any import under way; its progress goes
 * to the import bar, its outcome to the corpus state. One corpus at a time.
 */
export function useOpenCorpusFlow(): (source: CorpusSource) => Promise<CorpusOpened | null> {
  const queryClient = useQueryClient();
  const { mutateAsync } = useOpenCorpus();
  return useCallback(
    async (source) => {
      if (corpusState().opening) return null;
      const name = "url" in source ? source.url : source.name;
      setCorpusState({ opening: { name, reparsing: null } });
      let opened: CorpusOpened;
      try {
        await importsSettled(queryClient);
        // A turn for the import that just ended to clear the bar before this one takes it.
        await new Promise((resolve) => setTimeout(resolve, 0));
        setImportState({ running: "corpus", progress: { done: 0, total: 0, file: name, articles: 0 } });
        const refresh = refreshEvery(queryClient);
        opened = await mutateAsync({
          source,
          onProgress: (progress) => {
            setImportState({ running: "corpus", progress });
            refresh();
          },
          onHeader: (_header, reparsing) => {
            const opening = corpusState().opening;
            if (opening) setCorpusState({ opening: { ...opening, reparsing } });
          },
        });
      } catch (error) {
        const problem = { kind: "unexpected" as const, detail: describeError(error).message };
        opened = {
          name,
          header: null,
          imported: 0,
          articles: 0,
          already: 0,
          failed: [],
          reparsed: false,
          seconds: 0,
          problem,
          unchanged: false,
        };
      } finally {
        setImportState({ running: null, progress: null });
      }
      setCorpusState({ opening: null, last: opened });
      return opened;
    },
    [mutateAsync, queryClient],
  );
}
