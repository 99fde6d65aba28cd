/** How fast an import goes and how long it has left, from its progress so far. */
import type { Progress } from "../../services";

export interface ImportPace {
  articlesPerSecond: number;
  /** Rounded up to whole seconds. */
  secondsLeft: number;
}

/** Too early to say: under a second in, or no file done yet. */
const MIN_ELAPSED_MS = 1000;

export function importPace(progress: Progress, startedAt: number, now: number): ImportPace | null {
  const elapsed = now - startedAt;
  if (elapsed < MIN_ELAPSED_MS || progress.done === 0) return null;
  return {
    articlesPerSecond: Math.round((progress.articles * 1000) / elapsed),
    secondsLeft: Math.ceil(((progress.total - progress.done) * elapsed) / progress.done / 1000),
  };
}
