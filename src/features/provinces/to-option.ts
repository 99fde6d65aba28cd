/** Pure ECharts options for the provinces view, unit-tested with inline rows. */
import { color, type ComposeOption } from "echarts/core";
import type { BarSeriesOption, MapSeriesOption } from "echarts/charts";
import type {
  AriaComponentOption,
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import type { ProvinceCount, Timeline } from "../../analytics/provinces";
import { provinceColour } from "../../lib/province-colours";
import { axisTooltip, escapeHtml, legendLabels, seriesAria, seriesName } from "../../components/chart-text";
import { meetingTypeLabel, PROVINCE_EN, provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { monthOf } from "../../model/partial-date";

export type StackBy = "province" | "meetingType";

export type ProvinceMapOption = ComposeOption<
  MapSeriesOption | TooltipComponentOption | VisualMapComponentOption | AriaComponentOption
>;
export type ProvinceRankingOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;
export type TimelineOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
  | DataZoomComponentOption
>;

const RED = ["#fde2e4", "#f9a8b4", "#e8677f", "#be123c", "#881337"];

/**
 * A region's colour on the scale from 0 to `max`, as the visual map would give it: the map draws
 * coloured before the visual map's code has loaded (lib/echarts), which then only adds its legend.
 */
export function mapColour(meetings: number, max: number): string {
  return color.lerp(Math.min(1, Math.max(0, meetings / max)), RED) ?? RED[0]!;
}

export function mapOption(rows: readonly ProvinceCount[], lang: Lang, selected: readonly string[]) {
  const max = Math.max(1, ...rows.map((r) => r.meetings));
  return {
    // The map appears whole at once (its first draw is what a visit waits for); changes still animate.
    animationDuration: 0,
    aria: { enabled: true, label: { description: rows.map((r) => `${r.province}: ${r.meetings}`).join("; ") } },
    // A region's name as drawn, and its meetings (a region without any is not in the rows: 0).
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        const value = typeof p?.value === "number" && Number.isFinite(p.value) ? p.value : 0;
        return p ? `${escapeHtml(p.name)}: ${value}` : "";
      },
    },
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
          itemStyle: { areaColor: mapColour(r.meetings, max) },
        })),
      },
    ],
  } satisfies ProvinceMapOption;
}

/** Room right of the longest bar for its value's label (about 8 px a digit at the chart's 12 px). */
function labelRoom(rows: readonly ProvinceCount[]): number {
  const widest = Math.max(0, ...rows.map((r) => String(r.meetings).length));
  return 12 + 8 * widest;
}

export function rankingOption(rows: readonly ProvinceCount[], lang: Lang) {
  const ordered = [...rows].reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: labelRoom(rows), top: 8, bottom: 8, containLabel: true },
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

/** The brush below the timeline: its box, which tests and the layout of the grid above rely on. */
export const BRUSH = { left: 16, right: 16, bottom: 8, height: 24 };

/** Which months (first and last index) the month bounds select; the whole axis when unbounded. */
export function monthWindow(
  months: readonly string[],
  bounds: { from: string | null; to: string | null },
): { start: number; end: number } {
  const from = monthOf(bounds.from);
  const to = monthOf(bounds.to);
  const start = from ? months.findIndex((m) => m >= from) : 0;
  const end = to ? months.findLastIndex((m) => m <= to) : months.length - 1;
  return { start: start < 0 ? months.length - 1 : start, end: end < 0 ? 0 : end };
}

type ZoomRange = { start?: number; end?: number; startValue?: number; endValue?: number };

/**
 * The window of a `datazoom` event as month indexes: given as indexes (an action naming them) or
 * as percentages of the axis (the slider dragged), possibly inside a batch.
 */
export function brushedWindow(event: unknown, count: number): { start: number; end: number } | null {
  const raw = event as ZoomRange & { batch?: ZoomRange[] };
  const range = raw.batch?.[0] ?? raw;
  const index = (value: number | undefined, percent: number | undefined) =>
    value ?? (percent === undefined ? undefined : Math.round((percent / 100) * (count - 1)));
  const start = index(range.startValue, range.start);
  const end = index(range.endValue, range.end);
  return start === undefined || end === undefined || count === 0 ? null : { start, end };
}

/** The month bounds a brushed window sets: none at an end the brush did not move from the axis' end. */
export function windowBounds(
  months: readonly string[],
  start: number,
  end: number,
): { from: string | null; to: string | null } {
  return {
    from: start > 0 ? (months[start] ?? null) : null,
    to: end < months.length - 1 ? (months[end] ?? null) : null,
  };
}

/**
 * One stacked bar series per key over the months; series are named by position, the legend and
 * tooltip show the keys. A brush under the axis shows the months the filter selects; moving it
 * sets the month bounds when released (`realtime: false`), which every view follows.
 */
export function timelineOption(
  timeline: Timeline,
  lang: Lang,
  stackBy: StackBy,
  bounds: { from: string | null; to: string | null } = { from: null, to: null },
) {
  const window = monthWindow(timeline.months, bounds);
  const labels = timeline.series.map((s) => stackKeyLabel(s.key, lang, stackBy));
  return {
    aria: seriesAria(
      labels,
      timeline.series.map((s) => s.counts),
    ),
    tooltip: { trigger: "axis", formatter: axisTooltip(timeline.months, labels) },
    legend: { type: "scroll", top: 0, formatter: legendLabels(labels) },
    grid: { left: 8, right: 16, top: 36, bottom: BRUSH.bottom + BRUSH.height + 8, containLabel: true },
    xAxis: { type: "category", data: timeline.months },
    dataZoom: [
      {
        type: "slider",
        xAxisIndex: 0,
        startValue: window.start,
        endValue: window.end,
        realtime: false,
        ...BRUSH,
        labelFormatter: (index: number) => timeline.months[index] ?? "",
      },
    ],
    yAxis: { type: "value", minInterval: 1 },
    series: timeline.series.map((s, i) => ({
      type: "bar",
      stack: "meetings",
      name: seriesName(i),
      data: s.counts,
      // A province keeps its one colour in every view; meeting types take the palette's.
      ...(stackBy === "province" ? { itemStyle: { color: provinceColour(s.key) } } : {}),
    })),
  } satisfies TimelineOption;
}
