import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { ConfirmDialog } from "./confirm-dialog";

/** Asks before deleting everything, and says a backup comes first. */
export function ClearConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const lang = useLang();
  return (
    <ConfirmDialog
      message={pick(lang, {
        zh: "确定删除全部文章、会议、人物以及您的更正和笔记？此操作无法撤销；可先备份。",
        en:
          "Delete every article, meeting and person, and your corrections and notes? This cannot be undone; " +
          "back up first if unsure.",
      })}
      confirmLabel={pick(lang, { zh: "全部删除", en: "Delete everything" })}
      confirmTestId="clear-confirm"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
