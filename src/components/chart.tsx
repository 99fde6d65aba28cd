/**
 * One ECharts chart: the registered parts from lib/echarts, the theme, accessible text, and a
 * `data-rendered` flag once drawn (what tests and benchmarks wait for).
 */
import { useState } from "react";
// Before any chart measures a label: text from imported documents is safe as a cache key.
import "./zrender-cache-keys";
import ReactEChartsCore from "echarts-for-react/esm/core";
import type { ECElementEvent, EChartsCoreOption, EChartsType } from "echarts/core";
import { echarts } from "../lib/echarts";
import { useDark } from "../lib/use-dark";

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
  return (
    <div data-testid={testId} data-rendered={rendered ? "true" : "false"} style={{ height }} className="w-full">
      <ReactEChartsCore
        echarts={echarts}
        option={{ aria: { enabled: true }, backgroundColor: "transparent", animationDuration: 300, ...option }}
        theme={dark ? "dark" : undefined}
        notMerge
        lazyUpdate
        style={{ height: "100%", width: "100%" }}
        onEvents={events}
        onChartReady={(chart: EChartsType) => onInstance?.(chart)}
      />
    </div>
  );
}
