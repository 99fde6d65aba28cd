import { expect, test } from "vitest";
import { QuotedPhrases, recurringExpressions } from "../../src/analytics/ngrams";

const options = { minArticles: 2, minLength: 4, maxLength: 16, limit: 10 };
const source = (articleId: string, province: string | null, text: string) => ({ articleId, province, text });

test("an expression shared by reports is found whole, once per report, with its provinces", () => {
  const found = recurringExpressions(
    [
      source("a", "江苏", "会上，大家谈到晨光溪谷试验田的新做法。晨光溪谷试验田很好。"),
      source("b", "山东", "他说晨光溪谷试验田要推广。"),
      source("c", "山东", "今天没有别的消息。"),
    ],
    new QuotedPhrases([], 4),
    options,
  );
  expect(found).toEqual([{ expression: "晨光溪谷试验田", articles: 2, provinces: 2 }]);
});

test("an expression holding a quoted phrase, or held by one, is left out", () => {
  const texts = [
    source("a", "江苏", "推进晨光溪谷试验田，落实银杏湖畔新规。"),
    source("b", "江苏", "推进晨光溪谷试验田，落实银杏湖畔新规。"),
  ];
  const quoted = new QuotedPhrases(["溪谷试验", "他们落实银杏湖畔新规定"], 4);
  expect(quoted.overlaps("晨光溪谷试验田")).toBe(true);
  expect(quoted.overlaps("银杏湖畔新规")).toBe(true);
  expect(quoted.overlaps("晨光溪谷")).toBe(false);
  expect(recurringExpressions(texts, quoted, options).map((e) => e.expression)).not.toContain("晨光溪谷试验田");
});
