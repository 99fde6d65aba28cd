import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { clearDatabase, makeBackup, restoreBackup } from "../../queries/database";
import { downloadText } from "../../components/csv";

const button =
  "rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

/** Backup to one file, restore from one (validated first), and clearing with confirmation. */
export function BackupControls() {
  const lang = useLang();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const backup = async () => {
    const data = await makeBackup();
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
    const result = await restoreBackup(await file.text(), file.name);
    if (result.ok) {
      await queryClient.invalidateQueries();
      setMessage({
        ok: true,
        text: pick(lang, {
          zh: `已从 ${file.name} 恢复 ${result.documents} 个文档。`,
          en: `Restored ${result.documents} documents from ${file.name}.`,
        }),
      });
    } else setMessage({ ok: false, text: result.message });
  };
  const clear = async () => {
    setConfirming(false);
    await clearDatabase();
    await queryClient.invalidateQueries();
    setMessage({ ok: true, text: pick(lang, { zh: "已清空全部数据。", en: "All data cleared." }) });
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} data-testid="backup-button" onClick={() => void backup()}>
          {pick(lang, { zh: "备份数据库", en: "Back up the database" })}
        </button>
        <label className={`${button} cursor-pointer`}>
          {pick(lang, { zh: "从备份恢复…", en: "Restore from a backup…" })}
          <input
            type="file"
            accept=".json,application/json"
            className="sr-only"
            data-testid="restore-input"
            onChange={(e) => void restore(e.target.files?.[0]).finally(() => (e.target.value = ""))}
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
              onClick={() => void clear()}
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
