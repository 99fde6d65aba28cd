/**
 * Opening a prebuilt corpus, as a mutation: the worker downloads or reads it and imports its
 * documents; what it added refreshes the counts, the space used and every aggregate.
 */
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { CorpusHeader } from "../db/corpus-file";
import type { CorpusOpened, CorpusSource, OnProgress } from "../services";
import { proxy, tifaClient } from "../worker/client";
import { tifaKeys } from "./keys";
import { importMutationKey } from "./writes";

export type OnCorpusHeader = (header: CorpusHeader, reparsing: boolean) => void;

export function openCorpus(
  source: CorpusSource,
  onProgress: OnProgress,
  onHeader: OnCorpusHeader,
): Promise<CorpusOpened> {
  return tifaClient().run((api) => api.corpus.open(source, proxy(onProgress), proxy(onHeader)));
}

export function useOpenCorpus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...importMutationKey, "corpus"],
    mutationFn: ({
      source,
      onProgress,
      onHeader,
    }: {
      source: CorpusSource;
      onProgress: OnProgress;
      onHeader: OnCorpusHeader;
    }) => openCorpus(source, onProgress, onHeader),
    onSuccess: async (opened) => {
      if (!opened.imported && !opened.failed.length) return;
      await Promise.all(
        [tifaKeys.counts(), tifaKeys.storage(), tifaKeys.unread(), tifaKeys.analytics()].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      );
    },
  });
}

/** Resolves once no import of files or of the bundled articles is running (a corpus opens after them). */
export function importsSettled(queryClient: QueryClient): Promise<void> {
  // "idle" too: a mutation just asked for is in the cache a moment before it is pending.
  const others = () =>
    queryClient
      .getMutationCache()
      .findAll({ mutationKey: importMutationKey })
      .filter((m) => m.options.mutationKey?.[2] !== "corpus" && ["idle", "pending"].includes(m.state.status)).length;
  return new Promise((resolve) => {
    const check = () => {
      if (others()) return;
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getMutationCache().subscribe(check);
    // Checked on the next turn: the bundled articles' import starts in an effect of the same render.
    setTimeout(check, 0);
  });
}

/**
 * While a long corpus opens (minutes, for hundreds of thousands of articles), the counts and the
 * views catch up every `intervalMs`, not only at its end: call the function at each progress.
 */
export function refreshEvery(queryClient: QueryClient, intervalMs = 10_000, now = () => Date.now()): () => void {
  let last = now();
  return () => {
    if (now() - last < intervalMs) return;
    last = now();
    for (const queryKey of [tifaKeys.counts(), tifaKeys.analytics()]) void queryClient.invalidateQueries({ queryKey });
  };
}
