import { expect, test } from "vitest";
import { markTerms } from "../../src/components/mark-terms";

test("every place of every term is marked, the rest left plain", () => {
  expect(markTerms("张三主持，李四出席，张三讲话", ["张三", "李四"])).toEqual([
    { text: "张三", marked: true },
    { text: "主持，", marked: false },
    { text: "李四", marked: true },
    { text: "出席，", marked: false },
    { text: "张三", marked: true },
    { text: "讲话", marked: false },
  ]);
});

test("the longer of two overlapping terms is marked whole; no terms, one plain run", () => {
  expect(markTerms("省长与副省长", ["省长", "副省长", ""])).toEqual([
    { text: "省长", marked: true },
    { text: "与", marked: false },
    { text: "副省长", marked: true },
  ]);
  expect(markTerms("会议召开", [])).toEqual([{ text: "会议召开", marked: false }]);
});
