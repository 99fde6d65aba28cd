import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { serveUnderSubPath } from "./static-server";
import { tableRows, waitForCounts } from "./helpers";
import { pdfOf } from "../support/pdf";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the service worker to be active and, after a reload, controlling the page. */
async function waitUntilControlled(page: Page): Promise<string> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe("installable PWA", () => {
  test("the manifest meets installability criteria and a service worker controls the page", async () => {
    const { context, page, errors } = await openPage(browser, inject("baseUrl"));
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(manifestHref).toBe("./manifest.webmanifest");
    const manifestUrl = new URL(manifestHref!, page.url()).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as Record<string, unknown> & {
      icons: ManifestIcon[];
    };
    expect(manifest.name).toContain("Tifa");
    expect(manifest.short_name).toBe("Tifa");
    expect(manifest.start_url).toBe("./");
    expect(manifest.display).toBe("standalone");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    const sizes = manifest.icons.map((icon) => `${icon.sizes}${icon.purpose ? ` ${icon.purpose}` : ""}`);
    expect(sizes).toEqual(["192x192", "512x512", "512x512 maskable"]);
    for (const icon of manifest.icons) {
      const iconUrl = new URL(icon.src, manifestUrl).href;
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, iconUrl);
      expect(size).toBe(icon.sizes);
    }
    const script = await waitUntilControlled(page);
    expect(script).toBe(new URL("sw.js", inject("baseUrl")).href);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("served under a sub-path, the service worker's scope is that sub-path", async () => {
    const server = await serveUnderSubPath("dist", "/tools/tifa/");
    try {
      const { context, page, errors } = await openPage(browser, server.url);
      await page.waitForSelector("main");
      const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
      expect(scope).toBe(server.url);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  });
});

describe("offline", () => {
  test("after one visit, a reload without network still shows the map and the network", async () => {
    const { context, page, errors } = await openPage(browser, `${inject("baseUrl")}?view=data`);
    await waitForCounts(page, { articles: 9, meetings: 7 });
    await waitUntilControlled(page);
    await context.setOffline(true);
    await page.goto(`${inject("baseUrl")}?view=provinces`);
    await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
    expect((await tableRows(page, "provinces-map")).length).toBe(6);
    await page.getByTestId("nav-network").click();
    await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
    expect((await tableRows(page, "network")).length).toBe(11);
    await page.reload();
    await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("offline import", () => {
  test("without network, a PDF is read: PDF.js comes from the service worker's cache", async () => {
    const { context, page, errors } = await openPage(browser, `${inject("baseUrl")}?view=data&lang=en`);
    await waitForCounts(page, { articles: 9, meetings: 7 });
    await waitUntilControlled(page);
    await context.setOffline(true);
    await page.reload();
    await waitForCounts(page, { articles: 9, meetings: 7 });
    const report = pdfOf([
      [
        "辽宁省民政厅召开党组会议",
        "发布时间:2024-07-02",
        "7月1日,辽宁省民政厅召开党组会议,厅长孙五平主持会议并讲话。",
        "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效。",
      ],
    ]);
    await page
      .getByTestId("import-input")
      .setInputFiles({ name: "offline.pdf", mimeType: "application/pdf", buffer: Buffer.from(report) });
    await expect
      .poll(() => page.getByTestId("import-results").locator("li").allTextContents(), { timeout: 30000 })
      .toEqual(["offline.pdf: imported 1 article"]);
    await waitForCounts(page, { articles: 10, meetings: 8 });
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("updates", () => {
  test("a newly deployed version waits for the user's reload instead of swapping silently", async () => {
    const server = await serveUnderSubPath("dist", "/app/");
    try {
      const { context, page, errors } = await openPage(browser, server.url);
      await waitUntilControlled(page);
      const before = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
      // Publish a byte-different service worker: the browser installs it and keeps it waiting.
      server.rewrite("sw.js", (body) => Buffer.concat([body, Buffer.from("\n// next version\n")]));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const prompt = page.getByTestId("pwa-prompt");
      await prompt.getByTestId("pwa-reload").waitFor();
      // Still the old worker in control until the user accepts.
      expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(before);
      // And the open tab keeps working on the old version: its views, its worker, its data.
      await page.getByTestId("nav-network").click();
      await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
      expect((await tableRows(page, "network")).length).toBeGreaterThan(0);
      await Promise.all([page.waitForEvent("load"), prompt.getByTestId("pwa-reload").click()]);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const waiting = await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((r) => r?.waiting ?? null),
      );
      expect(waiting).toBeNull();
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await server.close();
    }
  });
});
