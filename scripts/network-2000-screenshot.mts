/**
 * The leader network at 2,000 people, desktop, English (and the usual network of the bundled
 * articles beside it, to compare): `NETWORK_PROFILE=DIR npx tsx scripts/network-2000-screenshot.mts`,
 * where DIR is the browser profile test/bench/network.bench.ts filled with its 7,500 generated
 * articles (run it once with NETWORK_PROFILE=DIR). Serves TIFA_DIST (or dist/) on the bench's port,
 * whose origin holds those articles. Writes docs/screenshots/network-2000-desktop-en.png, and the
 * small network to OUT_SMALL when given.
 */
import { execSync } from "node:child_process";
import { chromium } from "playwright-core";
import { preview } from "vite";

const profile = process.env.NETWORK_PROFILE;
if (!profile) throw new Error("NETWORK_PROFILE: the profile network.bench.ts imported its articles into");
const server = await preview({
  build: { outDir: process.env.TIFA_DIST ?? "dist" },
  preview: { port: 4395, strictPort: true, host: "127.0.0.1" },
  logLevel: "silent",
});
const base = server.resolvedUrls!.local[0]!;
const context = await chromium.launchPersistentContext(profile, {
  executablePath:
    process.env.CHROMIUM_PATH ?? execSync("command -v chromium", { encoding: "utf8", shell: "/bin/sh" }).trim(),
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
  serviceWorkers: "block",
  viewport: { width: 1280, height: 860 },
  deviceScaleFactor: 1,
});
try {
  const page = await context.newPage();
  await page.goto(`${base}?view=network&lang=en`);
  await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor({ timeout: 60_000 });
  if (process.env.OUT_SMALL) {
    await page.waitForTimeout(2500);
    await page.screenshot({ path: process.env.OUT_SMALL, fullPage: true });
  }
  await page.locator("select").filter({ hasText: "2000" }).selectOption("2000");
  await page.getByTestId("network-count").filter({ hasText: "2000 of" }).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(2500);
  const path = "docs/screenshots/network-2000-desktop-en.png";
  await page.screenshot({ path, fullPage: true });
  console.log(path);
} finally {
  await context.close();
  await server.close();
}
