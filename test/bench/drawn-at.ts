/**
 * When, from the page's start (navigation, as `performance.now()` counts), each chart was first
 * drawn. The observer is installed before the page's own scripts, so the figure does not depend on
 * how soon the benchmark asks.
 */
import type { BrowserContext, Page } from "playwright-core";

/** Records, in every later page of the context, the moment each chart's `data-rendered` turns true. */
export async function recordDrawnCharts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const drawn: Record<string, number> = {};
    (window as unknown as { drawnAt: Record<string, number> }).drawnAt = drawn;
    new MutationObserver(() => {
      for (const chart of document.querySelectorAll('[data-rendered="true"]')) {
        const id = chart.getAttribute("data-testid");
        if (id && !(id in drawn)) drawn[id] = Math.round(performance.now());
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-rendered"] });
  });
}

/** Milliseconds from the page's start to the first drawing of the chart with this test id. */
export async function drawnAt(page: Page, testId: string): Promise<number> {
  await page.locator(`[data-testid="${testId}"][data-rendered="true"]`).waitFor({ timeout: 10 * 60 * 1000 });
  return page.evaluate((id) => (window as unknown as { drawnAt: Record<string, number> }).drawnAt[id]!, testId);
}

/** Min, median and max of a few runs. */
export function spread(xs: readonly number[]): { min: number; median: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
}
