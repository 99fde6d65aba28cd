import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { OUTLINE_BUTTON } from "../../components/styles";

const DIALOG = "rounded border border-red-300 bg-red-50 p-3 text-sm dark:border-red-800 dark:bg-red-950";

/** Asks before deleting everything, and says a backup comes first. */
export function ClearConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const lang = useLang();
  return (
    <div role="alertdialog" aria-labelledby="clear-title" className={DIALOG}>
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
          onClick={onConfirm}
        >
          {pick(lang, { zh: "全部删除", en: "Delete everything" })}
        </button>
        <button type="button" className={OUTLINE_BUTTON} onClick={onCancel}>
          {pick(lang, { zh: "取消", en: "Cancel" })}
        </button>
      </div>
    </div>
  );
}
