/**
 * What a cold first visit transfers before the province map is drawn, by the browser's network
 * events (service worker off, a fresh profile): every request that started before the map's
 * `data-rendered` flag turned true, with its compressed body and headers.
 */
import type { Browser, BrowserContext, Page, Request } from "playwright-core";

export const FIRST_VIEW_BUDGET_BYTES = 300 * 1024;

export interface FirstView {
  /** Compressed bytes (bodies and headers) of the requests started before the map was drawn. */
  bytes: number;
  requests: number;
  /** Paths of those requests with their bytes, largest first. */
  files: { path: string; bytes: number }[];
  /** Paths of what was requested after the map was drawn. */
  later: string[];
  /** Milliseconds from navigation to the drawn map. */
  drawnAfterMs: number;
}

const MAP_DRAWN = '[data-testid="chart-provinces-map"][data-rendered="true"]';

/** The services worker's script: a first visit starts it once the map is drawn. */
const WORKER_SCRIPT = /tifa\.worker/;

export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 860 } });
  try {
    return await measureVisit(context, url, undefined, WORKER_SCRIPT);
  } finally {
    await context.close();
  }
}

/**
 * The same, for a visit in a context of the caller's (a returning visit); `inspect` looks at the
 * drawn page. `followedBy`: a request that comes after the draw, waited for (the page may have gone
 * quiet before the map was drawn, and a busy machine may start it later than that quiet).
 */
export async function measureVisit(
  context: BrowserContext,
  url: string,
  inspect: (page: Page) => Promise<void> = async () => {},
  followedBy?: RegExp,
): Promise<FirstView> {
  const page = await context.newPage();
  let drawnAt = Number.POSITIVE_INFINITY;
  await page.exposeFunction("tifaMapDrawn", (at: number) => {
    drawnAt = Math.min(drawnAt, at);
  });
  await page.addInitScript((selector) => {
    const report = (window as unknown as { tifaMapDrawn: (at: number) => void }).tifaMapDrawn;
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      report(Date.now());
      observer.disconnect();
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-rendered"],
    });
  }, MAP_DRAWN);
  type Transfer = { path: string; start: number; bytes: number };
  const finished: Promise<Transfer | null>[] = [];
  const onFinished = (request: Request) => {
    if (!request.url().startsWith("http")) return;
    finished.push(
      request.sizes().then(
        (sizes) => ({
          path: new URL(request.url()).pathname + new URL(request.url()).search,
          start: request.timing().startTime,
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        }),
        () => null,
      ),
    );
  };
  context.on("requestfinished", onFinished);
  const followed = followedBy
    ? context.waitForEvent("requestfinished", { predicate: (r) => followedBy.test(r.url()), timeout: 30000 })
    : null;
  const navigated = Date.now();
  await page.goto(url);
  await page.locator(MAP_DRAWN).waitFor({ timeout: 30000 });
  // What started before the draw and is still arriving is counted too.
  await page.waitForLoadState("networkidle");
  await followed;
  await inspect(page);
  context.off("requestfinished", onFinished);
  const all = (await Promise.all(finished)).filter((r): r is Transfer => r !== null);
  await page.close();
  const before = all.filter((r) => r.start <= drawnAt).sort((a, b) => b.bytes - a.bytes);
  return {
    bytes: before.reduce((sum, r) => sum + r.bytes, 0),
    requests: before.length,
    files: before.map(({ path, bytes }) => ({ path, bytes })),
    later: all.filter((r) => r.start > drawnAt).map((r) => r.path),
    drawnAfterMs: Math.round(drawnAt - navigated),
  };
}
