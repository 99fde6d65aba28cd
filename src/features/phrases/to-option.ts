/** Pure ECharts options for the phrases view, unit-tested with inline rows. */
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { Expression } from "../../analytics/ngrams";
import type { PhraseHeatmap, PhraseStat, PhraseTrends } from "../../analytics/phrases";
import { axisTooltip, itemTooltip, legendLabels, seriesAria, seriesName } from "../../components/chart-text";
import { provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { hasYear } from "../../model/partial-date";

type BarsOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;
export type PhraseRankingOption = BarsOption;
export type ExpressionsOption = BarsOption;
export type TrendsOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>;
export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;
export type SpreadOption = ComposeOption<LineSeriesOption | GridComponentOption | TooltipComponentOption>;

const articlesName = (lang: Lang) => (lang === "en" ? "Articles" : "文章");
const provincesName = (lang: Lang) => (lang === "en" ? "Provinces" : "省份");

export function rankingOption(items: readonly PhraseStat[], lang: Lang) {
  const ordered = [...items].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: ordered.map((s) => s.phrase), axisLabel: { width: 150, overflow: "truncate" } },
    series: [
      { type: "bar", name: articlesName(lang), data: ordered.map((s) => s.articles), itemStyle: { color: "#be123c" } },
      {
        type: "bar",
        name: provincesName(lang),
        data: ordered.map((s) => s.provinces),
        itemStyle: { color: "#f59e0b" },
      },
    ],
  } satisfies PhraseRankingOption;
}

/** The 20 most shared recurring expressions, largest at the top. */
export function expressionsOption(rows: readonly Expression[], lang: Lang) {
  const ordered = rows.slice(0, 20).reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: ordered.map((e) => e.expression) },
    legend: { top: 0 },
    series: [
      { type: "bar", name: articlesName(lang), data: ordered.map((e) => e.articles), itemStyle: { color: "#78716c" } },
      {
        type: "bar",
        name: provincesName(lang),
        data: ordered.map((e) => e.provinces),
        itemStyle: { color: "#d6d3d1" },
      },
    ],
  } satisfies ExpressionsOption;
}

export type TrendScale = "count" | "share";

export interface TrendsOptions {
  /** Raw counts, or reports per 1,000 articles of the month. */
  scale: TrendScale;
  /** The selected phrase: drawn thick, the others thin and light. */
  focus: string | null;
}

/** A month's value: null (a gap) when the month has no article at all, else the count or its share per 1,000. */
export function trendValues(
  counts: readonly number[],
  totals: readonly number[],
  scale: TrendScale,
): (number | null)[] {
  return counts.map((n, i) => {
    const total = totals[i] ?? 0;
    if (!total) return null;
    return scale === "share" ? Math.round((n * 10000) / total) / 10 : n;
  });
}

/** A value with gaps (or the axis' ends) on both sides is no line at all: it alone gets a marker. */
function markIsolated(values: readonly (number | null)[]) {
  return values.map((v, i) =>
    v !== null && (values[i - 1] ?? null) === null && (values[i + 1] ?? null) === null
      ? { value: v, symbolSize: 7 }
      : v,
  );
}

/**
 * One line per phrase over the months, without markers (but for a month alone between gaps);
 * months without any article are gaps.
 * The phrases are imported text: the series are named by position, the legend, tooltip and
 * screen-reader description show the phrases.
 */
export function trendsOption(trends: PhraseTrends, { scale, focus }: TrendsOptions) {
  const phrases = trends.series.map((s) => s.phrase);
  const dimmed = (phrase: string) => focus !== null && phrase !== focus;
  return {
    aria: seriesAria(
      phrases,
      trends.series.map((s) => s.counts),
    ),
    tooltip: { trigger: "axis", formatter: axisTooltip(trends.months, phrases) },
    legend: { type: "scroll", top: 0, formatter: legendLabels(phrases) },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: trends.months },
    yAxis: scale === "share" ? { type: "value" } : { type: "value", minInterval: 1 },
    series: trends.series.map((s, i) => ({
      type: "line",
      name: seriesName(i),
      data: markIsolated(trendValues(s.counts, trends.totals, scale)),
      symbol: "circle",
      symbolSize: 0,
      // Not "auto": ECharts would thin the markers to the axis labels' interval, hiding a lone month's.
      showAllSymbol: true,
      connectNulls: false,
      z: dimmed(s.phrase) ? 2 : 3,
      lineStyle: dimmed(s.phrase) ? { width: 1.5, opacity: 0.35 } : { width: focus ? 3.5 : 2, opacity: 1 },
    })),
  } satisfies TrendsOption;
}

/** Articles per phrase (rows) and province (columns); a cell's tooltip names both. */
export function heatmapOption(heat: PhraseHeatmap, lang: Lang) {
  const max = Math.max(1, ...heat.cells.map((c) => c[2]));
  // Cell i is heat.cells[i]: [province index, phrase index, articles].
  const cellLines = (i: number) => {
    const cell = heat.cells[i];
    if (!cell) return null;
    const province = provinceLabel(heat.provinces[cell[0]] ?? "", lang);
    return [heat.phrases[cell[1]] ?? "", `${province}: ${cell[2]}`];
  };
  return {
    tooltip: { position: "top", formatter: itemTooltip(cellLines) },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: "category",
      data: heat.provinces.map((p) => provinceLabel(p, lang)),
      splitArea: { show: true },
      axisLabel: { rotate: 45 },
    },
    yAxis: {
      type: "category",
      data: heat.phrases,
      splitArea: { show: true },
      // Long formulations wrap onto a second line instead of being cut; the chart grows per row.
      axisLabel: { width: 160, overflow: "break", lineHeight: 14 },
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: "horizontal",
      left: "center",
      bottom: 0,
      itemHeight: 80,
      inRange: { color: ["#fde2e4", "#be123c", "#881337"] },
    },
    series: [{ type: "heatmap", data: heat.cells, label: { show: true }, emphasis: { itemStyle: { shadowBlur: 6 } } }],
  } satisfies HeatmapOption;
}

export interface SpreadPoint {
  province: string;
  date: string | null;
}

/** The spread can be drawn once one province's first use has a year. */
export function canDrawSpread(spread: readonly SpreadPoint[]): boolean {
  return spread.some((s) => hasYear(s.date));
}

/** First use per province on a date axis; uses without a year cannot be placed and are left out. */
export function spreadOption(spread: readonly SpreadPoint[], lang: Lang) {
  const dated = spread.filter((s): s is { province: string; date: string } => hasYear(s.date));
  const dates = [...new Set(dated.map((s) => s.date))].sort();
  return {
    tooltip: {
      trigger: "item",
      // Point i is dated[i]: its province and date.
      formatter: itemTooltip((i) => {
        const point = dated[i];
        return point ? [`${provinceLabel(point.province, lang)}: ${point.date}`] : null;
      }),
    },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: dates, boundaryGap: true },
    yAxis: { type: "category", data: dated.map((s) => provinceLabel(s.province, lang)), inverse: true },
    series: [
      {
        type: "line",
        symbolSize: 14,
        itemStyle: { color: "#be123c" },
        lineStyle: { type: "dotted" },
        data: dated.map((s, i) => [s.date, i]),
      },
    ],
  } satisfies SpreadOption;
}
