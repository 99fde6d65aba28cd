/**
 * The leader network at 2,000 people, desktop, English (and the usual network of the bundled
 * articles beside it, to compare): `NETWORK_PROFILE=DIR npx tsx scripts/network-2000-screenshot.mts`,
 * where DIR is the browser profile test/bench/network.bench.ts filled with its 7,500 generated
 * articles (run it once with NETWORK_PROFILE=DIR). Serves TIFA_DIST (or dist/) on the bench's port,
 * whose origin holds those articles. Writes docs/screenshots/network-2000-desktop-en.png, and the
 * small network to OUT_SMALL when given.
 */
import { openNetworkProfile } from "./network-profile.mts";

const { base, context, close } = await openNetworkProfile({ deviceScaleFactor: 1 });
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
  await close();
}
