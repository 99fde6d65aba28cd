import { pick } from "../lib/i18n";
import { useLang } from "../lib/use-lang";

/** The × that closes a side panel. */
export function CloseButton({ onClick }: { onClick: () => void }) {
  const lang = useLang();
  return (
    <button
      type="button"
      className="rounded px-2 hover:bg-stone-100 dark:hover:bg-stone-800"
      aria-label={pick(lang, { zh: "关闭", en: "Close" })}
      onClick={onClick}
    >
      ×
    </button>
  );
}
