import { useDeferredValue, useState } from "react";
import { Empty, Loading } from "../../components/states";
import { CARD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { ArticleItems } from "./article-items";
import { useArticleList } from "./use-article-list";

const SEARCH = "w-full max-w-md rounded border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800";

const PLACEHOLDER = { zh: "按标题、人物、提法搜索…", en: "Search titles, people, phrases…" };

/** The articles under the filters, with a search box that writes to the URL when left. */
export function ArticleList() {
  const lang = useLang();
  const { state, update } = useViewState();
  const [q, setQ] = useState(state.q);
  const deferred = useDeferredValue(q);
  const list = useArticleList(deferred);
  return (
    <section aria-labelledby="articles-title" className={`p-3 ${CARD}`}>
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
            placeholder={pick(lang, PLACEHOLDER)}
            onChange={(e) => setQ(e.target.value)}
            onBlur={() => q !== state.q && update({ q }, { replace: true })}
            className={SEARCH}
          />
        </label>
        {list.data && (
          <span className="text-sm text-stone-600 dark:text-stone-400" data-testid="article-count">
            {pick(lang, { zh: `${list.data.total} 篇`, en: `${list.data.total} articles` })}
          </span>
        )}
      </div>
      {list.isPending ? <Loading /> : !list.data?.items.length ? <Empty /> : <ArticleItems items={list.data.items} />}
    </section>
  );
}
