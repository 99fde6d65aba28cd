/**
 * Screenshots of the analysis file and notes: the Data page with "Export analysis (.tifa)",
 * "Open analysis…" and the data export, the question before a file replaces the database, and a
 * note in the reader and in the network's person panel, in Chinese and English, from a build
 * with the bundled articles: `npx vite build --outDir DIR && TIFA_DIST=DIR npx tsx scripts/analysis-screenshots.mts`.
 */
import { readFileSync } from "node:fs";
import { preview } from "vite";
import { launchBrowser } from "../test/e2e/browser";

const ARTICLE = "ad3d620d748a872a-1";
const PERSON = "江苏:谢晓军";
const VIEWPORT = { width: 1280, height: 860 };
const ARTICLE_NOTE =
  "核对会议日期：通稿写 3 月 14 日，省厅网站写 3 月 13 日。\nCheck the date: the wire says 14 March.";
const PERSON_NOTE = "2023 年起任厅长；主持党组会议。\nDirector-General since 2023; chairs the Party group meetings.";

const server = await preview({
  build: { outDir: process.env.TIFA_DIST ?? "dist" },
  preview: { port: 4393, strictPort: false, host: "127.0.0.1" },
  logLevel: "silent",
});
const base = server.resolvedUrls!.local[0]!;
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })).newPage();
await page.goto(`${base}?view=data`);
await page.waitForFunction(() => document.querySelector('[data-testid="count-articles"]')?.textContent === "9", null, {
  timeout: 30000,
});

async function writeNote(text: string) {
  await page.getByTestId("note-add").click();
  await page.getByTestId("note-input").fill(text);
  await page.getByTestId("note-save").click();
  await page.getByTestId("note-text").waitFor();
}

await page.goto(`${base}?view=articles&article=${ARTICLE}`);
await page.getByTestId("article-reader").waitFor();
await writeNote(ARTICLE_NOTE);
await page.goto(`${base}?view=person&id=${encodeURIComponent(PERSON)}`);
await page.getByTestId("person-page").waitFor();
await writeNote(PERSON_NOTE);

const shot = async (path: string) => {
  await page.screenshot({ path });
  console.log(path);
};

for (const lang of ["zh", "en"]) {
  await page.goto(`${base}?view=articles&article=${ARTICLE}&lang=${lang}`);
  await page.getByTestId("note-text").waitFor();
  await page.waitForTimeout(500);
  await shot(`docs/screenshots/reader-note-desktop-${lang}.png`);

  await page.goto(`${base}?view=network&focusPerson=${encodeURIComponent(PERSON)}&lang=${lang}`);
  await page.getByTestId("person-panel").getByTestId("note-text").waitFor();
  await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
  await page.waitForTimeout(4000);
  await shot(`docs/screenshots/network-note-desktop-${lang}.png`);

  await page.goto(`${base}?view=data&lang=${lang}`);
  await page.getByTestId("analysis-export").waitFor();
  await page.locator('[data-testid="count-articles"]').getByText("9").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("analysis-export").click()]);
  const file = {
    name: download.suggestedFilename(),
    mimeType: "application/json",
    buffer: readFileSync((await download.path())!),
  };
  await page.getByTestId("analysis-message").waitFor();
  await page.waitForTimeout(300);
  await shot(`docs/screenshots/data-analysis-desktop-${lang}.png`);

  await page.getByTestId("analysis-open-input").setInputFiles(file);
  await page.getByTestId("analysis-open-confirm").waitFor();
  await page.getByRole("alertdialog").scrollIntoViewIfNeeded();
  await shot(`docs/screenshots/analysis-open-desktop-${lang}.png`);
}
await browser.close();
await server.close();
