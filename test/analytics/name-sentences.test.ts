import { describe, expect, test } from "vitest";
import { sentencesNaming, spansOf, titleSentence } from "../../src/analytics/name-sentences";

const TEXT = "会议由张三主持。李四出席会议。张三、李四共同调研。省长王五讲话。会议强调张三的要求。";

describe("sentences naming people", () => {
  test("every place a word stands, in text order, a word given twice counted once", () => {
    expect(spansOf("张三李四张三", ["李四", "张三", "张三", ""])).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 6 },
    ]);
  });
  test("the sentences naming either, each once, in text order, cut at the limit with the rest counted", () => {
    expect(sentencesNaming(TEXT, ["张三", "李四"], 3)).toEqual({
      sentences: ["会议由张三主持。", "李四出席会议。", "张三、李四共同调研。"],
      more: 1,
    });
    expect(sentencesNaming(TEXT, ["赵六"], 3)).toEqual({ sentences: [], more: 0 });
  });
  test("a title's sentence: the one naming the person that holds the title", () => {
    const text = "省长王五出席。副省长王五讲话。";
    expect(titleSentence(text, "王五", "副省长", { start: 2, end: 4 })).toBe("副省长王五讲话。");
    expect(titleSentence(text, "王五", "省长", { start: 2, end: 4 })).toBe("省长王五出席。");
  });
  test("else the first sentence holding the title, else the first mention's", () => {
    expect(titleSentence("厅长会议召开。王五讲话。", "王五", "厅长", { start: 7, end: 9 })).toBe("厅长会议召开。");
    expect(titleSentence("王五讲话。", "王五", "厅长", { start: 0, end: 2 })).toBe("王五讲话。");
  });
});

test("a person read under another form of the name is found where the parser read them", () => {
  // 治原 for 陆治原: the name is not in the second sentence, the mention is.
  expect(sentencesNaming("陆治原出席。治原强调。", ["陆治原"], 3, [{ start: 6, end: 8 }])).toEqual({
    sentences: ["陆治原出席。", "治原强调。"],
    more: 0,
  });
});
