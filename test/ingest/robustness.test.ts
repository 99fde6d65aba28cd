import { readFileSync, readdirSync } from "node:fs";
import { expect, test } from "vitest";
import { parseDocument, parseFile, parseText } from "../../src/ingest";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET =
  "会议主持讲话厅长书记省市“”「」《》()（）,，。、:\n \t#>*据召开月日年2024山东庄严习近平總書記網(wǎng)\u0000\ufffd🙂";

/** Passes when every rule ran; a rule that throws fails the test with the stage it failed in. */
function expectParsed(text: string) {
  const result = parseDocument(text, { fileName: "input.txt" });
  expect(result.ok, result.ok ? "" : result.message).toBe(true);
}

test("random strings never make a rule of the parser throw", () => {
  const next = random(42);
  for (let i = 0; i < 500; i++) {
    const length = Math.floor(next() * 400);
    expectParsed(Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(""));
  }
});

test("random bytes give articles or a reason they cannot be read, never a failed rule", () => {
  const next = random(7);
  for (let i = 0; i < 300; i++) {
    const bytes = Uint8Array.from({ length: Math.floor(next() * 600) }, () => Math.floor(next() * 256));
    const result = parseFile("random.bin", bytes);
    if (!result.ok) expect(["empty", "binary", "undecodable", "too-large"], result.message).toContain(result.reason);
  }
});

test("every truncation of every seed parses", () => {
  for (const file of readdirSync("seeds")) {
    const text = readFileSync(`seeds/${file}`, "utf8");
    for (let end = 0; end <= text.length; end += 97) expectParsed(text.slice(0, end));
  }
});

test("spans always point inside the article text", () => {
  for (const file of readdirSync("seeds")) {
    for (const article of parseText(readFileSync(`seeds/${file}`, "utf8"))) {
      for (const mention of [...article.people, ...article.phrases]) {
        for (const span of mention.spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(article.text.length);
          const form = article.text.slice(span.start, span.end);
          expect("name" in mention ? [mention.name, ...mention.aliases] : [mention.phrase]).toContain(form);
        }
      }
    }
  }
});

test("a parse that outruns its time budget stops between stages and says so", () => {
  expect(parseDocument("3月1日,河南省民政厅召开党组会议。", { fileName: "a.txt", budgetMs: 0 })).toEqual({
    ok: false,
    reason: "too-complex",
    rule: "records",
    message: "a.txt is too complex to parse in 0 s (stopped before records).",
  });
  expect(parseDocument("3月1日,河南省民政厅召开党组会议。", { fileName: "a.txt", budgetMs: 60_000 }).ok).toBe(true);
});
