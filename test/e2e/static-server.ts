/** A minimal static server that serves dist/ under a sub-path, to test the app away from the site root. */
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  /** Rewrites a served file's bytes from now on, e.g. to publish a new service worker. */
  rewrite: (file: string, change: (body: Buffer) => Buffer) => void;
  close: () => Promise<void>;
}

export async function serveUnderSubPath(root: string, prefix: string): Promise<StaticServer> {
  const rewrites = new Map<string, (body: Buffer) => Buffer>();
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    if (!path.startsWith(prefix)) {
      response.writeHead(404).end("not here");
      return;
    }
    const relative = normalize(path.slice(prefix.length) || "index.html").replace(/^(\.\.[/\\])+/, "");
    const file = join(root, relative.endsWith("/") || relative === "." ? "index.html" : relative);
    try {
      const original = await readFile(file);
      const body = rewrites.get(relative)?.(original) ?? original;
      response
        .writeHead(200, {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          "cache-control": "no-cache",
        })
        .end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    rewrite: (file, change) => rewrites.set(file, change),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
