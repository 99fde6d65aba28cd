import { pick, type Text } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { ConfirmDialog } from "./confirm-dialog";
import type { PendingRestore } from "./use-restore-flow";

const documents = (n: number) => `${n} document${n === 1 ? "" : "s"}`;

/** The question before a restore: what the database holds now, and what replaces it. */
export function restoreQuestion({ fileName, current, incoming }: PendingRestore): Text {
  return {
    zh: `数据库现有 ${current} 个文档。从“${fileName}”恢复，将用备份中的 ${incoming} 个文档替换它们。此操作无法撤销；可先备份。`,
    en:
      `The database holds ${documents(current)} now. Restoring “${fileName}” replaces what it holds with the backup's ` +
      `${documents(incoming)}. This cannot be undone; back up first if unsure.`,
  };
}

/** Asks before a backup replaces the whole database. */
export function RestoreConfirm({
  pending,
  onConfirm,
  onCancel,
}: {
  pending: PendingRestore;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const lang = useLang();
  return (
    <ConfirmDialog
      message={pick(lang, restoreQuestion(pending))}
      confirmLabel={pick(lang, { zh: "用备份替换", en: "Replace with the backup" })}
      confirmTestId="restore-confirm"
      cancelTestId="restore-cancel"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
