/**
 * Every write, as a mutation: import files or the bundled articles, back up, restore, clear.
 * Each invalidates exactly what it changes.
 */
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { FileResult, IncomingFile, OnProgress, RestoreResult } from "../services";
import { proxy, tifaClient, transfer } from "../worker/client";
import { tifaKeys } from "./keys";

/** New rows change the counts, the space used and every aggregate; an article already open stays as it was. */
async function afterImport(queryClient: QueryClient, results: readonly FileResult[]): Promise<void> {
  if (results.every((r) => r.status === "duplicate" || (r.status === "failed" && r.problem.kind !== "too-complex")))
    return;
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: tifaKeys.counts() }),
    queryClient.invalidateQueries({ queryKey: tifaKeys.storage() }),
    queryClient.invalidateQueries({ queryKey: tifaKeys.unread() }),
    queryClient.invalidateQueries({ queryKey: tifaKeys.analytics() }),
  ]);
}

export function importFiles(files: IncomingFile[], onProgress: OnProgress): Promise<FileResult[]> {
  const buffers = files.flatMap((f) => ("bytes" in f ? [f.bytes] : []));
  return tifaClient().run((api) => api.imports.importFiles(transfer(files, buffers), proxy(onProgress)));
}

/** Resolves once the stored documents are ready; while they are read again after a parser change, reports how far. */
export function whenStoredReady(onProgress: OnProgress): Promise<void> {
  return tifaClient().run((api) => api.imports.whenReady(proxy(onProgress)));
}

export function importSeeds(onProgress: OnProgress): Promise<FileResult[]> {
  return tifaClient().run((api) => api.imports.importSeeds(proxy(onProgress)));
}

export const importMutationKey = [...tifaKeys.all, "import"] as const;

export function useImportFiles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: importMutationKey,
    mutationFn: ({ files, onProgress }: { files: IncomingFile[]; onProgress: OnProgress }) =>
      importFiles(files, onProgress),
    onSuccess: (results) => afterImport(queryClient, results),
  });
}

export function useImportSeeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...importMutationKey, "seeds"],
    mutationFn: (onProgress: OnProgress) => importSeeds(onProgress),
    onSuccess: (results) => afterImport(queryClient, results),
  });
}

/** The bundled articles back after "Clear all": everything they feed changes. */
export function useBringBackSeeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...importMutationKey, "seeds"],
    mutationFn: (onProgress: OnProgress) => tifaClient().run((api) => api.imports.bringBackSeeds(proxy(onProgress))),
    onSuccess: (results) => afterImport(queryClient, results),
  });
}

export function useBackup() {
  return useMutation({ mutationFn: () => tifaClient().run((api) => api.imports.backup()) });
}

export function useRestore() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, onProgress = () => {} }: { text: string; onProgress?: OnProgress }) =>
      tifaClient().run<RestoreResult>(async (api) => api.imports.restore(text, proxy(onProgress))),
    onSuccess: async (result) => {
      if (result.ok) await queryClient.invalidateQueries({ queryKey: tifaKeys.all });
    },
  });
}

export function useClear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => tifaClient().run((api) => api.imports.clear()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tifaKeys.all }),
  });
}
