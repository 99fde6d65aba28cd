import { expect, test } from "vitest";
import { currentImportState, setImportState } from "../../src/features/import/import-store";

const progress = (done: number, articles: number) => ({ done, total: 100, articles, file: "" });

test("an import's pace is measured from when it started running, and forgotten when it ends", () => {
  setImportState({ running: "files", progress: progress(0, 0) }, 10_000);
  expect(currentImportState()).toMatchObject({ startedAt: 10_000, pace: null });
  setImportState({ progress: progress(25, 300) }, 12_000);
  expect(currentImportState().pace).toEqual({ articlesPerSecond: 150, secondsLeft: 6 });
  setImportState({ running: null, progress: null }, 13_000);
  expect(currentImportState()).toMatchObject({ startedAt: null, pace: null });
});
