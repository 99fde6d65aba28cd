/** Pure ECharts option for two provinces' meetings by month, side by side in their fixed colours. */
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import type { Comparison } from "../../analytics/compare";
import { provinceLabel } from "../../lib/i18n";
import { provinceColour } from "../../lib/province-colours";
import type { Lang } from "../../lib/url-state";

export type CompareOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>;

export function compareOption(c: Comparison, a: string, b: string, lang: Lang) {
  const names = [provinceLabel(a, lang), provinceLabel(b, lang)];
  const description = c.counts.map((counts, i) => `${names[i]}: ${counts.reduce((s, n) => s + n, 0)}`).join("; ");
  return {
    aria: { enabled: true, label: { description } },
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: names },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: c.months },
    yAxis: { type: "value", minInterval: 1 },
    series: [a, b].map((province, i) => ({
      type: "bar" as const,
      name: names[i]!,
      data: c.counts[i as 0 | 1],
      itemStyle: { color: provinceColour(province) },
    })),
  } satisfies CompareOption;
}
