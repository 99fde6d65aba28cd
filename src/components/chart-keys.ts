/**
 * Keyboard access to a chart's marks: arrows move through the items (← → within a series,
 * ↑ ↓ across series), each highlighted with its tooltip shown, and Enter selects the item as a
 * click would. Pure over the chart's option; the chart component dispatches the actions.
 */
import type { ECElementEvent } from "echarts/core";

interface SeriesLike {
  type?: string;
  data?: unknown[];
  nodes?: unknown[];
}
interface AxisLike {
  type?: string;
  data?: unknown[];
}
export interface OptionLike {
  series?: SeriesLike[];
  xAxis?: AxisLike[];
  yAxis?: AxisLike[];
}

export interface Cursor {
  series: number;
  index: number;
}

const items = (s: SeriesLike | undefined): unknown[] => s?.data ?? s?.nodes ?? [];

/** Where an arrow key moves the cursor (wrapping round), or null for any other key. */
export function moveCursor(option: OptionLike, cursor: Cursor | null, key: string): Cursor | null {
  const series = (option.series ?? []).map((s) => items(s).length);
  if (!series.some((n) => n > 0)) return null;
  const at = cursor ?? {
    series: Math.max(
      0,
      series.findIndex((n) => n > 0),
    ),
    index: -1,
  };
  const count = series[at.series] ?? 0;
  const several = series.filter((n) => n > 0).length > 1;
  if (key === "ArrowDown" && several) return nextSeries(series, at, 1);
  if (key === "ArrowUp" && several) return nextSeries(series, at, -1);
  if (key === "ArrowRight" || key === "ArrowDown") return { series: at.series, index: (at.index + 1) % count };
  if (key === "ArrowLeft" || key === "ArrowUp") return { series: at.series, index: (at.index - 1 + count) % count };
  if (key === "Home") return { series: at.series, index: 0 };
  if (key === "End") return { series: at.series, index: count - 1 };
  return null;
}

function nextSeries(series: number[], at: Cursor, step: number): Cursor {
  for (let k = 1; k <= series.length; k++) {
    const s = (at.series + step * k + series.length * k) % series.length;
    const n = series[s] ?? 0;
    if (n > 0) return { series: s, index: Math.min(Math.max(at.index, 0), n - 1) };
  }
  return at;
}

/** The parameters a click on the item at the cursor would give its handler. */
export function clickParams(option: OptionLike, cursor: Cursor): ECElementEvent {
  const series = option.series?.[cursor.series];
  const data = items(series)[cursor.index];
  const category = [...(option.xAxis ?? []), ...(option.yAxis ?? [])].find((a) => a.type === "category")?.data?.[
    cursor.index
  ];
  const named = typeof data === "object" && data !== null && "name" in data ? (data as { name: unknown }).name : null;
  const value =
    typeof data === "object" && data !== null && !Array.isArray(data) && "value" in data
      ? (data as { value: unknown }).value
      : data;
  const name = typeof named === "string" ? named : typeof category === "string" ? category : "";
  return {
    componentType: "series",
    seriesType: series?.type,
    seriesIndex: cursor.series,
    dataIndex: cursor.index,
    dataType: series?.type === "graph" ? "node" : undefined,
    name,
    value,
    data,
  } as unknown as ECElementEvent;
}
