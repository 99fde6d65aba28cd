/**
 * The first chart comes first. The unfiltered province map can be drawn without the worker: from
 * the bundled articles' counts on a first visit, from the counts stored at the last change on a
 * return, so a large database does not delay it. Whenever it is drawn that way, everything that
 * can wait (the worker, the other chart types, pinyin) starts only after it has drawn: on a first
 * visit a slow connection spends its first bytes on it, and on a return the worker's opening of a
 * large database does not take the processor from it (a fifth of the time at 20,000 articles).
 */
import type { MonthSeries, ProvinceCountRow } from "../db/first-draw-summary";
import { sharedValue } from "./shared-value";

/** However the first draw goes (a slow connection, a chart that fails), nothing waits longer than this. */
const LONGEST_WAIT_MS = 8000;

// Open unless start-up plans a first draw (and in tests, which plan none).
let open: () => void = () => {};
let opened: Promise<void> = Promise.resolve();
let counts: readonly ProvinceCountRow[] | null = null;
let months: MonthSeries | null = null;
const waitingForBundled = sharedValue(false);

/**
 * Called once at start-up, before anything asks `afterFirstDraw`: the counts the map can draw
 * at once, or null, and whether they are the bundled articles' (a first visit: the worker then
 * answers "nothing yet" until it has imported them). Counts with no province draw no map, so
 * nothing waits for them. A return also brings the months the timeline can draw at once.
 */
export function planFirstDraw(
  early: readonly ProvinceCountRow[] | null,
  ofBundledArticles: boolean,
  earlyMonths: MonthSeries | null = null,
): void {
  counts = early && early.length > 0 ? early : null;
  months = earlyMonths && earlyMonths.months.length > 0 ? earlyMonths : null;
  waitingForBundled.set(counts !== null && ofBundledArticles);
  if (counts === null) return;
  opened = new Promise<void>((resolve) => {
    open = resolve;
    setTimeout(resolve, LONGEST_WAIT_MS);
  });
}

/** The import of the bundled articles has ended: what the worker answers now is the data. */
export function bundledArticlesSettled(): void {
  if (waitingForBundled.get()) waitingForBundled.set(false);
}

/** Whether the early counts stand for articles the worker is still importing; re-renders when that ends. */
export function useWaitingForBundledArticles(): boolean {
  return waitingForBundled.useValue();
}

/** The unfiltered map's counts to draw before the worker answers, or null. */
export function firstDrawCounts(): readonly ProvinceCountRow[] | null {
  return counts;
}

/** The unfiltered timeline's months (stacked by province) to draw before the worker answers, or null. */
export function firstDrawMonths(): MonthSeries | null {
  return months;
}

/** A chart has drawn, or the map has left the screen before it could: what waited may load. */
export function firstDrawDone(): void {
  open();
}

export function afterFirstDraw(): Promise<void> {
  return opened;
}
