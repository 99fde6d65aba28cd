/**
 * The page's handle on the database worker: typed calls that resolve with the worker's answer.
 * If the browser cannot start the worker, the same service runs in the page instead.
 */
import type { Envelope, Progress, Reply, Request } from "./protocol";
import type { DatabaseService } from "./service";

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (p: Progress) => void;
  request: Request;
};

export class DatabaseClient {
  private worker: Worker | null = null;
  /** Loaded only when needed: the parser and database code stay out of the page's bundle. */
  private fallback: Promise<{ service: DatabaseService; dispatch: typeof import("./dispatch").dispatch }> | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(createWorker: () => Worker) {
    try {
      this.worker = createWorker();
      this.worker.onmessage = (event: MessageEvent<Reply>) => this.receive(event.data);
      this.worker.onerror = (event) => {
        event.preventDefault();
        this.useFallback();
      };
    } catch {
      this.useFallback();
    }
  }

  /** Runs in the page from now on, and replays what the worker had not answered. */
  private useFallback(): void {
    this.worker?.terminate();
    this.worker = null;
    this.fallback ??= Promise.all([import("./service"), import("./dispatch")]).then(([s, d]) => ({
      service: new s.DatabaseService(),
      dispatch: d.dispatch,
    }));
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      this.runHere(entry);
    }
  }

  private runHere(entry: Pending): void {
    this.fallback!.then(({ service, dispatch }) => dispatch(service, entry.request, (p) => entry.onProgress?.(p))).then(
      entry.resolve,
      (e: unknown) => entry.reject(e instanceof Error ? e : new Error(String(e))),
    );
  }

  private receive(reply: Reply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    if (reply.kind === "progress") return entry.onProgress?.(reply.progress);
    this.pending.delete(reply.id);
    if (reply.kind === "done") entry.resolve(reply.value);
    else entry.reject(new Error(reply.message));
  }

  call<T>(request: Request, onProgress?: (progress: Progress) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Pending = { resolve: resolve as (v: unknown) => void, reject, onProgress, request };
      if (!this.worker) return this.runHere(entry);
      const id = this.nextId++;
      this.pending.set(id, entry);
      const transfer = request.type === "importFiles" ? request.files.map((f) => f.bytes) : [];
      this.worker.postMessage({ id, request } satisfies Envelope, transfer);
    });
  }
}

let client: DatabaseClient | null = null;

export function databaseClient(): DatabaseClient {
  client ??= new DatabaseClient(
    () => new Worker(new URL("./database.worker.ts", import.meta.url), { type: "module", name: "tifa-database" }),
  );
  return client;
}
