import type { ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { hasFilters, NO_FILTERS } from "../model/filters";
import { countsQuery } from "../queries/reads";
import { pick, type Text } from "../lib/i18n";
import { useLang } from "../lib/use-lang";
import { useViewState } from "../lib/view-state";
import { OUTLINE_BUTTON } from "./styles";

const CENTRED = "flex h-full min-h-24 items-center justify-center text-sm text-stone-500 dark:text-stone-400";

export function Loading({ label }: { label?: Text }) {
  const lang = useLang();
  return (
    <div role="status" className={CENTRED}>
      <span className="mr-2 inline-block h-3 w-3 animate-pulse rounded-full bg-rose-700" aria-hidden="true" />
      {pick(lang, label ?? { zh: "加载中…", en: "Loading…" })}
    </div>
  );
}

const EMPTY = {
  noArticles: { zh: "还没有文章。", en: "No articles yet." },
  filters: { zh: "这些筛选条件下没有数据。", en: "No data for these filters." },
  nothing: { zh: "这里还没有可显示的数据。", en: "Nothing to show here yet." },
  elsewhere: {
    zh: "数据保存在各自的浏览器里，这里只有内置文章：别人发来的链接只带着筛选条件，不带他们自己导入的文章。",
    en: "Data lives in each browser, and this one holds only the bundled articles: a link someone sent carries their filters, not the articles they imported.",
  },
  clear: { zh: "清除筛选", en: "Clear the filters" },
};

/**
 * Nothing to draw, and why: no articles at all (the banner above the view offers the bundled
 * ones back), or the filters, which it offers to clear; with only the bundled articles here,
 * it adds that a shared link brings filters, not the sender's data.
 */
export function Empty({ children }: { children?: ReactNode }) {
  const lang = useLang();
  const { state, setFilters } = useViewState();
  const { data: counts } = useQuery(countsQuery());
  const noArticles = counts?.articles === 0;
  const filtering = !noArticles && hasFilters(state.filters);
  return (
    <div data-testid="empty-state" className={`${CENTRED} flex-col gap-2 p-4 text-center`}>
      <p>{pick(lang, noArticles ? EMPTY.noArticles : filtering ? EMPTY.filters : EMPTY.nothing)}</p>
      {filtering && counts?.addedDocuments === 0 && (
        <p data-testid="empty-elsewhere" className="max-w-prose text-xs">
          {pick(lang, EMPTY.elsewhere)}
        </p>
      )}
      {filtering && (
        <button
          type="button"
          data-testid="empty-clear-filters"
          className={OUTLINE_BUTTON}
          onClick={() => setFilters(NO_FILTERS)}
        >
          {pick(lang, EMPTY.clear)}
        </button>
      )}
      {children}
    </div>
  );
}

const ALERT =
  "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 " +
  "dark:border-red-800 dark:bg-red-950 dark:text-red-100";

export function ErrorNotice({ error }: { error: unknown }) {
  const lang = useLang();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className={ALERT}>
      {pick(lang, { zh: "无法显示这部分内容：", en: "This part could not be shown: " })}
      {detail}
    </div>
  );
}
