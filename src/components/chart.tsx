/**
 * One ECharts chart: the registered parts from lib/echarts, the theme, accessible text, and a
 * `data-rendered` flag once drawn (what tests and benchmarks wait for).
 */
import { useRef, useState, type KeyboardEvent } from "react";
// Before any chart measures a label: text from imported documents is safe as a cache key.
import "./zrender-cache-keys";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { ECElementEvent, EChartsCoreOption, EChartsType } from "echarts/core";
import { echarts } from "../lib/echarts";
import { useDark } from "../lib/use-dark";
import { clickParams, moveCursor, type Cursor, type OptionLike } from "./chart-keys";

/** Any chart's option; each builder checks its own against ECharts' `ComposeOption` of the parts it uses. */
export type ChartOption = EChartsCoreOption;
/** Handlers by ECharts event name ("click"), given the element the event happened on and the chart. */
export type ChartEvents = Record<string, (params: ECElementEvent, chart: EChartsType) => void>;

export function Chart({
  option,
  onEvents,
  height,
  testId,
  onInstance,
}: {
  option: ChartOption;
  onEvents?: ChartEvents;
  height: number | string;
  testId: string;
  onInstance?: (chart: EChartsType) => void;
}) {
  const dark = useDark();
  const [rendered, setRendered] = useState(false);
  const events = { ...onEvents, finished: () => setRendered(true) };
  const instance = useRef<EChartsType | null>(null);
  const cursor = useRef<Cursor | null>(null);
  // Arrows move through the marks (highlighted, with their tooltip); Enter selects as a click does.
  const onKeyDown = (e: KeyboardEvent) => {
    const chart = instance.current;
    if (!chart) return;
    const current = chart.getOption() as OptionLike;
    if (e.key === "Enter" && cursor.current) {
      e.preventDefault();
      onEvents?.click?.(clickParams(current, cursor.current), chart);
      return;
    }
    const next = moveCursor(current, cursor.current, e.key);
    if (!next) return;
    e.preventDefault();
    if (cursor.current) chart.dispatchAction({ type: "downplay", seriesIndex: cursor.current.series });
    cursor.current = next;
    chart.dispatchAction({ type: "highlight", seriesIndex: next.series, dataIndex: next.index });
    chart.dispatchAction({ type: "showTip", seriesIndex: next.series, dataIndex: next.index });
  };
  const onBlur = () => {
    instance.current?.dispatchAction({ type: "hideTip" });
    if (cursor.current) instance.current?.dispatchAction({ type: "downplay", seriesIndex: cursor.current.series });
    cursor.current = null;
  };
  return (
    <div
      data-testid={testId}
      data-rendered={rendered ? "true" : "false"}
      style={{ height }}
      className="w-full rounded focus-visible:outline-2 focus-visible:outline-rose-600"
      tabIndex={0}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Home End Enter"
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={{ aria: { enabled: true }, backgroundColor: "transparent", animationDuration: 300, ...option }}
        theme={dark ? "dark" : undefined}
        notMerge
        lazyUpdate
        style={{ height: "100%", width: "100%" }}
        onEvents={events}
        onChartReady={(chart: EChartsType) => {
          instance.current = chart;
          onInstance?.(chart);
        }}
      />
    </div>
  );
}
