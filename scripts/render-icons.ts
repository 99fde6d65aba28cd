/** Renders public/icons/icon.svg to the PNG sizes the web app manifest names (run by hand when the logo changes). */
import { readFileSync, writeFileSync } from "node:fs";
import { launchBrowser } from "../test/e2e/browser";

const svg = readFileSync("public/icons/icon.svg", "utf8");
const browser = await launchBrowser();
const page = await browser.newPage();
const targets = [
  { file: "public/icons/icon-192.png", size: 192, padding: 0 },
  { file: "public/icons/icon-512.png", size: 512, padding: 0 },
  // Maskable: the logo inside the 80% safe zone on a full-bleed background.
  { file: "public/icons/icon-maskable-512.png", size: 512, padding: 0.12 },
  { file: "public/icons/apple-touch-icon.png", size: 180, padding: 0 },
];
for (const { file, size, padding } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:${padding ? "#9f1239" : "transparent"}"><div style="padding:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px">${svg.replace("<svg ", `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `)}</div></body>`,
  );
  writeFileSync(file, await page.screenshot({ omitBackground: !padding }));
}
await browser.close();
