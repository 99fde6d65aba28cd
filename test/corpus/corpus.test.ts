/**
 * The development corpus and its held-out part scored in `npm test`: every batch must reach at least
 * the figures it reaches now, so a rule that loses accuracy on real reports fails here rather than on
 * a user's corpus. When a change raises a batch, raise its floor in the same commit.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extractRecords, type ExtractRecord } from "../../src/cli/extract-records";
import { DEVELOPMENT_BATCHES, HELD_OUT_BATCHES } from "./batches";
import { floors, scoreRecords, shortfalls, type GoldArticle, type Score } from "./score";

/** Tuned on: each batch was scored fresh first (its fresh figures are in the README), then its misses taught rules. */
const DEVELOPMENT: Record<string, Score> = {
  M: floors(1, 0.989, 0.963, 0.95, 1, 0.975, 1),
  N: floors(0.957, 0.984, 0.995, 0.938, 1, 0.938, 0.971),
  O: floors(1, 1, 0.99, 1, 0.969, 0.976, 1),
  P: floors(1, 1, 0.971, 0.875, 0.893, 0.969, 1),
  Q: floors(1, 0.95, 0.99, 0.969, 1, 0.969, null),
  R: floors(1, 0.993, 1, 0.786, 0.976, 0.976, 1),
  S: floors(1, 0.998, 0.996, 0.95, 1, 0.975, 1),
  T: floors(1, 0.998, 1, 1, 1, 0.95, 1),
  U: floors(0.963, 0.971, 0.994, 0.925, 1, 0.875, 1),
  V: floors(1, 0.987, 0.992, 0.964, 1, 0.929, 1),
  W: floors(0.963, 0.981, 0.957, 0.947, 1, 0.868, 1),
  X: floors(1, 0.991, 0.977, 0.972, 0.969, 0.889, 0.952),
  Y: floors(1, 0.994, 0.994, 1, 0.963, 0.935, 1),
  Z: floors(1, 0.993, 0.98, 1, 0.974, 0.951, 1),
  AD: floors(1, 0.998, 1, 0.892, 1, 0.973, 1),
  AG: floors(0.905, 0.957, 1, 0.903, 0.857, 0.903, 0.972),
  AI: floors(0.9, 0.911, 0.878, 0.778, 0.8, 0.861, 0.966),
  AM: floors(0.727, 0.817, 1, 0.458, 0.643, 0.458, 1),
  AR: floors(1, 0.987, 0.974, 0.75, 1, 1, 1),
  AS: floors(1, 0.88, 1, 0.857, 1, 0.857, null),
  AT: floors(1, 0.979, 0.983, 0.923, 0.727, 0.962, 0.857),
  AU: floors(0.941, 0.992, 0.976, 0.944, 1, 0.944, 1),
  AV: floors(1, 1, 1, 0.833, 1, 1, 1),
  AW: floors(1, 0.996, 1, 0.905, 1, 1, 0.96),
  AX: floors(1, 0.994, 0.994, 0.667, 0.947, 0.952, 1),
  AY: floors(1, 1, 0.987, 0.941, 1, 1, 1),
  AZ: floors(1, 0.994, 0.988, 0.722, 0.938, 1, 1),
  BA: floors(1, 1, 0.991, 0.895, 0.944, 1, 1),
  BB: floors(1, 0.978, 0.989, 1, 0.875, 1, 0.97),
  BC: floors(0.5, 0.73, 0.96, 0.811, 0.813, 0.774, 0.667),
  BD: floors(1, 0.962, 0.96, 0.706, 0.8, 0.647, 0.833),
  BE: floors(1, 0.958, 0.993, 0.941, 0.875, 1, 0.929),
  BF: floors(1, 0.966, 0.982, 0.389, 0.882, 0.944, 0.923),
  BG: floors(1, 0.993, 0.993, 1, 0.833, 1, 1),
  BH: floors(0.944, 0.976, 0.951, 0.778, 1, 0.833, 1),
  BI: floors(1, 0.947, 0.81, 0.943, 0.981, 0.925, 1),
  BJ: floors(1, 0.962, 0.922, 0.65, 0.833, 0.95, 1),
  BK: floors(0.5, 1, 1, 0.8, 1, 0.8, null),
  BL: floors(1, 0.993, 1, 0.474, 0.833, 1, 1),
  BM: floors(1, 0.992, 1, 0.947, 0.889, 1, 1),
  BN: floors(1, 0.993, 0.971, 0.824, 0.938, 0.941, 1),
  BO: floors(1, 0.997, 0.937, 0.947, 0.944, 1, 1),
  BP: floors(1, 0.97, 0.958, 0.619, 0.9, 0.762, 1),
  BQ: floors(1, 0.99, 0.933, 1, 0.85, 0.95, 0.87),
  BR: floors(1, 0.975, 0.975, 0.619, 1, 1, 0.808),
  BS: floors(1, 0.971, 0.882, 1, 1, 1, null),
  BT: floors(1, 0.961, 0.955, 0.81, 0.889, 1, 0.944),
  BU: floors(0.833, 0.923, 0.75, 0.865, 0.25, 0.838, 1),
  BV: floors(1, 0.964, 0.992, 0.864, 0.952, 1, 0.697),
  BW: floors(1, 0.988, 1, 0.944, 0.778, 1, 0.667),
  BX: floors(1, 0.925, 0.986, 0.95, 0.842, 0.95, 0.8),
  BY: floors(0.75, 0.941, 0.977, 0.769, 0.788, 0.846, 1),
  BZ: floors(1, 0.939, 0.971, 0.565, 0.952, 1, 1),
  CA: floors(0.955, 0.962, 0.98, 0.607, 0.833, 0.786, 0.8),
  CB: floors(0.429, 0.939, 1, 0.269, 0.444, 0.346, 0.417),
  CC: floors(1, 0.952, 0.85, 0.571, 0.857, 0.714, 0.167),
  CD: floors(1, 0.957, 1, 0.727, 0.905, 1, 0.75),
  CE: floors(1, 0.959, 0.943, 0.826, 0.714, 0.957, 0.75),
  CF: floors(1, 0.983, 0.974, 0.667, 0.938, 0.905, null),
  CH: floors(0.667, 0.954, 0.671, 0.814, 0.75, 0.791, null),
  CI: floors(0.96, 0.985, 0.98, 0.692, 1, 0.962, null),
  CJ: floors(0.968, 0.906, 0.929, 0.813, 0.844, 0.969, 0.75),
  CK: floors(1, 0.978, 0.891, 0.727, 0.867, 0.909, 1),
  CL: floors(0.571, 0.945, 0.792, 0.875, 0.644, 0.75, null),
  CM: floors(1, 0.972, 0.973, 1, 0.96, 0.857, 0.889),
  CN: floors(0.625, 0.788, 0.692, 0.306, 0.538, 0.611, 0.25),
  CO: floors(1, 0.934, 0.92, 0.913, 0.696, 1, null),
  CP: floors(0.96, 0.932, 0.941, 0.667, 0.913, 0.889, 1),
  CQ: floors(1, 0.908, 0.919, 0.5, 1, 1, 0.5),
  CR: floors(1, 0.948, 0.877, 0.524, 0.824, 0.905, 0.889),
};

