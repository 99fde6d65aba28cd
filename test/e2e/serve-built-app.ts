/** Serves `dist/` with Vite's preview server for the browser tests, on a free port. */
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
  if (!existsSync("dist/index.html"))
    throw new Error("dist/ is missing: run `npm run build` before the browser tests.");
  server = await preview({ preview: { port: 4310, strictPort: false, host: "127.0.0.1" }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("The preview server did not report its address.");
  project.provide("baseUrl", url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
