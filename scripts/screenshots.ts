/**
 * Screenshots of every view, desktop and phone, Chinese and English, from the built app with
 * the bundled articles: `npm run build && npx tsx scripts/screenshots.ts [view...]`.
 */
import { preview } from "vite";
import { launchBrowser } from "../test/e2e/browser";

const VIEWS: Record<string, { query: string; ready: string }> = {
  provinces: { query: "view=provinces", ready: '[data-testid="chart-provinces-map"][data-rendered="true"]' },
  network: {
    query: "view=network&focusPerson=江苏:谢晓军",
    ready: '[data-testid="chart-network"][data-rendered="true"]',
  },
  phrases: {
    query: "view=phrases&focusPhrase=两个确立",
    ready: '[data-testid="chart-phrase-ranking"][data-rendered="true"]',
  },
  articles: { query: "view=articles", ready: '[data-testid="article-list"]' },
  reader: { query: "view=articles&article=", ready: '[data-testid="article-reader"]' },
  data: { query: "view=data", ready: '[data-testid="count-articles"]' },
  person: { query: "view=person&id=山东:庄严", ready: '[data-testid="chart-ego-network"][data-rendered="true"]' },
  compare: { query: "view=compare&a=江苏&b=山东", ready: '[data-testid="chart-compare-months"][data-rendered="true"]' },
};
const SIZES = { desktop: { width: 1280, height: 860 }, phone: { width: 390, height: 844 } };

const wanted = process.argv.slice(2);
const server = await preview({
  build: { outDir: process.env.TIFA_DIST ?? "dist" },
  preview: { port: 4391, strictPort: false, host: "127.0.0.1" },
  logLevel: "silent",
});
const base = server.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: SIZES.desktop, deviceScaleFactor: 1 });
const page = await context.newPage();
await page.goto(`${base}?view=data`);
await page.waitForFunction(() => document.querySelector('[data-testid="count-articles"]')?.textContent === "9", null, {
  timeout: 30000,
});
await page.goto(`${base}?view=articles&q=谢晓军`);
await page.locator('[data-testid="article-list"] button').first().click();
const articleId = new URL(page.url()).searchParams.get("article") ?? "";

for (const [name, { query, ready }] of Object.entries(VIEWS)) {
  if (wanted.length && !wanted.includes(name)) continue;
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const lang of ["zh", "en"]) {
      await page.setViewportSize(viewport);
      await page.goto(`${base}?${query}${name === "reader" ? articleId : ""}&lang=${lang}`);
      await page.locator(ready).first().waitFor({ timeout: 30000 });
      await page.waitForTimeout(name === "network" || name === "person" ? 2500 : 800);
      await page.screenshot({
        path: `docs/screenshots/${name}-${size}-${lang}.png`,
        fullPage: size === "phone" ? false : true,
      });
      console.log(`docs/screenshots/${name}-${size}-${lang}.png`);
    }
  }
}
// The network in the dark theme, with the people only mentioned.
if (!wanted.length || wanted.includes("dark")) {
  await page.setViewportSize(SIZES.desktop);
  await page.goto(`${base}?view=network&mentioned=1&lang=en&theme=dark`);
  await page.locator(VIEWS.network!.ready).first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: "docs/screenshots/network-desktop-en-dark.png" });
  console.log("docs/screenshots/network-desktop-en-dark.png");
  // The other views in the dark theme, desktop and phone, Chinese and English.
  for (const name of ["provinces", "network", "phrases", "person", "compare", "reader"]) {
    const { query, ready } = VIEWS[name]!;
    for (const [size, viewport] of Object.entries(SIZES))
      for (const lang of ["zh", "en"]) {
        await page.setViewportSize(viewport);
        await page.goto(`${base}?${query}${name === "reader" ? articleId : ""}&lang=${lang}&theme=dark`);
        await page.locator(ready).first().waitFor({ timeout: 30000 });
        await page.waitForTimeout(800);
        const path = `docs/screenshots/${name}-${size}-${lang}-dark.png`;
        await page.screenshot({ path });
        console.log(path);
      }
  }
}

// The restore question, asked before a backup replaces the database.
if (!wanted.length || wanted.includes("restore")) {
  const backup = JSON.stringify({
    format: "tifa-backup",
    version: 2,
    exportedAt: "2026-11-27T00:00:00.000Z",
    documentCount: 0,
    seedsDeclined: false,
    documents: [],
  });
  for (const lang of ["zh", "en"]) {
    await page.setViewportSize(SIZES.desktop);
    await page.goto(`${base}?view=data&lang=${lang}`);
    await page.locator('[data-testid="count-articles"]').waitFor();
    await page
      .getByTestId("restore-input")
      .setInputFiles({ name: "tifa-backup.json", mimeType: "application/json", buffer: Buffer.from(backup) });
    await page.getByTestId("restore-confirm").waitFor();
    await page.screenshot({ path: `docs/screenshots/restore-desktop-${lang}.png` });
    console.log(`docs/screenshots/restore-desktop-${lang}.png`);
  }
}
// Empty views: filters that match nothing, then a database cleared (in a context of its own).
if (!wanted.length || wanted.includes("empty")) {
  for (const [size, viewport] of Object.entries(SIZES))
    for (const lang of ["zh", "en"]) {
      await page.setViewportSize(viewport);
      await page.goto(`${base}?view=network&province=西藏&lang=${lang}`);
      await page.getByTestId("empty-state").first().waitFor();
      await page.screenshot({ path: `docs/screenshots/empty-filters-${size}-${lang}.png` });
      console.log(`docs/screenshots/empty-filters-${size}-${lang}.png`);
    }
  const cleared = await browser.newContext({ viewport: SIZES.desktop, deviceScaleFactor: 1 });
  const blank = await cleared.newPage();
  await blank.goto(`${base}?view=data`);
  await blank.waitForFunction(() => document.querySelector('[data-testid="count-articles"]')?.textContent === "9");
  await blank.getByTestId("clear-button").click();
  await blank.getByTestId("clear-confirm").click();
  await blank.getByTestId("empty-database").waitFor();
  for (const [size, viewport] of Object.entries(SIZES))
    for (const lang of ["zh", "en"]) {
      await blank.setViewportSize(viewport);
      await blank.goto(`${base}?view=provinces&lang=${lang}`);
      await blank.getByTestId("empty-database").waitFor();
      await blank.getByTestId("empty-state").first().waitFor();
      await blank.screenshot({ path: `docs/screenshots/empty-database-${size}-${lang}.png` });
      console.log(`docs/screenshots/empty-database-${size}-${lang}.png`);
    }
  await cleared.close();
}
await browser.close();
await server.close();
