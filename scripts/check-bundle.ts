/**
 * Bundle-size budget: the JavaScript and CSS a first visit loads (the entry and what index.html
 * preloads) must stay within the budget; each view arrives later as its own chunk.
 * Prints the figures; exits 1 when over budget.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const INITIAL_BUDGET_BYTES = 150 * 1024;

export interface BundleReport {
  initial: { file: string; gzip: number }[];
  initialGzipBytes: number;
  lazyChunks: number;
}

export function measureBundle(dist = "dist"): BundleReport {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const initial = [...new Set(referenced)].map((file) => ({
    file,
    gzip: gzipSync(readFileSync(join(dist, file))).length,
  }));
  const all = readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"));
  return {
    initial,
    initialGzipBytes: initial.reduce((sum, f) => sum + f.gzip, 0),
    lazyChunks: all.filter((f) => !referenced.includes(`assets/${f}`)).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = measureBundle();
  for (const { file, gzip } of report.initial) console.log(`${(gzip / 1024).toFixed(1).padStart(8)} kB  ${file}`);
  const kb = (report.initialGzipBytes / 1024).toFixed(1);
  console.log(
    `initial load: ${kb} kB gzip (budget ${INITIAL_BUDGET_BYTES / 1024} kB), ${report.lazyChunks} chunks loaded on demand`,
  );
  if (report.initialGzipBytes > INITIAL_BUDGET_BYTES) {
    console.error(
      `Over the bundle budget by ${((report.initialGzipBytes - INITIAL_BUDGET_BYTES) / 1024).toFixed(1)} kB.`,
    );
    process.exit(1);
  }
}
