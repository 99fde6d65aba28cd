import type { PersonPage } from "../../../analytics/person";
import { CARD } from "../../../components/styles";
import { dateLabel } from "../../../lib/dates";
import { pick, provinceLabel, roleLabel } from "../../../lib/i18n";
import { useLang } from "../../../lib/use-lang";
import { useViewState } from "../../../lib/view-state";

/** The articles that name the person, each opening the reader. */
export function PersonArticles({ page }: { page: PersonPage }) {
  const lang = useLang();
  const { update } = useViewState();
  return (
    <section className={`p-3 ${CARD}`} aria-labelledby="person-articles-title">
      <h2 id="person-articles-title" className="mb-2 text-base font-semibold">
        {pick(lang, { zh: `文章（${page.articles.length}）`, en: `Articles (${page.articles.length})` })}
      </h2>
      <ul className="divide-y divide-stone-200 text-sm dark:divide-stone-700" data-testid="person-articles">
        {page.articles.map((a) => (
          <li key={a.articleId} className="py-1.5">
            <button
              type="button"
              className="text-left font-medium text-rose-900 hover:underline dark:text-rose-300"
              onClick={() => update({ view: "articles", article: a.articleId })}
            >
              {a.title ?? pick(lang, { zh: "（无标题）", en: "(untitled)" })}
            </button>
            <div className="text-xs text-stone-500 dark:text-stone-400">
              {[dateLabel(a.date, lang), a.province ? provinceLabel(a.province, lang) : null, roleLabel(a.role, lang)]
                .filter(Boolean)
                .join(" · ")}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
