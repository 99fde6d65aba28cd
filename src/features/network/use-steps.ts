import { useRef } from "react";
import type { EChartsType } from "echarts/core";

/** An option given to the chart at once, and series to add to it afterwards, a step a frame. */
export interface Stepwise {
  readonly base: object;
  readonly steps: readonly (() => object[])[];
}

/**
 * The handler of a chart's `rendered` event that adds a drawing's steps once the chart has drawn
 * its base: each step's series are merged into the chart (by their ids) a frame after the one
 * before, so that no frame builds and draws everything. A new drawing, or a new chart (the theme
 * changed, the table was shown), starts again; the steps of a drawing replaced meanwhile stop.
 */
export function useSteps(drawing: Stepwise | null): (chart: EChartsType) => void {
  const started = useRef<{ base: object; chart: EChartsType } | null>(null);
  return (chart) => {
    if (!drawing || (started.current?.base === drawing.base && started.current.chart === chart)) return;
    const current = { base: drawing.base, chart };
    started.current = current;
    let next = 0;
    const step = () => {
      if (started.current !== current || chart.isDisposed()) return;
      chart.setOption({ series: drawing.steps[next]!() });
      if (++next < drawing.steps.length) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };
}
