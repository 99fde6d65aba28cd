import { expect, test } from "vitest";
import { ParsePool, poolSize, type PoolWorker } from "../../src/worker/parse-pool";

/** A worker whose script never loads: it answers nothing and reports an error. */
function brokenWorker(started: number[]): (index: number) => PoolWorker {
  return (index) => {
    started.push(index);
    const target = new EventTarget();
    return Object.assign(target, {
      postMessage: () => setTimeout(() => target.dispatchEvent(new Event("error"))),
    }) as unknown as PoolWorker;
  };
}

const doc = { id: "d", fileName: "a.txt", raw: "text", encoding: "utf-8", source: "user" as const, importedAt: 0 };

test("a pool whose workers fail rejects, now and later, instead of waiting for ever", async () => {
  const started: number[] = [];
  const pool = new ParsePool(2, brokenWorker(started));
  await expect(pool.prepare(doc, 1000)).rejects.toThrow("a parsing worker failed");
  await expect(pool.prepare(doc, 1000)).rejects.toThrow("a parsing worker failed");
  expect(started).toEqual([0, 1]);
});

test("one worker per core, at least two and at most eight", () => {
  expect([1, 2, 4, 16].map(poolSize)).toEqual([2, 2, 4, 8]);
});
