import { expect, test } from "vitest";
import { sentenceAround } from "../../src/ingest";

test("the sentence around a span, with its closing punctuation", () => {
  const text = "第一句。拥护“两个确立”,做到“两个维护”。第三句";
  const start = text.indexOf("两个确立");
  expect(sentenceAround(text, { start, end: start + 4 })).toBe("拥护“两个确立”,做到“两个维护”。");
  expect(sentenceAround(text, { start: text.length - 1, end: text.length })).toBe("第三句");
});

test("a line break ends a sentence too (titles)", () => {
  expect(sentenceAround("标题在这里\n正文。", { start: 0, end: 2 })).toBe("标题在这里");
});

test("a text without full stops gives 300 characters either side of the span", () => {
  const text = `${"甲".repeat(1000)}两个确立${"乙".repeat(1000)}`;
  expect(sentenceAround(text, { start: 1000, end: 1004 })).toBe(`${"甲".repeat(300)}两个确立${"乙".repeat(300)}`);
});
