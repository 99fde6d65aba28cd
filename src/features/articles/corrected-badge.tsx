import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";

const BADGE =
  "ml-1 inline-block rounded bg-emerald-100 px-1 text-[11px] font-medium text-emerald-900 " +
  "dark:bg-emerald-900 dark:text-emerald-100";

/** "corrected", with what the parser read in its tooltip (and for screen readers). */
export function CorrectedBadge({ was }: { was: string }) {
  const lang = useLang();
  const tip = pick(lang, { zh: `原为：${was}`, en: `was: ${was}` });
  return (
    <span className={BADGE} title={tip} data-testid="corrected-badge">
      {pick(lang, { zh: "已更正", en: "corrected" })}
      <span className="sr-only"> ({tip})</span>
    </span>
  );
}
