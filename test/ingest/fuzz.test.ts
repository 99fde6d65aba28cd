import { expect, test } from "vitest";
import { parseDocument, parseFile, type Article } from "../../src/ingest";
import { describeInput, fuzzInput, type FuzzInput } from "./fuzz-inputs";

/** A whole number from the environment, or the default. */
function fromEnvironment(name: string, fallback: number): number {
  const value = Number.parseInt(process.env[name] ?? "", 10);
  return Number.isFinite(value) ? value : fallback;
}

/** `npm run fuzz` runs a million; CI runs the default. FUZZ_SEED replays another run. */
const COUNT = fromEnvironment("FUZZ_INPUTS", 100_000);
const SEED = fromEnvironment("FUZZ_SEED", 20261127);

/** Why a file cannot be read: an answer, not a failure. A failing rule ("parser-failed") is one. */
const UNREADABLE = new Set(["empty", "binary", "undecodable", "too-large"]);

/** What is wrong with the parser's answer to one input, or null. */
function problemWith(input: FuzzInput): string | null {
  let articles: Article[];
  if ("bytes" in input) {
    const result = parseFile(input.fileName, input.bytes);
    if (!result.ok) return UNREADABLE.has(result.reason) ? null : result.message;
    articles = result.articles;
  } else {
    const result = parseDocument(input.text, { fileName: input.fileName });
    if (!result.ok) return result.message;
    articles = result.articles;
  }
  for (const article of articles) {
    for (const mention of [...article.people, ...article.phrases]) {
      const forms = "name" in mention ? [mention.name, ...mention.aliases] : [mention.phrase];
      for (const { start, end } of mention.spans) {
        if (!forms.includes(article.text.slice(start, end))) return `span ${start}–${end} is not ${forms.join("/")}`;
      }
    }
  }
  return null;
}

test(
  `${COUNT} generated inputs parse, or are refused with a reason`,
  () => {
    // The first parse loads the traditional-to-simplified tables: not the time of any input.
    parseDocument("會議");
    const started = performance.now();
    const failures: string[] = [];
    let failed = 0;
    let slowest = { ms: 0, input: "" };
    for (let i = 0; i < COUNT; i++) {
      const input = fuzzInput(SEED, i);
      const start = performance.now();
      let problem: string | null;
      try {
        problem = problemWith(input);
      } catch (error) {
        problem = `threw ${String(error)}`;
      }
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = { ms, input: describeInput(input, i) };
      if (!problem) continue;
      failed++;
      if (failures.length < 20) failures.push(`${describeInput(input, i)}: ${problem}`);
    }
    console.info(
      `fuzz: ${COUNT} inputs, ${failed} failures, slowest ${slowest.ms.toFixed(1)} ms (${slowest.input}), ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s in all, seed ${SEED}`,
    );
    expect(failures).toEqual([]);
  },
  Math.max(60_000, COUNT * 2),
);
