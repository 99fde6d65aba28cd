import { useQuery } from "@tanstack/react-query";
import { ChartFrame } from "../../components/chart-frame";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { PhraseStat } from "../../analytics/phrases";
import { aggregateQuery } from "../../queries/reads";
import { RecurringExpressions } from "./expressions";
import { PhraseDetail } from "./phrase-detail";
import { heatmapOption, rankingOption, trendsOption } from "./to-option";

export default function PhrasesView() {
  const lang = useLang();
  const { state, update } = useViewState();
  const ranking = useQuery(aggregateQuery("phraseRanking", state.filters, { limit: 200 }));
  const items = ranking.data?.items ?? [];
  const top = items.slice(0, 20);
  const selected = state.focusPhrase
    ? [
        state.focusPhrase,
        ...top
          .slice(0, 4)
          .map((s) => s.phrase)
          .filter((p) => p !== state.focusPhrase),
      ]
    : top.slice(0, 5).map((s) => s.phrase);
  const trends = useQuery({
    ...aggregateQuery("phraseTrends", state.filters, { phrases: selected }),
    enabled: selected.length > 0,
  });
  const heat = useQuery(aggregateQuery("phraseHeatmap", state.filters, { limit: 15 }));
  const focus = (phrase: string) => update({ focusPhrase: phrase });

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFrame<PhraseStat>
        id="phrase-ranking"
        title={{ zh: "反复出现的提法", en: "Recurring formulations" }}
        option={top.length ? rankingOption(top, lang) : null}
        rows={items}
        columns={[
          { label: { zh: "提法", en: "Phrase" }, value: (s) => s.phrase },
          { label: { zh: "文章", en: "Articles" }, value: (s) => s.articles, numeric: true },
          { label: { zh: "省份", en: "Provinces" }, value: (s) => s.provinces, numeric: true },
          {
            label: { zh: "最早", en: "First" },
            value: (s) => `${s.first.date ?? "?"} ${s.first.province ? provinceLabel(s.first.province, lang) : ""}`,
          },
        ]}
        isLoading={ranking.isPending}
        error={ranking.error}
        height={Math.max(240, top.length * 26 + 50)}
        onEvents={{ click: (p) => typeof p.name === "string" && focus(p.name) }}
        onRowClick={(s) => focus(s.phrase)}
        note={
          <p className="mb-1 text-xs text-stone-500 dark:text-stone-400">
            {pick(lang, {
              zh: `共 ${ranking.data?.total ?? 0} 个加引号的提法；点击查看详情。`,
              en: `${ranking.data?.total ?? 0} quoted formulations; click one for detail.`,
            })}
          </p>
        }
      />
      <ChartFrame
        id="phrase-trends"
        title={{ zh: "提法走势", en: "Trends" }}
        option={trends.data?.months.length ? trendsOption(trends.data) : null}
        rows={(trends.data?.months ?? []).map((month, i) => ({
          month,
          ...Object.fromEntries((trends.data?.series ?? []).map((s) => [s.phrase, s.counts[i] ?? 0])),
        }))}
        columns={[
          { label: { zh: "月份", en: "Month" }, value: (r: Record<string, string | number>) => r.month ?? "" },
          ...selected.map((p) => ({
            label: { zh: p, en: p },
            value: (r: Record<string, string | number>) => r[p] ?? 0,
            numeric: true,
          })),
        ]}
        isLoading={trends.isPending && selected.length > 0}
        error={trends.error}
        height={Math.max(240, top.length * 26 + 50)}
      />
      <div className="lg:col-span-2">
        <ChartFrame
          id="phrase-heatmap"
          title={{ zh: "提法 × 省份", en: "Phrases × provinces" }}
          option={heat.data?.cells.length ? heatmapOption(heat.data, lang) : null}
          rows={heat.data?.cells ?? []}
          columns={[
            { label: { zh: "提法", en: "Phrase" }, value: (c) => heat.data?.phrases[c[1]] ?? "" },
            {
              label: { zh: "省份", en: "Province" },
              value: (c) => provinceLabel(heat.data?.provinces[c[0]] ?? "", lang),
            },
            { label: { zh: "文章", en: "Articles" }, value: (c) => c[2], numeric: true },
          ]}
          isLoading={heat.isPending}
          error={heat.error}
          height={Math.max(260, (heat.data?.phrases.length ?? 0) * 26 + 110)}
          onEvents={{ click: (p) => Array.isArray(p.value) && focus(heat.data?.phrases[Number(p.value[1])] ?? "") }}
        />
      </div>
      {state.focusPhrase && (
        <div className="lg:col-span-2">
          <PhraseDetail phrase={state.focusPhrase} />
        </div>
      )}
      <div className="lg:col-span-2">
        <RecurringExpressions />
      </div>
    </div>
  );
}
