import { beforeEach, expect, test, vi } from "vitest";

type FirstDraw = typeof import("../../src/lib/first-draw");
let gate: FirstDraw;
beforeEach(async () => {
  vi.resetModules();
  gate = await import("../../src/lib/first-draw");
});

const settled = async (promise: Promise<void>) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20))]);

const rows = [{ province: "江苏", meetings: 2, articles: 2 }];

test("on a first visit, what can wait waits until a chart has drawn", async () => {
  gate.planFirstDraw(rows, true);
  expect(gate.firstDrawCounts()).toEqual(rows);
  expect(await settled(gate.afterFirstDraw())).toBe(false);
  gate.firstDrawDone();
  expect(await settled(gate.afterFirstDraw())).toBe(true);
});

test("on a return, with stored counts, the map draws early and what can wait waits for it too", async () => {
  gate.planFirstDraw(rows, false);
  expect(gate.firstDrawCounts()).toEqual(rows);
  expect(gate.firstDrawMonths()).toBeNull();
  expect(await settled(gate.afterFirstDraw())).toBe(false);
  gate.firstDrawDone();
  expect(await settled(gate.afterFirstDraw())).toBe(true);
});

test("on a return, the stored months draw the timeline early; months of no month draw nothing", () => {
  const months = { months: ["2024-05"], series: [{ key: "江苏", counts: [2] }], undated: 0 };
  gate.planFirstDraw(rows, false, months);
  expect(gate.firstDrawMonths()).toEqual(months);
  gate.planFirstDraw(rows, false, { months: [], series: [], undated: 3 });
  expect(gate.firstDrawMonths()).toBeNull();
});

test("with nothing to draw early, or counts of no province, nothing waits", async () => {
  expect(await settled(gate.afterFirstDraw())).toBe(true);
  gate.planFirstDraw([], true);
  expect(gate.firstDrawCounts()).toBeNull();
  expect(await settled(gate.afterFirstDraw())).toBe(true);
});

test("nothing waits longer than 8 s, however the first draw goes", async () => {
  vi.useFakeTimers();
  try {
    gate.planFirstDraw(rows, true);
    let open = false;
    void gate.afterFirstDraw().then(() => (open = true));
    await vi.advanceTimersByTimeAsync(7999);
    expect(open).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(open).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});
