/**
 * Parsing spread over a pool of workers, so that an import parses on every core while the
 * services' worker matches and writes. Documents go to the worker with the fewest in hand.
 */
import { wrap, type Remote } from "comlink";
import type { NewDocument, Preparation } from "../db/prepare";

type ParseWorker = { prepareDocument(doc: NewDocument, budgetMs: number): Preparation };

/** What the pool needs of a worker: `Worker` in the browser, a stand-in in tests. */
export type PoolWorker = Pick<Worker, "postMessage" | "addEventListener" | "removeEventListener">;

interface Member {
  remote: Remote<ParseWorker>;
  busy: number;
  /** Rejects once the worker fails (its script did not load, or it threw): no answer will come. */
  failed: Promise<never>;
}

/** One per core, at least two (as the services' worker mostly waits on IndexedDB while they parse). */
export function poolSize(cores = navigator.hardwareConcurrency || 2): number {
  return Math.min(8, Math.max(2, cores));
}

function startParseWorker(index: number): PoolWorker {
  return new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module", name: `tifa-parse-${index + 1}` });
}

export class ParsePool {
  private members: Member[] = [];

  constructor(
    private readonly size = poolSize(),
    private readonly startWorker: (index: number) => PoolWorker = startParseWorker,
  ) {}

  private start(): Member[] {
    if (!this.members.length)
      this.members = Array.from({ length: this.size }, (_, i) => {
        const worker = this.startWorker(i);
        const failed = new Promise<never>((_, reject) =>
          worker.addEventListener("error", () => reject(new Error("a parsing worker failed")), { once: true }),
        );
        failed.catch(() => undefined);
        return { remote: wrap<ParseWorker>(worker as Worker), busy: 0, failed };
      });
    return this.members;
  }

  /** The document parsed by a worker of the pool; rejects when that worker has failed. */
  async prepare(doc: NewDocument, budgetMs: number): Promise<Preparation> {
    const member = this.start().reduce((a, b) => (b.busy < a.busy ? b : a));
    member.busy++;
    try {
      return await Promise.race([member.remote.prepareDocument(doc, budgetMs), member.failed]);
    } finally {
      member.busy--;
    }
  }
}
