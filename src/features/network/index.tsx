import { useDeferredValue, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { ChartFrame } from "../../components/chart-frame";
import { pick, personLabel, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { NetworkNode } from "../../analytics/network";
import { aggregateQuery } from "../../queries/reads";
import { PersonPanel } from "./person-panel";
import { networkOption, type ColorBy } from "./to-option";

const field = "rounded border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-800";

export default function NetworkView() {
  const lang = useLang();
  const { state, update } = useViewState();
  const [colorBy, setColorBy] = useState<ColorBy>("province");
  const [limit, setLimit] = useState(150);
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search);
  const net = useQuery(
    aggregateQuery("network", state.filters, { includeMentioned: state.mentioned, limit, search: deferredSearch }),
  );
  const data = net.data;
  const nodes = data?.nodes ?? [];

  const controls = (
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
        <select className={field} value={colorBy} onChange={(e) => setColorBy(e.target.value as ColorBy)}>
          <option value="province">{pick(lang, { zh: "按省份", en: "by province" })}</option>
          <option value="community">{pick(lang, { zh: "按社群（Louvain）", en: "by community (Louvain)" })}</option>
        </select>
      </label>
      <label className="flex items-center gap-1">
        {pick(lang, { zh: "最多", en: "Show up to" })}
        <select className={field} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {[50, 150, 300, 600].map((n) => (
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
          className={field}
          data-testid="person-search"
          placeholder={pick(lang, { zh: "搜索人物…", en: "Search people…" })}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
      {data && (
        <span data-testid="network-count" className="text-stone-600 dark:text-stone-400">
          {pick(lang, {
            zh: `显示 ${nodes.length} / ${data.total} 人`,
            en: `showing ${nodes.length} of ${data.total} people`,
          })}
        </span>
      )}
    </div>
  );

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <div className={state.focusPerson ? "lg:col-span-2" : "lg:col-span-3"}>
        <ChartFrame<NetworkNode>
          id="network"
          title={{ zh: "谁与谁开会", en: "Who meets whom" }}
          option={nodes.length ? networkOption(data!, lang, colorBy, state.focusPerson) : null}
          rows={nodes}
          columns={[
            { label: { zh: "人物", en: "Person" }, value: (n) => personLabel(n.name, lang) },
            {
              label: { zh: "省份", en: "Province" },
              value: (n) => (n.province ? provinceLabel(n.province, lang) : "—"),
            },
            { label: { zh: "会议", en: "Meetings" }, value: (n) => n.meetings, numeric: true },
            { label: { zh: "被提及", en: "Mentioned" }, value: (n) => n.mentions, numeric: true },
          ]}
          isLoading={net.isPending}
          error={net.error}
          height={560}
          note={controls}
          onEvents={{
            click: (p) =>
              p.dataType === "node" &&
              typeof (p.data as { id?: unknown })?.id === "string" &&
              update({ focusPerson: (p.data as { id: string }).id }),
          }}
          onRowClick={(n) => update({ focusPerson: n.id })}
        />
      </div>
      {state.focusPerson && <PersonPanel personId={state.focusPerson} />}
    </div>
  );
}
