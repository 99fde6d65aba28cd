/** Launches Debian's Chromium through playwright-core, headless, with this machine's flags. */
import { execSync } from "node:child_process";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium || command -v chromium-browser", {
      encoding: "utf8",
      shell: "/bin/sh",
    }).trim();
  } catch {
    throw new Error("Chromium is not installed: run `apt-get install -y chromium fonts-noto-cjk`.");
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** A fresh context (empty IndexedDB, no service worker) whose page reports console errors. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    locale: options.locale ?? "zh-CN",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { context, page, errors };
}
