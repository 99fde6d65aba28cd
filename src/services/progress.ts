import type { OnProgress } from "./types";

/** At most one report per interval, and always the last: enough for a smooth bar without flooding the page. */
export function throttleProgress(onProgress: OnProgress, intervalMs = 50, now = () => performance.now()): OnProgress {
  let last = -Infinity;
  return (progress) => {
    const t = now();
    if (progress.done < progress.total && t - last < intervalMs) return;
    last = t;
    onProgress(progress);
  };
}
