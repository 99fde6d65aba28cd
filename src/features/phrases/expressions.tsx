import { useQuery } from "@tanstack/react-query";
import { ChartFrame } from "../../components/chart-frame";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { aggregateQuery } from "../../queries/reads";
import type { Expression } from "../../analytics/ngrams";

/** Expressions that recur without quotation marks, found statistically and marked as such. */
export function RecurringExpressions() {
  const lang = useLang();
  const { state, update } = useViewState();
  const query = useQuery(aggregateQuery("expressions", state.filters, { limit: 30 }));
  const rows = query.data ?? [];
  const ordered = [...rows].slice(0, 20).reverse();
  return (
    <ChartFrame<Expression>
      id="expressions"
      title={{ zh: "反复出现的未加引号表述（统计得出）", en: "Recurring unquoted expressions (statistical)" }}
      option={
        rows.length
          ? {
              tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
              grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
              xAxis: { type: "value", minInterval: 1 },
              yAxis: { type: "category", data: ordered.map((e) => e.expression) },
              legend: { top: 0 },
              series: [
                {
                  type: "bar",
                  name: lang === "en" ? "Articles" : "文章",
                  data: ordered.map((e) => e.articles),
                  itemStyle: { color: "#78716c" },
                },
                {
                  type: "bar",
                  name: lang === "en" ? "Provinces" : "省份",
                  data: ordered.map((e) => e.provinces),
                  itemStyle: { color: "#d6d3d1" },
                },
              ],
            }
          : null
      }
      rows={rows}
      columns={[
        { label: { zh: "表述", en: "Expression" }, value: (e) => e.expression },
        { label: { zh: "文章", en: "Articles" }, value: (e) => e.articles, numeric: true },
        { label: { zh: "省份", en: "Provinces" }, value: (e) => e.provinces, numeric: true },
      ]}
      isLoading={query.isPending}
      error={query.error}
      height={Math.max(220, Math.min(20, rows.length) * 30 + 60)}
      onRowClick={(e) => update({ view: "articles", q: e.expression })}
      note={
        <p className="mb-1 text-xs text-stone-500 dark:text-stone-400">
          {pick(lang, {
            zh: "非引号提法：在多篇文章中重复出现的字串，已去除常见套话。",
            en: "Not quoted formulations: character strings shared by several articles, boilerplate removed.",
          })}
        </p>
      }
    />
  );
}
