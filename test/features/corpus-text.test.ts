import { expect, test } from "vitest";
import { corpusSummary, openingLabel, wasReparsed } from "../../src/features/import/corpus-text";
import type { CorpusOpened } from "../../src/services";

const opened = (patch: Partial<CorpusOpened>): CorpusOpened => ({
  name: "https://tifa.example/team.tifa-corpus",
  header: null,
  imported: 0,
  articles: 0,
  already: 0,
  failed: [],
  reparsed: false,
  unchanged: false,
  seconds: 0,
  problem: null,
  ...patch,
});

test("what opening a corpus did, in both languages", () => {
  expect(corpusSummary(opened({ imported: 1200, articles: 12000, already: 3, seconds: 8 }))).toEqual({
    zh: "1,200 个文档已导入（12,000 篇文章，每秒 1,500 篇），3 个已存在。",
    en: "1,200 documents imported (12,000 articles, 1,500 articles/s), 3 already there.",
  });
  expect(
    corpusSummary(opened({ already: 12, failed: [{ file: "a.txt", status: "failed", problem: { kind: "empty" } }] })),
  ).toEqual({
    zh: "0 个文档已导入（0 篇文章），12 个已存在，1 个未能导入。",
    en: "0 documents imported (0 articles), 12 already there, 1 could not be imported.",
  });
  expect(corpusSummary(opened({ already: 20000, unchanged: true }))).toEqual({
    zh: "自上次完整打开以来未有改动：20,000 个文档均已存在。",
    en: "Unchanged since it was last opened whole: all 20,000 documents are already there.",
  });
});

test("the import bar while a corpus opens: documents done of its total, its pace, and parsing here when it must", () => {
  expect(openingLabel("team.tifa-corpus", 1500, 20000, { articlesPerSecond: 1234, secondsLeft: 95 }, false)).toEqual({
    zh: "正在打开语料库 team.tifa-corpus：文档 1,500/20,000 · 每秒 1,234 篇 · 约剩 95 秒",
    en: "Opening the corpus team.tifa-corpus: documents 1,500/20,000 · 1,234 articles/s · about 95 s left",
  });
  expect(openingLabel("team.tifa-corpus", 0, 0, null, true).en).toBe(
    "Opening the corpus team.tifa-corpus (made by another parser version: parsing it in this browser): documents …",
  );
});

test("parsed here is said only when another parser made it and some documents were new", () => {
  expect(wasReparsed(opened({ reparsed: true, imported: 2 }))).toBe(true);
  expect(wasReparsed(opened({ reparsed: true, already: 20 }))).toBe(false);
  expect(wasReparsed(opened({ imported: 2 }))).toBe(false);
});
