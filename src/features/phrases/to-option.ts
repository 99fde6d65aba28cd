/** Pure ECharts options for the phrases view. */
import type { PhraseHeatmap, PhraseStat, PhraseTrends } from "../../analytics/phrases";
import { PROVINCE_EN } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";

const province = (p: string, lang: Lang) => (lang === "en" ? (PROVINCE_EN[p] ?? p) : p);

export function rankingOption(items: readonly PhraseStat[], lang: Lang) {
  const ordered = [...items].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: ordered.map((s) => s.phrase), axisLabel: { width: 150, overflow: "truncate" } },
    series: [
      {
        type: "bar",
        name: lang === "en" ? "Articles" : "文章",
        data: ordered.map((s) => s.articles),
        itemStyle: { color: "#be123c" },
      },
      {
        type: "bar",
        name: lang === "en" ? "Provinces" : "省份",
        data: ordered.map((s) => s.provinces),
        itemStyle: { color: "#f59e0b" },
      },
    ],
  };
}

export function trendsOption(trends: PhraseTrends) {
  return {
    tooltip: { trigger: "axis" },
    legend: { type: "scroll", top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: trends.months },
    yAxis: { type: "value", minInterval: 1 },
    series: trends.series.map((s) => ({ type: "line", name: s.phrase, data: s.counts, smooth: false, symbolSize: 6 })),
  };
}

export function heatmapOption(heat: PhraseHeatmap, lang: Lang) {
  const max = Math.max(1, ...heat.cells.map((c) => c[2]));
  return {
    tooltip: { position: "top" },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: "category",
      data: heat.provinces.map((p) => province(p, lang)),
      splitArea: { show: true },
      axisLabel: { rotate: 45 },
    },
    yAxis: {
      type: "category",
      data: heat.phrases,
      splitArea: { show: true },
      axisLabel: { width: 140, overflow: "truncate" },
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
  };
}

export function spreadOption(spread: readonly { province: string; date: string | null }[], lang: Lang) {
  const dated = spread.filter((s): s is { province: string; date: string } => !!s.date && !s.date.startsWith("--"));
  const dates = [...new Set(dated.map((s) => s.date))].sort();
  return {
    tooltip: {
      trigger: "item",
      formatter: (p: { value: [string, number] }) => `${province(dated[p.value[1]]!.province, lang)}: ${p.value[0]}`,
    },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: dates, boundaryGap: true },
    yAxis: { type: "category", data: dated.map((s) => province(s.province, lang)), inverse: true },
    series: [
      {
        type: "line",
        symbolSize: 14,
        itemStyle: { color: "#be123c" },
        lineStyle: { type: "dotted" },
        data: dated.map((s, i) => [s.date, i]),
      },
    ],
  };
}
