/**
 * Making and undoing a correction: every view reads the corrected facts, so the aggregates, the
 * counts, open articles and the corrections list are read again at once.
 */
import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { NewCorrection } from "../services";
import { tifaClient } from "../worker/client";
import { tifaKeys } from "./keys";

async function afterCorrection(queryClient: QueryClient): Promise<void> {
  const changed = [
    tifaKeys.analytics(),
    tifaKeys.counts(),
    tifaKeys.articles(),
    tifaKeys.corrections(),
    tifaKeys.personChoices(),
  ];
  await Promise.all(changed.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

export function useAddCorrection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (correction: NewCorrection) => tifaClient().run((api) => api.corrections.add(correction)),
    onSuccess: () => afterCorrection(queryClient),
  });
}

export function useUndoCorrection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => tifaClient().run((api) => api.corrections.undo(id)),
    onSuccess: () => afterCorrection(queryClient),
  });
}
