import { useState } from "react";

/** An option given to the chart at once, and series to add to it afterwards, a step a frame. */
export interface Stepwise {
  readonly base: object;
  readonly steps: readonly (() => object[])[];
}

/** What of a chart the steps need. */
export interface StepChart {
  setOption(option: object): void;
  isDisposed(): boolean;
}

/**
 * A handler for a chart's `rendered` event that adds a drawing's steps once the chart has drawn
 * its base: each step's series are merged into the chart (by their ids) a frame after the one
 * before (`schedule`), so that no frame builds and draws everything. A new drawing, or a new
 * chart (the theme changed, the table was shown), starts again; the steps of a drawing replaced
 * meanwhile stop.
 */
export function stepAdder(schedule: (run: () => void) => void) {
  let started: { base: object; chart: StepChart } | null = null;
  return (drawing: Stepwise | null, chart: StepChart) => {
    if (!drawing || (started?.base === drawing.base && started.chart === chart)) return;
    const current = { base: drawing.base, chart };
    started = current;
    let next = 0;
    const step = () => {
      if (started !== current || chart.isDisposed()) return;
      chart.setOption({ series: drawing.steps[next]!() });
      if (++next < drawing.steps.length) schedule(step);
    };
    if (drawing.steps.length) schedule(step);
  };
}

/** The `rendered` handler of a chart drawing `drawing` in steps, one a frame. */
export function useSteps(drawing: Stepwise | null): (chart: StepChart) => void {
  const [add] = useState(() => stepAdder((run) => requestAnimationFrame(run)));
  return (chart) => add(drawing, chart);
}
