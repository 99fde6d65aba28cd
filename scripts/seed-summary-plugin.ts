/**
 * `virtual:seed-summary`: the bundled articles' province counts, computed at build time by the
 * app's own services (src/services/seed-summary.ts, loaded through Vite so `import.meta.glob`
 * reads `seeds/` as the app does). The first visit draws its map from it while the worker parses.
 */
import { createServer, type Plugin } from "vite";

const ID = "virtual:seed-summary";
const RESOLVED = `\0${ID}`;

async function computeSummary(root: string): Promise<unknown> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule("/src/services/seed-summary.ts")) as {
      summarizeSeeds: () => Promise<unknown>;
    };
    return await module.summarizeSeeds();
  } finally {
    await server.close();
  }
}

export function seedSummary(): Plugin {
  let root = process.cwd();
  let summary: Promise<unknown> | null = null;
  return {
    name: "tifa-seed-summary",
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      summary ??= computeSummary(root);
      return `export default ${JSON.stringify(await summary)};`;
    },
  };
}
