import type { ArticleListItem } from "../../analytics/articles";
import { meetingTypeLabel, pick, provinceLabel } from "../../lib/i18n";
import { dateLabel } from "../../lib/dates";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";

/** "2024-03-13 · 湖北 · 党组会议": what is known of an article, in one line (its people follow, each a link). */
function summary(a: ArticleListItem, lang: Lang): string {
  return [
    dateLabel(a.date, lang),
    a.province ? provinceLabel(a.province, lang) : null,
    a.meetingType ? meetingTypeLabel(a.meetingType, lang) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** The first five people named, each opening their page. */
function People({ people }: { people: ArticleListItem["people"] }) {
  const { update } = useViewState();
  return people.slice(0, 5).map((p, i) => (
    <span key={p.id}>
      {i === 0 ? " · " : "、"}
      <button
        type="button"
        className="hover:text-rose-800 hover:underline dark:hover:text-rose-300"
        data-testid="list-person"
        onClick={() => update({ view: "person", person: p.id })}
      >
        {p.name}
      </button>
    </span>
  ));
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
          <div className="text-xs text-stone-500 dark:text-stone-400">
            {summary(a, lang)}
            <People people={a.people} />
          </div>
        </li>
      ))}
    </ul>
  );
}
