import { useDeferredValue, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Empty, Loading } from "../../components/states";
import { meetingTypeLabel, pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";
import { ArticleReader } from "./article-reader";

export default function ArticlesView() {
  const { state } = useViewState();
  if (state.article) return <ArticleReader id={state.article} />;
  // Keyed by the URL's search so a search set elsewhere (a link, back/forward) starts the box afresh.
  return <ArticleList key={state.q} />;
}

function ArticleList() {
  const lang = useLang();
  const { state, update } = useViewState();
  const [q, setQ] = useState(state.q);
  const deferred = useDeferredValue(q);
  const list = useQuery(aggregateQuery("articleList", state.filters, { q: deferred, limit: 200 }));
  return (
    <section
      aria-labelledby="articles-title"
      className="rounded-lg border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-700 dark:bg-stone-900"
    >
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 id="articles-title" className="text-base font-semibold">
          {pick(lang, { zh: "文章", en: "Articles" })}
        </h2>
        <label className="flex grow items-center gap-2 text-sm">
          <span className="sr-only">{pick(lang, { zh: "搜索文章", en: "Search articles" })}</span>
          <input
            type="search"
            data-testid="article-search"
            value={q}
            placeholder={pick(lang, { zh: "按标题、人物、提法搜索…", en: "Search titles, people, phrases…" })}
            onChange={(e) => setQ(e.target.value)}
            onBlur={() => q !== state.q && update({ q }, { replace: true })}
            className="w-full max-w-md rounded border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
          />
        </label>
        {list.data && (
          <span className="text-sm text-stone-600 dark:text-stone-400" data-testid="article-count">
            {pick(lang, { zh: `${list.data.total} 篇`, en: `${list.data.total} articles` })}
          </span>
        )}
      </div>
      {list.isPending ? (
        <Loading />
      ) : !list.data?.items.length ? (
        <Empty />
      ) : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-700" data-testid="article-list">
          {list.data.items.map((a) => (
            <li key={a.id} className="py-2">
              <button
                type="button"
                className="text-left font-medium text-rose-900 hover:underline dark:text-rose-300"
                onClick={() => update({ article: a.id })}
              >
                {a.title ?? `${pick(lang, { zh: "（无标题）", en: "(untitled)" })} · ${a.file}`}
              </button>
              <div className="text-xs text-stone-500 dark:text-stone-400">
                {[
                  a.date ?? "?",
                  a.province ? provinceLabel(a.province, lang) : null,
                  a.meetingType ? meetingTypeLabel(a.meetingType, lang) : null,
                  a.people.slice(0, 5).join("、"),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
