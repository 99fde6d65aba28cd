/**
 * `npm run corpus -- DIR... --out FILE`: the files of folder trees parsed once, in a pool of
 * worker threads, into a corpus file. Documents are written in the order of their names, each
 * text once (the first name keeps it), whatever order the workers finish in.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { PARSER_VERSION } from "../ingest";
import type { CorpusHeader } from "../db/corpus-file";
import type { Problem } from "../model/problem";
import { corpusInputs, type Shard } from "./corpus-files";
import { CorpusOutput } from "./corpus-output";
import type { ReadOutcome } from "./corpus-read";
import type { WorkerAnswer, WorkerTask } from "./corpus-worker";

const CHUNK = 16;

export interface BuildOptions {
  inputs: readonly string[];
  out: string;
  shard?: Shard | null;
  jobs?: number;
  /** Each file that is left out, and why. */
  onSkipped?: (name: string, problem: Problem | { kind: "same-text"; as: string }) => void;
  now?: Date;
}

export interface BuildSummary {
  /** Null when no document was written (and no file either). */
  header: CorpusHeader | null;
  files: number;
  failed: number;
  duplicates: number;
  /** Documents kept without articles: the parser ran out of time on them. */
  unread: number;
  seconds: number;
  /** CPU time of the whole process (every thread, user and system): the work, whatever else the machine runs. */
  cpuSeconds: number;
  jobs: number;
}

/**
 * A worker thread on the TypeScript sources: tsx's loader is registered in the thread first (a
 * thread does not inherit the loader the command was started with).
 */
function startWorker(): Worker {
  const entry = new URL("./corpus-worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

/** Runs the chunks on `jobs` threads; `onAnswer` gets each chunk's outcomes in chunk order. */
async function runPool(
  chunks: readonly WorkerTask[],
  jobs: number,
  onAnswer: (outcomes: ReadOutcome[]) => void,
): Promise<void> {
  const workers = Array.from({ length: Math.min(jobs, chunks.length) }, startWorker);
  const ready = new Map<number, ReadOutcome[]>();
  let next = 0;
  let given = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const give = (worker: Worker) => {
        if (given < chunks.length) worker.postMessage(chunks[given++]);
      };
      for (const worker of workers) {
        worker.on("error", reject);
        worker.on("message", (answer: WorkerAnswer) => {
          ready.set(answer.chunk, answer.outcomes);
          give(worker);
          while (ready.has(next)) {
            const outcomes = ready.get(next)!;
            ready.delete(next++);
            onAnswer(outcomes);
          }
          if (next === chunks.length) resolve();
        });
        give(worker);
      }
      if (!chunks.length) resolve();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

export async function buildCorpus(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  const now = options.now ?? new Date();
  const inputs = await corpusInputs(options.inputs, options.shard ?? null);
  const chunks: WorkerTask[] = [];
  for (let i = 0; i < inputs.length; i += CHUNK)
    chunks.push({ chunk: chunks.length, inputs: inputs.slice(i, i + CHUNK), importedAt: now.getTime() });
  const output = new CorpusOutput(options.out);
  const seen = new Map<string, string>();
  const summary = { files: inputs.length, failed: 0, duplicates: 0, unread: 0 };
  try {
    await runPool(chunks, jobs, (outcomes) => {
      for (const outcome of outcomes) {
        if (!outcome.ok) {
          summary.failed++;
          options.onSkipped?.(outcome.name, outcome.problem);
          continue;
        }
        const first = seen.get(outcome.id);
        if (first) {
          summary.duplicates++;
          options.onSkipped?.(outcome.name, { kind: "same-text", as: first });
          continue;
        }
        seen.set(outcome.id, outcome.name);
        if (outcome.unread) {
          summary.unread++;
          options.onSkipped?.(outcome.name, outcome.unread);
        }
        output.add(outcome.line, outcome.articles);
      }
    });
  } catch (error) {
    await output.abandon();
    throw error;
  }
  const header = output.documents ? await output.finish(PARSER_VERSION, now) : (await output.abandon(), null);
  const { user, system } = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  return { header, ...summary, seconds, cpuSeconds: (user + system) / 1e6, jobs: Math.min(jobs, chunks.length) };
}
