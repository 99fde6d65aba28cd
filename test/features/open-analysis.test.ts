import { expect, test } from "vitest";
import { openAnalysisQuestion } from "../../src/features/import/open-analysis-confirm";

test("the question before opening says what the database holds and what the file brings, in both languages", () => {
  const question = openAnalysisQuestion(
    "a.tifa",
    { documents: 7, corrections: 1, notes: 0 },
    { documents: 1, corrections: 3, notes: 2 },
  );
  expect(question).toEqual({
    zh:
      "数据库现有 7 个文档、1 条更正和 0 条笔记。打开“a.tifa”将用其中的 1 个文档、3 条更正和 2 条笔记替换它们，" +
      "并打开文件保存的视图。此操作无法撤销；可先导出当前分析。",
    en:
      "The database holds 7 documents, 1 correction and 0 notes now. Opening “a.tifa” replaces them all with its " +
      "1 document, 3 corrections and 2 notes, and opens the view it saved. This cannot be undone; export this " +
      "analysis first if unsure.",
  });
});
