/// <reference lib="webworker" />
/** The database worker: parsing, IndexedDB writes and aggregation, off the page's thread. */
import { dispatch } from "./dispatch";
import type { Envelope, Progress, Reply } from "./protocol";
import { DatabaseService } from "./service";

declare const self: DedicatedWorkerGlobalScope;

const service = new DatabaseService();
const post = (reply: Reply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<Envelope>) => {
  const { id, request } = event.data;
  let lastProgress = 0;
  const onProgress = (progress: Progress) => {
    // Enough to draw a smooth bar without flooding the page with messages.
    const now = performance.now();
    if (progress.done < progress.total && now - lastProgress < 50) return;
    lastProgress = now;
    post({ id, kind: "progress", progress });
  };
  try {
    post({ id, kind: "done", value: await dispatch(service, request, onProgress) });
  } catch (error) {
    post({ id, kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
