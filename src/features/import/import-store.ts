/**
 * Import state shared by the progress bar, the drop zone and the data page: what is being
 * imported, how far along, and what happened to each file.
 */
import { useSyncExternalStore } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { MAX_FILE_BYTES, tooLargeMessage } from "../../ingest/decode";
import { importFiles, importSeeds, type FileResult, type IncomingFile, type Progress } from "../../queries/database";

export interface ImportState {
  running: "seeds" | "files" | null;
  progress: Progress | null;
  results: FileResult[];
}

let state: ImportState = { running: null, progress: null, results: [] };
const listeners = new Set<() => void>();

function set(patch: Partial<ImportState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function useImportState(): ImportState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}

let seedsStarted = false;

/** The first visit imports the bundled articles; later visits find them there and change nothing. */
export async function importBundledArticles(queryClient: QueryClient): Promise<void> {
  if (seedsStarted) return;
  seedsStarted = true;
  set({ running: "seeds", progress: null });
  try {
    const results = await importSeeds((progress) => set({ progress }));
    if (results.some((r) => r.status === "imported")) await queryClient.invalidateQueries();
  } finally {
    set({ running: null, progress: null });
  }
}

async function readFile(file: File): Promise<IncomingFile | FileResult> {
  if (file.size > MAX_FILE_BYTES)
    return { file: file.name, status: "failed", message: tooLargeMessage(file.name, file.size) };
  try {
    return { name: file.name, bytes: await file.arrayBuffer(), source: "user" };
  } catch {
    return {
      file: file.name,
      status: "failed",
      message: `${file.name} could not be read from the disk. Try again, or copy it somewhere else first.`,
    };
  }
}

/** Imports the user's files; each gets a result line, whatever happens to the others. */
export async function importUserFiles(files: readonly File[], queryClient: QueryClient): Promise<FileResult[]> {
  set({ running: "files", progress: { done: 0, total: files.length, file: "", articles: 0 } });
  try {
    const read = await Promise.all(files.map(readFile));
    const incoming = read.filter((r): r is IncomingFile => "bytes" in r);
    const imported = incoming.length ? await importFiles(incoming, (progress) => set({ progress })) : [];
    const results = read.map((r) => ("bytes" in r ? imported.find((i) => i.file === r.name)! : r));
    set({ results });
    await queryClient.invalidateQueries();
    return results;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const results = files.map((f) => ({
      file: f.name,
      status: "failed" as const,
      message: `${f.name} was not imported: ${message}`,
    }));
    set({ results });
    return results;
  } finally {
    set({ running: null, progress: null });
  }
}
