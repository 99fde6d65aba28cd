/**
 * Notes, the `.tifa` analysis file and the data export, over the worker: a note is a read and a
 * save; opening a file replaces everything, so every query is read again after it.
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { AnalysisInspection, AnalysisOpened, NoteSubject, OnProgress } from "../services";
import { proxy, tifaClient } from "../worker/client";
import { tifaKeys } from "./keys";

const noteKey = (subject: NoteSubject) =>
  [...tifaKeys.all, "note", subject.kind, subject.kind === "article" ? subject.articleId : subject.personId] as const;

export const noteQuery = (subject: NoteSubject) =>
  queryOptions({
    queryKey: noteKey(subject),
    queryFn: () => tifaClient().run((api) => api.notes.note(subject)),
  });

export function useSaveNote(subject: NoteSubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => tifaClient().run((api) => api.notes.save(subject, text)),
    onSuccess: (note) => queryClient.setQueryData(noteKey(subject), note),
  });
}

/** The `.tifa` file of everything stored, opening on `view` (a query string). */
export function exportAnalysis(view: string) {
  return tifaClient().run((api) => api.analysis.exportAnalysis(view));
}

export function exportData(format: "json" | "csv") {
  return tifaClient().run((api) => api.analysis.exportData(format));
}

/** Reads and checks a file in the worker; nothing is written. */
export function inspectAnalysis(file: File) {
  return tifaClient().run<AnalysisInspection>((api) => api.analysis.inspectAnalysis(file));
}

export function useOpenAnalysis() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, onProgress }: { file: File; onProgress: OnProgress }) =>
      tifaClient().run<AnalysisOpened>((api) => api.analysis.openAnalysis(file, proxy(onProgress))),
    onSuccess: async (result) => {
      if (result.ok) await queryClient.invalidateQueries({ queryKey: tifaKeys.all });
    },
  });
}
