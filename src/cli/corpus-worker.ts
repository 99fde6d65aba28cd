/** A worker thread of `npm run corpus`: reads and parses the files it is sent, a chunk at a time. */
import { parentPort } from "node:worker_threads";
import type { CorpusInput } from "./corpus-files";
import { readInput, type ReadOutcome } from "./corpus-read";

export interface WorkerTask {
  chunk: number;
  inputs: CorpusInput[];
  importedAt: number;
}

export interface WorkerAnswer {
  chunk: number;
  outcomes: ReadOutcome[];
}

parentPort!.on("message", async (task: WorkerTask) => {
  const outcomes: ReadOutcome[] = [];
  for (const input of task.inputs) outcomes.push(await readInput(input, task.importedAt));
  parentPort!.postMessage({ chunk: task.chunk, outcomes } satisfies WorkerAnswer);
});
