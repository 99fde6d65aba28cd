import { pick, rememberLang } from "../lib/i18n";
import { useLang } from "../lib/use-lang";
import { useDark } from "../lib/use-dark";
import { useViewState } from "../lib/view-state";
import { EmbedButton } from "./embed";
import { TAB_VIEWS, VIEW_LABELS } from "./views";

const small =
  "rounded border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

export function Header() {
  const { state, update } = useViewState();
  const lang = useLang();
  const dark = useDark();
  return (
    <header className="border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
        <a href="./" className="flex items-center gap-2 font-semibold text-rose-900 dark:text-rose-300">
          <img src="icons/icon.svg" alt="" width={28} height={28} />
          <span>Tifa · 提法</span>
        </a>
        <nav
          aria-label={pick(lang, { zh: "视图", en: "Views" })}
          className="order-3 w-full overflow-x-auto sm:order-none sm:w-auto"
        >
          <ul className="flex gap-1">
            {TAB_VIEWS.map((view) => (
              <li key={view}>
                <button
                  type="button"
                  data-testid={`nav-${view}`}
                  aria-current={state.view === view ? "page" : undefined}
                  onClick={() => update({ view })}
                  className={`whitespace-nowrap rounded px-3 py-1.5 text-sm ${state.view === view ? "bg-rose-800 text-white" : "hover:bg-stone-100 dark:hover:bg-stone-800"}`}
                >
                  {pick(lang, VIEW_LABELS[view])}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <button
            type="button"
            className={small}
            data-testid="lang-toggle"
            lang={lang === "zh" ? "en" : "zh"}
            onClick={() => {
              const next = lang === "zh" ? "en" : "zh";
              rememberLang(next);
              update({ lang: next }, { replace: true });
            }}
          >
            {lang === "zh" ? "English" : "中文"}
          </button>
          <button
            type="button"
            className={small}
            aria-label={pick(lang, { zh: "切换深色/浅色", en: "Switch dark/light" })}
            onClick={() => update({ theme: dark ? "light" : "dark" }, { replace: true })}
          >
            {dark ? "☀" : "☾"}
          </button>
          <EmbedButton />
        </div>
      </div>
    </header>
  );
}
