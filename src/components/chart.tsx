/**
 * One ECharts chart: the registered parts from lib/echarts, the theme, accessible text, and a
 * `data-rendered` flag once drawn (what tests and benchmarks wait for). A map draws with the core
 * parts at once and takes its tooltip when the other parts arrive; other charts wait for them.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
// Before any chart measures a label: text from imported documents is safe as a cache key.
import "./zrender-cache-keys";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { ECElementEvent, EChartsCoreOption, EChartsType } from "echarts/core";
import { echarts, loadChartParts, useChartParts } from "../lib/echarts";
import { firstDrawDone } from "../lib/first-draw";
import { useDark } from "../lib/use-dark";
import { clickParams, moveCursor, type Cursor, type OptionLike } from "./chart-keys";

/** Any chart's option; each builder checks its own against ECharts' `ComposeOption` of the parts it uses. */
export type ChartOption = EChartsCoreOption;
/** Handlers by ECharts event name ("click"), given the element the event happened on and the chart. */
export type ChartEvents = Record<string, (params: ECElementEvent, chart: EChartsType) => void>;

/** Whether the core parts draw this option: a map alone (its tooltip waits for the other parts). */
function drawsWithCore(option: ChartOption): boolean {
  const series = Array.isArray(option.series) ? option.series : [option.series];
  return series.every((s) => (s as { type?: string } | undefined)?.type === "map");
}

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
  const partsLoaded = useChartParts();
  const [rendered, setRendered] = useState(false);
  const events = { ...onEvents, finished: () => setRendered(true) };
  // Once the drawn flag is on the page, what waited for the first chart may load.
  useEffect(() => {
    if (rendered) firstDrawDone();
  }, [rendered]);
  const instance = useRef<EChartsType | null>(null);
  const fullOption = { aria: { enabled: true }, backgroundColor: "transparent", animationDuration: 300, ...option };
  const drawable = partsLoaded || drawsWithCore(option);
  useEffect(() => {
    if (!partsLoaded) void loadChartParts();
  }, [partsLoaded]);
  // A map drawn with the core parts: set its option again once the tooltip can show.
  const drawnWithCore = useRef(!partsLoaded);
  useEffect(() => {
    if (!partsLoaded || !drawnWithCore.current) return;
    drawnWithCore.current = false;
    instance.current?.setOption(fullOption, { notMerge: true });
  });
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
      {drawable && (
        <ReactEChartsCore
          echarts={echarts}
          option={fullOption}
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
      )}
    </div>
  );
}
