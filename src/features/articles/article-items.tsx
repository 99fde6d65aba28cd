import type { ArticleListItem } from "../../analytics/articles";
import { meetingTypeLabel, pick, provinceLabel } from "../../lib/i18n";
import { dateLabel } from "../../lib/dates";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";

/** "2024-03-13 · 湖北 · 党组会议 · 庄严、刘渊": what is known of an article, in one line. */
function summary(a: ArticleListItem, lang: Lang): string {
  return [
    dateLabel(a.date, lang),
    a.province ? provinceLabel(a.province, lang) : null,
    a.meetingType ? meetingTypeLabel(a.meetingType, lang) : null,
    a.people.slice(0, 5).join("、"),
  ]
    .filter(Boolean)
    .join(" · ");
}

/** One line per article; its title opens the reader. */
export function ArticleItems({ items }: { items: readonly ArticleListItem[] }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <ul className="divide-y divide-stone-200 dark:divide-stone-700" data-testid="article-list">
      {items.map((a) => (
        <li key={a.id} className="py-2">
          <button
            type="button"
            className="text-left font-medium text-rose-900 hover:underline dark:text-rose-300"
            onClick={() => update({ article: a.id })}
          >
            {a.title ?? `${pick(lang, { zh: "（无标题）", en: "(untitled)" })} · ${a.file}`}
          </button>
          <div className="text-xs text-stone-500 dark:text-stone-400">{summary(a, lang)}</div>
        </li>
      ))}
    </ul>
  );
}
