/** Pure ECharts options for the provinces view, unit-tested with inline rows. */
import type { ProvinceCount, Timeline } from "../../analytics/provinces";
import { meetingTypeLabel, PROVINCE_EN } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";

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
          name: lang === "en" ? (PROVINCE_EN[r.province] ?? r.province) : r.province,
          value: r.meetings,
          selected: selected.includes(r.province),
        })),
      },
    ],
  };
}

export function rankingOption(rows: readonly ProvinceCount[], lang: Lang) {
  const ordered = [...rows].reverse();
  const name = (p: string) => (lang === "en" ? (PROVINCE_EN[p] ?? p) : p);
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: ordered.map((r) => name(r.province)) },
    series: [
      {
        type: "bar",
        name: lang === "en" ? "Meetings" : "会议",
        data: ordered.map((r) => r.meetings),
        itemStyle: { color: "#be123c" },
        label: { show: true, position: "right" },
      },
    ],
  };
}

export function timelineOption(timeline: Timeline, lang: Lang, stackBy: "province" | "meetingType") {
  const name = (key: string) =>
    stackBy === "province" ? (lang === "en" ? (PROVINCE_EN[key] ?? key) : key) : meetingTypeLabel(key, lang);
  return {
    tooltip: { trigger: "axis" },
    legend: { type: "scroll", top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: timeline.months },
    yAxis: { type: "value", minInterval: 1 },
    series: timeline.series.map((s) => ({ type: "bar", stack: "meetings", name: name(s.key), data: s.counts })),
  };
}
