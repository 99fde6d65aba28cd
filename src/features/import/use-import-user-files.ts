import { useCallback } from "react";
import { describeError } from "../../model/problem";
import { useImportFiles } from "../../queries/writes";
import type { FileResult } from "../../services";
import { setImportState } from "./import-store";

/**
 * Imports the user's files; each gets a result line, in the order given, whatever happens to
 * the others. The files go to the worker as they are: reading, hashing and parsing happen there.
 */
export function useImportUserFiles(): (files: readonly File[]) => Promise<FileResult[]> {
  const { mutateAsync } = useImportFiles();
  return useCallback(
    async (files) => {
      setImportState({ running: "files", progress: { done: 0, total: files.length, file: "", articles: 0 } });
      try {
        const incoming = files.map((file) => ({ name: file.name, file, source: "user" as const }));
        const results = await mutateAsync({ files: incoming, onProgress: (progress) => setImportState({ progress }) });
        setImportState({ results });
        return results;
      } catch (error) {
        const detail = describeError(error).message;
        const results = files.map((f): FileResult => ({
          file: f.name,
          status: "failed",
          problem: { kind: "unexpected", detail },
        }));
        setImportState({ results });
        return results;
      } finally {
        setImportState({ running: null, progress: null });
      }
    },
    [mutateAsync],
  );
}
