/**
 * Serves the built app with Vite's preview server for the browser tests, on a free port: `dist/`,
 * or the folder in TIFA_DIST (a build of one's own, so that parallel work does not share one).
 */
import { existsSync } from "node:fs";
import { preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const outDir = process.env.TIFA_DIST ?? "dist";
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before the browser tests.`);
  server = await preview({
    build: { outDir },
    preview: { port: 4310, strictPort: false, host: "127.0.0.1" },
    logLevel: "warn",
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its address.");
  project.provide("baseUrl", url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
