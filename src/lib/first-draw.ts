/**
 * The first chart comes first. On a cold visit that can draw the map at once (from the bundled
 * articles' summary, before the worker has parsed them), everything that can wait — the worker,
 * the other chart types, pinyin — is fetched only after the first chart has drawn, so a slow
 * connection spends its first bytes on what the user looks at. Otherwise nothing waits.
 */

/** However the first draw goes, nothing waits longer than this. */
const LONGEST_WAIT_MS = 4000;

let open: () => void = () => {};
const opened = new Promise<void>((resolve) => {
  open = resolve;
});
let holding = false;

/** Called once at start-up, before anything asks `afterFirstDraw`: whether a chart can draw without the worker. */
export function planFirstDraw(chartDrawsAtOnce: boolean): void {
  holding = chartDrawsAtOnce;
  if (!holding) open();
  else setTimeout(open, LONGEST_WAIT_MS);
}

/** Whether a chart is expected to draw before the worker starts (a cold visit to the map). */
export function firstDrawHeld(): boolean {
  return holding;
}

/** A chart has drawn: what waited may load. */
export function firstDrawDone(): void {
  open();
}

export function afterFirstDraw(): Promise<void> {
  return opened;
}
