import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { pick } from "../../lib/i18n";
import { problemText } from "../../lib/problem-text";
import { useLang } from "../../lib/use-lang";
import { countsQuery } from "../../queries/reads";
import { useRestore } from "../../queries/writes";
import type { Progress } from "../../services";
import { backupDocumentCount } from "./backup-count";

/** A backup chosen and read, waiting for the reader's answer. */
export interface PendingRestore {
  fileName: string;
  text: string;
  /** Documents in the database now. */
  current: number;
  /** Documents the backup says it holds. */
  incoming: number;
}

export type BackupMessage = { ok: boolean; text: string } | null;

/**
 * Restore in two steps: choose a file, then confirm that it replaces what the database holds.
 * An empty database has nothing to lose, and a file that is not JSON is refused by the restore
 * with its own message: both restore (or fail) at once, without the question.
 */
export function useRestoreFlow(report: (message: BackupMessage) => void) {
  const lang = useLang();
  const queryClient = useQueryClient();
  const restoreBackup = useRestore();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  const run = async (fileName: string, text: string) => {
    report(null);
    const result = await restoreBackup.mutateAsync({ text, onProgress: setProgress }).finally(() => setProgress(null));
    report(
      result.ok
        ? {
            ok: true,
            text: pick(lang, {
              zh: `已从 ${fileName} 恢复 ${result.documents} 个文档。`,
              en: `Restored ${result.documents} documents from ${fileName}.`,
            }),
          }
        : { ok: false, text: problemText(result.problem, fileName, lang) },
    );
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const incoming = backupDocumentCount(text);
    const current = (await queryClient.ensureQueryData(countsQuery())).documents;
    if (incoming === null || current === 0) return run(file.name, text);
    report(null);
    setPending({ fileName: file.name, text, current, incoming });
  };

  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    await run(pending.fileName, pending.text);
  };

  return { pending, progress, busy: restoreBackup.isPending, choose, confirm, cancel: () => setPending(null) };
}
