import { pick, type Text } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";

const CHIP =
  "flex items-center gap-1 rounded-full bg-rose-100 py-0.5 pl-2 pr-1 text-sm text-rose-950 " +
  "dark:bg-rose-950 dark:text-rose-100";

/** One active filter value, with the button that removes it. */
export function FilterChip({
  label,
  kind,
  onRemove,
  removeLabel,
}: {
  label: string;
  kind: Text;
  onRemove: () => void;
  removeLabel: string;
}) {
  const lang = useLang();
  return (
    <li className={CHIP} data-testid="filter-chip">
      <span className="text-xs opacity-70">{pick(lang, kind)}</span>
      <span>{label}</span>
      <button
        type="button"
        aria-label={removeLabel}
        onClick={onRemove}
        className="rounded-full px-1.5 hover:bg-rose-200 dark:hover:bg-rose-900"
      >
        ×
      </button>
    </li>
  );
}
