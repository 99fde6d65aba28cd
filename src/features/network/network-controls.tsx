import { FIELD } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { NetworkSettings } from "./use-network-settings";

// Up to 2,000 people: the layout runs in the worker (about 1 s at 2,000, `npm run bench`), the chart only draws.
const LIMITS = [50, 150, 300, 600, 1000, 2000];
const BY_COMMUNITY = { zh: "按社群（Louvain）", en: "by community (Louvain)" };

/** Above the graph: mentioned people in or out, colour, size, search, and how many are shown. */
export function NetworkControls({ settings, count }: { settings: NetworkSettings; count: string | null }) {
  const lang = useLang();
  const { state, update } = useViewState();
  return (
    <div className="mb-2 flex flex-wrap items-center gap-3 text-sm">
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          data-testid="toggle-mentioned"
          checked={state.mentioned}
          onChange={(e) => update({ mentioned: e.target.checked }, { replace: true })}
        />
        {pick(lang, { zh: "包括仅被提及的人", en: "Include people only mentioned" })}
      </label>
      <label className="flex items-center gap-1">
        {pick(lang, { zh: "颜色", en: "Colour" })}
        <select
          className={FIELD}
          value={settings.colorBy}
          onChange={(e) => settings.setColorBy(e.target.value === "community" ? "community" : "province")}
        >
          <option value="province">{pick(lang, { zh: "按省份", en: "by province" })}</option>
          <option value="community">{pick(lang, BY_COMMUNITY)}</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        {pick(lang, { zh: "最多", en: "Show up to" })}
        <select className={FIELD} value={settings.limit} onChange={(e) => settings.setLimit(Number(e.target.value))}>
          {LIMITS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <span className="sr-only">{pick(lang, { zh: "搜索人物", en: "Search people" })}</span>
        <input
          type="search"
          className={FIELD}
          data-testid="person-search"
          placeholder={pick(lang, { zh: "搜索人物…", en: "Search people…" })}
          value={settings.search}
          onChange={(e) => settings.setSearch(e.target.value)}
        />
      </label>
      {count !== null && (
        <span data-testid="network-count" className="text-stone-600 dark:text-stone-400">
          {count}
        </span>
      )}
    </div>
  );
}
