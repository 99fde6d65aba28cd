/**
 * The built app served on the network bench's port, and a headless Chromium on the browser profile
 * `test/bench/network.bench.ts` filled with its generated articles (NETWORK_PROFILE=DIR there):
 * what the scripts that look at the network of 2,000 people open.
 */
import { execSync } from "node:child_process";
import { chromium, type BrowserContextOptions } from "playwright-core";
import { preview } from "vite";

export async function openNetworkProfile(options: BrowserContextOptions = {}) {
  const profile = process.env.NETWORK_PROFILE;
  if (!profile) throw new Error("NETWORK_PROFILE: the profile network.bench.ts imported its articles into");
  const server = await preview({
    build: { outDir: process.env.TIFA_DIST ?? "dist" },
    preview: { port: 4395, strictPort: true, host: "127.0.0.1" },
    logLevel: "silent",
  });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath:
      process.env.CHROMIUM_PATH ?? execSync("command -v chromium", { encoding: "utf8", shell: "/bin/sh" }).trim(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
    serviceWorkers: "block",
    viewport: { width: 1280, height: 860 },
    ...options,
  });
  return {
    base: server.resolvedUrls!.local[0]!,
    context,
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
