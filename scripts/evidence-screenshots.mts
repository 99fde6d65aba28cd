/**
 * Screenshots of the evidence panels (a network link's meetings, a province's meetings with their
 * sources, a person's titles with their sentences, a month's meetings), Chinese and English, a
 * phone and the dark theme: `npx tsx scripts/evidence-screenshots.mts [built app folder, default dist]`.
 */
import { preview } from "vite";
import type { Page } from "playwright-core";
import { launchBrowser } from "../test/e2e/browser";

const LINK = "link=山东:刘建武,山东:李春田&focusPerson=山东:刘建武";
const SHOTS: { name: string; query: string; ready: string; open?: (page: Page) => Promise<void> }[] = [
  { name: "evidence-link", query: `view=network&${LINK}`, ready: '[data-testid="link-meeting"]' },
  { name: "evidence-province", query: "view=provinces&province=山东", ready: '[data-testid="fact-source"]' },
  { name: "evidence-titles", query: "view=network&focusPerson=江苏:谢晓军", ready: '[data-testid="title-sentence"]' },
  {
    name: "evidence-month",
    query: "view=provinces",
    ready: '[data-testid="month-meetings"] [data-testid="fact-source"]',
    open: async (page) => {
      await page.getByTestId("table-toggle-provinces-timeline").click();
      await page.getByTestId("table-provinces-timeline").getByRole("button", { name: "2024-03" }).click();
      await page.getByTestId("table-toggle-provinces-timeline").click();
    },
  },
];
const SIZES = { desktop: { width: 1280, height: 860 }, phone: { width: 390, height: 844 } };

const outDir = process.argv[2] ?? "dist";
const server = await preview({
  build: { outDir },
  preview: { port: 4392, strictPort: false, host: "127.0.0.1" },
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

async function shoot(shot: (typeof SHOTS)[number], size: keyof typeof SIZES, lang: string, dark: boolean) {
  await page.setViewportSize(SIZES[size]);
  await page.goto(`${base}?${shot.query}&lang=${lang}${dark ? "&theme=dark" : ""}`);
  if (shot.open) await shot.open(page);
  await page.locator(shot.ready).first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(1500);
  const path = `docs/screenshots/${shot.name}-${size}-${lang}${dark ? "-dark" : ""}.png`;
  await page.screenshot({ path, fullPage: true });
  console.log(path);
}

for (const shot of SHOTS) for (const lang of ["zh", "en"]) await shoot(shot, "desktop", lang, false);
for (const shot of SHOTS.slice(0, 3)) await shoot(shot, "phone", "zh", false);
for (const shot of SHOTS.slice(0, 3)) await shoot(shot, "desktop", "en", true);
await browser.close();
await server.close();
