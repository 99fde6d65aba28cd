import { useCallback } from "react";
import { MAX_FILE_BYTES } from "../../ingest/decode";
import { describeError } from "../../model/problem";
import { useImportFiles } from "../../queries/writes";
import type { FileResult, IncomingFile } from "../../services";
import { setImportState } from "./import-store";

async function readFile(file: File): Promise<IncomingFile | FileResult> {
  if (file.size > MAX_FILE_BYTES)
    return {
      file: file.name,
      status: "failed",
      problem: { kind: "too-large", bytes: file.size, limit: MAX_FILE_BYTES },
    };
  try {
    return { name: file.name, bytes: await file.arrayBuffer(), source: "user" };
  } catch {
    return { file: file.name, status: "failed", problem: { kind: "unreadable" } };
  }
}

/** Imports the user's files; each gets a result line, in the order given, whatever happens to the others. */
export function useImportUserFiles(): (files: readonly File[]) => Promise<FileResult[]> {
  const { mutateAsync } = useImportFiles();
  return useCallback(
    async (files) => {
      setImportState({ running: "files", progress: { done: 0, total: files.length, file: "", articles: 0 } });
      try {
        const read = await Promise.all(files.map(readFile));
        const incoming = read.filter((r): r is IncomingFile => "bytes" in r);
        const imported = incoming.length
          ? await mutateAsync({ files: incoming, onProgress: (progress) => setImportState({ progress }) })
          : [];
        // Results come back in the order the files were sent: matched by position, never by name.
        let next = 0;
        const results = read.map((r) => ("bytes" in r ? imported[next++]! : r));
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
