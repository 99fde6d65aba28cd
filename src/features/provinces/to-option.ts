/** Pure ECharts options for the provinces view, unit-tested with inline rows. */
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, MapSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { ProvinceCount, Timeline } from "../../analytics/provinces";
import { meetingTypeLabel, PROVINCE_EN, provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";

export type StackBy = "province" | "meetingType";

export type ProvinceMapOption = ComposeOption<
  MapSeriesOption | TooltipComponentOption | VisualMapComponentOption | AriaComponentOption
>;
export type ProvinceRankingOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;
export type TimelineOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

const RED = ["#fde2e4", "#f9a8b4", "#e8677f", "#be123c", "#881337"];

export function mapOption(rows: readonly ProvinceCount[], lang: Lang, selected: readonly string[]) {
  const max = Math.max(1, ...rows.map((r) => r.meetings));
  return {
    aria: { enabled: true, label: { description: rows.map((r) => `${r.province}: ${r.meetings}`).join("; ") } },
    tooltip: { trigger: "item", formatter: "{b}: {c}" },
    visualMap: {
      min: 0,
      max,
      left: 8,
      bottom: 8,
      calculable: false,
      inRange: { color: RED },
      text: [String(max), "0"],
      itemWidth: 12,
    },
    series: [
      {
        type: "map",
        map: "china",
        roam: false,
        nameMap: lang === "en" ? PROVINCE_EN : undefined,
        selectedMode: "multiple",
        label: { show: false },
        emphasis: { label: { show: true } },
        data: rows.map((r) => ({
          name: provinceLabel(r.province, lang),
          value: r.meetings,
          selected: selected.includes(r.province),
        })),
      },
    ],
  } satisfies ProvinceMapOption;
}

export function rankingOption(rows: readonly ProvinceCount[], lang: Lang) {
  const ordered = [...rows].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: ordered.map((r) => provinceLabel(r.province, lang)) },
    series: [
      {
        type: "bar",
        name: lang === "en" ? "Meetings" : "会议",
        data: ordered.map((r) => r.meetings),
        itemStyle: { color: "#be123c" },
        label: { show: true, position: "right" },
      },
    ],
  } satisfies ProvinceRankingOption;
}

/** A timeline key as a reader names it: a province, or a meeting type. */
export function stackKeyLabel(key: string, lang: Lang, stackBy: StackBy): string {
  return stackBy === "province" ? provinceLabel(key, lang) : meetingTypeLabel(key, lang);
}

export function timelineOption(timeline: Timeline, lang: Lang, stackBy: StackBy) {
  return {
    tooltip: { trigger: "axis" },
    legend: { type: "scroll", top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: timeline.months },
    yAxis: { type: "value", minInterval: 1 },
    series: timeline.series.map((s) => ({
      type: "bar",
      stack: "meetings",
      name: stackKeyLabel(s.key, lang, stackBy),
      data: s.counts,
    })),
  } satisfies TimelineOption;
}
