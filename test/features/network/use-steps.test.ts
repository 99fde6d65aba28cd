import { expect, test } from "vitest";
import { stepAdder, type StepChart } from "../../../src/features/network/use-steps";

/** A chart that records the series merged into it, and frames run by hand. */
function setup() {
  const frames: (() => void)[] = [];
  const add = stepAdder((run) => frames.push(run));
  const chart = (): StepChart & { merged: string[][]; disposed: boolean } => {
    const c = {
      merged: [] as string[][],
      disposed: false,
      setOption: (o: object) => c.merged.push((o as { series: { id: string }[] }).series.map((s) => s.id)),
      isDisposed: () => c.disposed,
    };
    return c;
  };
  const frame = () => frames.shift()?.();
  return { add, chart, frame, frames };
}
const drawing = (name: string, steps: number) => ({
  base: {},
  steps: Array.from({ length: steps }, (_, i) => () => [{ id: `${name}${i}` }]),
});

test("once the base is drawn, each step is merged a frame after the one before, once", () => {
  const { add, chart, frame, frames } = setup();
  const c = chart();
  const d = drawing("a", 3);
  add(d, c);
  expect(c.merged).toEqual([]);
  frame();
  // The chart draws again after each step: that does not start the steps again.
  add(d, c);
  frame();
  frame();
  expect(c.merged).toEqual([["a0"], ["a1"], ["a2"]]);
  expect(frames).toEqual([]);
  add(d, c);
  expect(frames).toEqual([]);
});

test("a new drawing stops the steps of the one before; a new chart gets every step again", () => {
  const { add, chart, frame } = setup();
  const first = chart();
  const a = drawing("a", 3);
  add(a, first);
  frame();
  const b = drawing("b", 2);
  add(b, first);
  for (let i = 0; i < 4; i++) frame();
  expect(first.merged).toEqual([["a0"], ["b0"], ["b1"]]);
  const second = chart();
  add(b, second);
  frame();
  frame();
  expect(second.merged).toEqual([["b0"], ["b1"]]);
});

test("nothing is merged into a chart disposed meanwhile, nor without a drawing", () => {
  const { add, chart, frame, frames } = setup();
  const c = chart();
  add(null, c);
  expect(frames).toEqual([]);
  add(drawing("a", 2), c);
  c.disposed = true;
  frame();
  expect(c.merged).toEqual([]);
});
