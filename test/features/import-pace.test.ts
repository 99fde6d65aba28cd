import { expect, test } from "vitest";
import { importPace } from "../../src/features/import/import-pace";

const progress = (done: number, total: number, articles: number) => ({ done, total, articles, file: "" });

test("articles per second so far, and the files left at the pace of those done", () => {
  expect(importPace(progress(250, 1000, 3000), 0, 2000)).toEqual({ articlesPerSecond: 1500, secondsLeft: 6 });
  expect(importPace(progress(999, 1000, 999), 0, 1500)).toEqual({ articlesPerSecond: 666, secondsLeft: 1 });
  expect(importPace(progress(1000, 1000, 5000), 0, 4000)).toEqual({ articlesPerSecond: 1250, secondsLeft: 0 });
});

test("nothing is said under a second in, or before a file is done", () => {
  expect(importPace(progress(10, 100, 40), 5000, 5999)).toBeNull();
  expect(importPace(progress(0, 100, 0), 0, 3000)).toBeNull();
});
