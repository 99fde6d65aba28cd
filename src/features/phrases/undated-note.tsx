import { FILTER_BUTTON } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";

/**
 * What a date axis leaves out: "N reports not shown: no date, or no year", with a button that
 * opens the article list of exactly those reports (the view's filters, these phrases, undated).
 */
export function UndatedNote({ id, count, phrases }: { id: string; count: number; phrases: readonly string[] }) {
  const lang = useLang();
  const { state, update } = useViewState();
  if (!count) return null;
  const open = () =>
    update({
      view: "articles",
      article: null,
      filters: {
        ...state.filters,
        phrases: state.filters.phrases.length ? state.filters.phrases : [...phrases],
        dating: ["undated"],
      },
    });
  return (
    <p
      className="mb-2 flex flex-wrap items-center gap-2 text-sm text-stone-600 dark:text-stone-300"
      data-testid={`undated-${id}`}
    >
      <span>
        {pick(lang, {
          zh: `${count} 篇报道未显示：无日期或年份不详`,
          en: `${count} ${count === 1 ? "report" : "reports"} not shown: no date, or no year`,
        })}
      </span>
      <button
        type="button"
        className={`px-2 py-0.5 ${FILTER_BUTTON}`}
        onClick={open}
        data-testid={`undated-open-${id}`}
      >
        {pick(lang, { zh: "查看这些报道", en: "Show them" })}
      </button>
    </p>
  );
}
