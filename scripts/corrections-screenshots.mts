/**
 * Screenshots of corrections: the reader with its correction controls open (Chinese and English,
 * and English in the dark theme) and the Data page's list of corrections, from a build with the
 * bundled articles: `npx vite build --outDir DIR && TIFA_DIST=DIR npx tsx scripts/corrections-screenshots.mts`.
 */
import { preview } from "vite";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/browser";

const ARTICLE = "6b32081377849dc3-1";
const OTHER = "6b32081377849dc3-2";
const VIEWPORT = { width: 1280, height: 860 };

const server = await preview({
  build: { outDir: process.env.TIFA_DIST ?? "dist" },
  preview: { port: 4392, strictPort: false, host: "127.0.0.1" },
  logLevel: "silent",
});
const base = server.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })).newPage();

async function openReader(id: string, lang: string, theme = "") {
  await page.goto(`${base}?view=articles&article=${id}&lang=${lang}${theme}`);
  await page.getByTestId("article-reader").waitFor();
  await page.getByTestId("correct-toggle").click();
}

/** Selects `words` in the article's text as a reader's mouse would. */
async function select(p: Page, words: string) {
  await p.evaluate((words) => {
    const root = document.querySelector('[data-testid="article-text"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`not in the text: ${words}`);
  }, words);
}

const saved = () =>
  page.waitForFunction(() => !document.querySelector('[data-testid="correcting-hint"]')?.textContent?.endsWith("…"));

await page.goto(`${base}?view=data`);
await page.waitForFunction(() => document.querySelector('[data-testid="count-articles"]')?.textContent === "9", null, {
  timeout: 30000,
});
// A few corrections, made as an analyst would.
await openReader(ARTICLE, "zh");
await page.getByTestId("edit-date").click();
await page.getByTestId("fact-input-date").fill("2023-10");
await page.getByTestId("fact-save").click();
await saved();
await page.getByTestId("reader-people").locator("li", { hasText: "谢晓军" }).getByTestId("edit-person").click();
await page.getByTestId("person-input-role").selectOption("讲话");
await page.getByTestId("person-save").click();
await saved();
await page
  .getByTestId("reader-phrases")
  .getByRole("button", { name: /安全阀/ })
  .last()
  .click();
await saved();
await openReader(OTHER, "zh");
await page.getByTestId("edit-province").click();
await page.getByTestId("fact-input-province").selectOption("河南");
await page.getByTestId("fact-save").click();
await saved();

for (const [lang, theme] of [
  ["zh", ""],
  ["en", ""],
  ["en", "&theme=dark"],
] as const) {
  await openReader(ARTICLE, lang, theme);
  await page.getByTestId("reader-people").locator("li", { hasText: "张政文" }).getByTestId("edit-person").click();
  await page.getByTestId("same-person-search").fill("刘");
  await page.getByTestId("same-person-choices").waitFor();
  await page.getByTestId("edit-province").click();
  await select(page, "国家安全形势");
  await page.getByTestId("selection-bar").waitFor();
  await page.mouse.move(0, 0);
  const path = `docs/screenshots/reader-corrections-desktop-${lang}${theme ? "-dark" : ""}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(path);
}
for (const lang of ["zh", "en"]) {
  await page.goto(`${base}?view=data&lang=${lang}`);
  const list = page.getByTestId("corrections");
  await list.getByTestId("correction").first().waitFor();
  await list.scrollIntoViewIfNeeded();
  const path = `docs/screenshots/data-corrections-desktop-${lang}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(path);
}
await browser.close();
await server.close();
