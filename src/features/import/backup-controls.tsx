import { useState } from "react";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { OUTLINE_BUTTON } from "../../components/styles";
import { describeError } from "../../model/problem";
import { useBackup, useClear } from "../../queries/writes";
import { downloadText } from "../../components/csv";
import { ClearConfirm } from "./clear-confirm";
import { RestoreConfirm } from "./restore-confirm";
import { useRestoreFlow, type BackupMessage } from "./use-restore-flow";
import { FileButton } from "../../components/file-button";

const RESTORE_FAILED = { zh: "恢复失败，未作任何更改：", en: "The restore failed; nothing was changed: " };
const DISABLED = "disabled:cursor-not-allowed disabled:opacity-50";

/** Backup to one file, restore from one (validated, and confirmed first), and clearing with confirmation. */
export function BackupControls() {
  const lang = useLang();
  const [message, setMessage] = useState<BackupMessage>(null);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const makeBackup = useBackup();
  const clearDatabase = useClear();
  const restore = useRestoreFlow(setMessage);
  const busy = restore.busy;

  /** Whatever fails, the user reads what happened; nothing is left as an unhandled rejection. */
  const failed = (action: { zh: string; en: string }) => (error: unknown) =>
    setMessage({ ok: false, text: `${pick(lang, action)}${describeError(error).message}` });

  const backup = async () => {
    const data = await makeBackup.mutateAsync();
    const day = new Date().toISOString().slice(0, 10);
    downloadText(`tifa-backup-${day}.json`, JSON.stringify(data), "application/json");
    setMessage({
      ok: true,
      text: pick(lang, {
        zh: `已备份 ${data.documentCount} 个文档。`,
        en: `Backed up ${data.documentCount} documents.`,
      }),
    });
  };
  const clear = async () => {
    setConfirmingClear(false);
    await clearDatabase.mutateAsync();
    setMessage({ ok: true, text: pick(lang, { zh: "已清空全部数据。", en: "All data cleared." }) });
  };

  return (
    <div className="space-y-3" aria-busy={busy}>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={`${OUTLINE_BUTTON} ${DISABLED}`}
          data-testid="backup-button"
          disabled={busy}
          onClick={() => void backup().catch(failed({ zh: "备份失败：", en: "The backup failed: " }))}
        >
          {pick(lang, { zh: "备份数据库", en: "Back up the database" })}
        </button>
        <FileButton
          accept=".json,application/json"
          testId="restore-input"
          disabled={busy}
          onFile={(file) => {
            setConfirmingClear(false);
            void restore.choose(file).catch(failed(RESTORE_FAILED));
          }}
        >
          {pick(lang, { zh: "从备份恢复…", en: "Restore from a backup…" })}
        </FileButton>
        <button
          type="button"
          className={`${OUTLINE_BUTTON} ${DISABLED} border-red-300 text-red-800 dark:border-red-800 dark:text-red-300`}
          data-testid="clear-button"
          disabled={busy}
          onClick={() => {
            restore.cancel();
            setConfirmingClear(true);
          }}
        >
          {pick(lang, { zh: "清空全部数据…", en: "Clear all data…" })}
        </button>
      </div>
      {confirmingClear && (
        <ClearConfirm
          onConfirm={() => void clear().catch(failed({ zh: "清空失败：", en: "Clearing failed: " }))}
          onCancel={() => setConfirmingClear(false)}
        />
      )}
      {restore.pending && (
        <RestoreConfirm
          pending={restore.pending}
          onConfirm={() => void restore.confirm().catch(failed(RESTORE_FAILED))}
          onCancel={restore.cancel}
        />
      )}
      {busy && (
        <p role="status" data-testid="restore-status" className="text-sm text-stone-600 dark:text-stone-400">
          {pick(lang, { zh: "正在恢复…", en: "Restoring…" })}
        </p>
      )}
      {busy && restore.progress && (
        <progress
          data-testid="restore-progress"
          aria-label={pick(lang, { zh: "恢复进度", en: "Restore progress" })}
          className="h-2 w-full max-w-md accent-rose-800"
          max={restore.progress.total}
          value={restore.progress.done}
        />
      )}
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          data-testid="backup-message"
          className={
            message.ok ? "text-sm text-emerald-800 dark:text-emerald-300" : "text-sm text-red-800 dark:text-red-300"
          }
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