/**
 * Never tuned on: collected after the last rule, scored only to report how the parser reads reports it
 * has not seen. A rule written from their misses would make them development batches.
 */
const HELD_OUT: Record<string, Score> = {
  AF: floors(1, 0.978, 1, 1, 0.667, 1, 1),
  AH: floors(1, 0.833, 1, 0.5, 1, 0.5, 1),
  AJ: floors(0.833, 0.808, 0.847, 0.5, 0.9, 0.714, 1),
  AK: floors(1, 0.969, 0.907, 0.826, 0.909, 0.783, 1),
  AL: floors(1, 0.974, 0.977, 1, 1, 1, 1),
  AN: floors(1, 0.932, 0.907, 0.778, 1, 0.889, null),
  AO: floors(0.95, 0.844, 1, 0.952, 0.833, 0.952, 0.95),
  AP: floors(0.733, 0.886, 0.872, 0.661, 0.611, 0.661, 1),
  AQ: floors(1, 0.899, 0.671, 0.786, 0.8, 0.929, 0.917),
};

/** The held-out batches as one corpus, article-weighted. */
const HELD_OUT_POOLED = floors(0.939, 0.91, 0.905, 0.775, 0.811, 0.809, 0.978);

/** Every development batch as one corpus, article-weighted. */
const DEVELOPMENT_POOLED = floors(0.973, 0.972, 0.964, 0.82, 0.893, 0.902, 0.941);

interface Batch {
  gold: GoldArticle[];
  records: ExtractRecord[];
}

/** Each batch is parsed once, for its own test and the pooled ones alike. */
const loaded = new Map<string, Promise<Batch>>();

function loadBatch(name: string): Promise<Batch> {
  const folder = join("test/corpus", name);
  let batch = loaded.get(name);
  if (!batch) loaded.set(name, (batch = scoredFiles(join(folder, "gold.json"), join(folder, "texts"))));
  return batch;
}

async function scoredFiles(goldPath: string, textFolder: string): Promise<Batch> {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldArticle[];
  const records: ExtractRecord[] = [];
  for (const file of new Set(gold.map((g) => g.file))) {
    const result = await extractRecords(file, readFileSync(join(textFolder, file)));
    if (result.ok) records.push(...result.records);
  }
  return { gold, records };
}

test("every batch has its floors, development and held-out apart", () => {
  expect([Object.keys(DEVELOPMENT), Object.keys(HELD_OUT)]).toEqual([DEVELOPMENT_BATCHES, HELD_OUT_BATCHES]);
});

test("the bundled seeds score 1.0 on every metric", async () => {
  const { gold, records } = await scoredFiles("test/corpus/seeds-gold.json", "seeds");
  expect(shortfalls(scoreRecords(gold, records), floors(1, 1, 1, 1, 1, 1, 1))).toEqual([]);
});

describe.each(Object.entries({ ...DEVELOPMENT, ...HELD_OUT }))("batch %s", (name, floor) => {
  test("its texts are the ones it was labelled on, byte for byte", () => {
    const folder = join("test/corpus", name);
    const listed = readFileSync(join(folder, "texts.sha256"), "utf8").trim().split("\n");
    for (const line of listed) {
      const [hash, file] = line.split(/\s+/);
      expect(createHash("sha256").update(readFileSync(join(folder, "texts", file!))).digest("hex"), file).toBe(hash);
    }
  });

  test("scores at least its floors", async () => {
    const { gold, records } = await loadBatch(name);
    expect(shortfalls(scoreRecords(gold, records), floor)).toEqual([]);
  });
});

/** The pools of batches scored together: a pool with no batch yet scores nothing. */
const POOLS = (
  [
    ["development", DEVELOPMENT, DEVELOPMENT_POOLED],
    ["held-out", HELD_OUT, HELD_OUT_POOLED],
  ] as const
).filter(([, table]) => Object.keys(table).length > 0);

test.each(POOLS)("the %s batches together score at least their floors", async (_, table, floor) => {
  const batches = await Promise.all(Object.keys(table).map(loadBatch));
  const score = scoreRecords(
    batches.flatMap((b) => b.gold),
    batches.flatMap((b) => b.records),
  );
  expect(shortfalls(score, floor)).toEqual([]);
});
