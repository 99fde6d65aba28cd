import { useState } from "react";
import { pick } from "../../lib/i18n";
import { problemText } from "../../lib/problem-text";
import { useLang } from "../../lib/use-lang";
import { OUTLINE_BUTTON } from "../../components/styles";
import { describeError } from "../../model/problem";
import { useBackup, useClear, useRestore } from "../../queries/writes";
import { downloadText } from "../../components/csv";
import { ClearConfirm } from "./clear-confirm";

const RESTORE_FAILED = { zh: "恢复失败，未作任何更改：", en: "The restore failed; nothing was changed: " };

/** Backup to one file, restore from one (validated first), and clearing with confirmation. */
export function BackupControls() {
  const lang = useLang();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const makeBackup = useBackup();
  const restoreBackup = useRestore();
  const clearDatabase = useClear();

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
  const restore = async (file: File | undefined) => {
    if (!file) return;
    const result = await restoreBackup.mutateAsync(await file.text());
    if (result.ok) {
      setMessage({
        ok: true,
        text: pick(lang, {
          zh: `已从 ${file.name} 恢复 ${result.documents} 个文档。`,
          en: `Restored ${result.documents} documents from ${file.name}.`,
        }),
      });
    } else setMessage({ ok: false, text: problemText(result.problem, file.name, lang) });
  };
  const clear = async () => {
    setConfirming(false);
    await clearDatabase.mutateAsync();
    setMessage({ ok: true, text: pick(lang, { zh: "已清空全部数据。", en: "All data cleared." }) });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={OUTLINE_BUTTON}
          data-testid="backup-button"
          onClick={() => void backup().catch(failed({ zh: "备份失败：", en: "The backup failed: " }))}
        >
          {pick(lang, { zh: "备份数据库", en: "Back up the database" })}
        </button>
        <label className={`${OUTLINE_BUTTON} cursor-pointer`}>
          {pick(lang, { zh: "从备份恢复…", en: "Restore from a backup…" })}
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            data-testid="restore-input"
            onChange={(e) =>
              void restore(e.target.files?.[0])
                .catch(failed(RESTORE_FAILED))
                .finally(() => (e.target.value = ""))
            }
          />
        </label>
        <button
          type="button"
          className={`${OUTLINE_BUTTON} border-red-300 text-red-800 dark:border-red-800 dark:text-red-300`}
          data-testid="clear-button"
          onClick={() => setConfirming(true)}
        >
          {pick(lang, { zh: "清空全部数据…", en: "Clear all data…" })}
        </button>
      </div>
      {confirming && (
        <ClearConfirm
          onConfirm={() => void clear().catch(failed({ zh: "清空失败：", en: "Clearing failed: " }))}
          onCancel={() => setConfirming(false)}
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
