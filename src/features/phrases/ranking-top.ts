/** The top of the phrase ranking: what its chart draws, which phrases the trends follow, the height both share. */
import type { PhraseStat } from "../../analytics/phrases";

/** The ranking chart draws this many phrases; its table lists them all. */
export const TOP_PHRASES = 20;

/** The trends follow the focused phrase and the leading ones, five in all. */
export function trendPhrases(items: readonly PhraseStat[], focus: string | null): string[] {
  const leading = items.slice(0, focus ? 4 : 5).map((s) => s.phrase);
  return focus ? [focus, ...leading.filter((p) => p !== focus)] : leading;
}

/** The ranking and the trends stand side by side at the same height. */
export function rankingHeight(items: readonly PhraseStat[]): number {
  return Math.max(240, Math.min(TOP_PHRASES, items.length) * 26 + 50);
}
