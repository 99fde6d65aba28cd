import { useState } from "react";
import { pick } from "../../lib/i18n";
import { problemText } from "../../lib/problem-text";
import { useLang } from "../../lib/use-lang";
import { describeError } from "../../model/problem";
import { useBackup, useClear, useRestore } from "../../queries/writes";
import { downloadText } from "../../components/csv";

const button =
  "rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

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
    downloadText(`tifa-backup-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(data), "application/json");
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
          className={button}
          data-testid="backup-button"
          onClick={() => void backup().catch(failed({ zh: "备份失败：", en: "The backup failed: " }))}
        >
          {pick(lang, { zh: "备份数据库", en: "Back up the database" })}
        </button>
        <label className={`${button} cursor-pointer`}>
          {pick(lang, { zh: "从备份恢复…", en: "Restore from a backup…" })}
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            data-testid="restore-input"
            onChange={(e) =>
              void restore(e.target.files?.[0])
                .catch(failed({ zh: "恢复失败，未作任何更改：", en: "The restore failed; nothing was changed: " }))
                .finally(() => (e.target.value = ""))
            }
          />
        </label>
        <button
          type="button"
          className={`${button} border-red-300 text-red-800 dark:border-red-800 dark:text-red-300`}
          data-testid="clear-button"
          onClick={() => setConfirming(true)}
        >
          {pick(lang, { zh: "清空全部数据…", en: "Clear all data…" })}
        </button>
      </div>
      {confirming && (
        <div
          role="alertdialog"
          aria-labelledby="clear-title"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950"
        >
          <p id="clear-title" className="mb-2">
            {pick(lang, {
              zh: "确定删除全部文章、会议和人物？此操作无法撤销；可先备份。",
              en: "Delete every article, meeting and person? This cannot be undone; back up first if unsure.",
            })}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              className="rounded bg-red-800 px-3 py-1 text-white"
              data-testid="clear-confirm"
              onClick={() => void clear().catch(failed({ zh: "清空失败：", en: "Clearing failed: " }))}
            >
              {pick(lang, { zh: "全部删除", en: "Delete everything" })}
            </button>
            <button type="button" className={button} onClick={() => setConfirming(false)}>
              {pick(lang, { zh: "取消", en: "Cancel" })}
            </button>
          </div>
        </div>
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
