/**
 * The page's handle on the worker: the services' typed API through comlink. If the browser
 * cannot start the worker, or it dies, the same services run in the page (over a
 * MessageChannel, so calls look the same) and what the worker had not answered runs again there.
 */
import { wrap, type Remote } from "comlink";
import type { TifaEndpoint } from "./endpoint";

export type TifaRemote = Remote<TifaEndpoint>;
export { proxy, transfer } from "comlink";

interface Pending {
  start(): void;
}

/** The services in the page; loaded only when needed, so they stay out of the page's bundle. */
function inPageRemote(): TifaRemote {
  const { port1, port2 } = new MessageChannel();
  // A port queues what it is sent until it is started, which `expose` does once the services are loaded.
  void Promise.all([import("../services"), import("./endpoint")]).then(([{ createTifaApi }, { serve }]) =>
    serve(createTifaApi(), port1),
  );
  return wrap<TifaEndpoint>(port2);
}

export class TifaClient {
  private worker: Worker | null = null;
  private remote: TifaRemote | null = null;
  private readonly pending = new Set<Pending>();
  private readonly connected: Promise<void>;

  /** The worker starts when `startAfter` settles; calls made before wait for it. */
  constructor(createWorker: () => Worker, startAfter: Promise<void> = Promise.resolve()) {
    this.connected = startAfter.then(() => this.connect(createWorker));
  }

  private connect(createWorker: () => Worker): void {
    try {
      this.worker = createWorker();
      this.worker.addEventListener("error", (event) => {
        event.preventDefault();
        this.useInPage();
      });
      this.remote = wrap<TifaEndpoint>(this.worker);
    } catch {
      this.remote = inPageRemote();
    }
  }

  private useInPage(): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    this.remote = inPageRemote();
    for (const entry of this.pending) entry.start();
  }

  /** One call on the services; answered by whoever runs them when it settles. */
  run<T>(call: (api: TifaRemote) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const entry: Pending = {
        start: () => {
          const remote = this.remote!;
          // A call replaced by its replay on the in-page services settles through the replay only.
          const settle = (done: () => void) => {
            if (remote !== this.remote) return;
            this.pending.delete(entry);
            done();
          };
          call(remote).then(
            (value) => settle(() => resolve(value)),
            (error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
          );
        },
      };
      this.pending.add(entry);
      void this.connected.then(() => entry.start());
    });
  }
}

let client: TifaClient | null = null;
let startGate: Promise<void> = Promise.resolve();

/** The worker starts once `gate` settles (on a cold visit, after the first chart: lib/first-draw). */
export function startWorkerAfter(gate: Promise<void>): void {
  startGate = gate;
}

export function tifaClient(): TifaClient {
  client ??= new TifaClient(
    () => new Worker(new URL("./tifa.worker.ts", import.meta.url), { type: "module", name: "tifa" }),
    startGate,
  );
  return client;
}
