/**
 * Parsing spread over a pool of workers, so that an import parses on every core while the
 * services' worker matches and writes. Documents go to the worker with the fewest in hand.
 */
import { wrap, type Remote } from "comlink";
import type { NewDocument, Preparation } from "../db/prepare";

type ParseWorker = { prepareDocument(doc: NewDocument, budgetMs: number): Preparation };

interface Member {
  worker: Worker;
  remote: Remote<ParseWorker>;
  busy: number;
}

/** One per core, at least two (as the services' worker mostly waits on IndexedDB while they parse). */
export function poolSize(cores = navigator.hardwareConcurrency || 2): number {
  return Math.min(8, Math.max(2, cores));
}

export class ParsePool {
  private members: Member[] = [];

  constructor(private readonly size = poolSize()) {}

  private start(): Member[] {
    if (!this.members.length)
      this.members = Array.from({ length: this.size }, (_, i) => {
        const worker = new Worker(new URL("./parse.worker.ts", import.meta.url), {
          type: "module",
          name: `tifa-parse-${i + 1}`,
        });
        return { worker, remote: wrap<ParseWorker>(worker), busy: 0 };
      });
    return this.members;
  }

  async prepare(doc: NewDocument, budgetMs: number): Promise<Preparation> {
    const member = this.start().reduce((a, b) => (b.busy < a.busy ? b : a));
    member.busy++;
    try {
      return await member.remote.prepareDocument(doc, budgetMs);
    } finally {
      member.busy--;
    }
  }
}
