import { afterEach, expect, test, vi } from "vitest";
import { parseDocument, parseFile, parseText } from "../../src/ingest";

/** Which stage the mocked modules below make throw (layout, or the nth article built); none by default. */
const failing = vi.hoisted(() => ({ layout: false, article: 0, built: 0 }));

vi.mock("../../src/ingest/layout", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/ingest/layout")>();
  return {
    ...actual,
    layoutFile: (text: string) => {
      if (failing.layout) throw new TypeError("Cannot read properties of undefined");
      return actual.layoutFile(text);
    },
  };
});

vi.mock("../../src/ingest/article", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/ingest/article")>();
  return {
    ...actual,
    buildArticle: (...args: Parameters<typeof actual.buildArticle>) => {
      failing.built++;
      if (failing.built === failing.article) throw new RangeError("Maximum call stack size exceeded");
      return actual.buildArticle(...args);
    },
  };
});

afterEach(() => {
  failing.layout = false;
  failing.article = 0;
  failing.built = 0;
});

/** Two items of a newsletter, each ending with its source: two articles. */
const NEWSLETTER = [
  "3月1日,甲省民政厅召开党组会议,研究部署今年的各项重点工作任务,要求抓好落实。",
  "(据甲省民政厅)",
  "3月2日,乙省民政厅召开干部大会,传达学习全国两会精神,部署贯彻落实各项工作。",
  "(据乙省民政厅)",
].join("\n");

test("without a failing rule, the text parses", () => {
  expect(parseDocument(NEWSLETTER, { fileName: "a.txt" })).toMatchObject({ ok: true, articles: [{}, {}] });
});

test("a stage that throws is reported with its name, never as a file without articles", () => {
  failing.layout = true;
  expect(parseDocument(NEWSLETTER, { fileName: "a.txt" })).toEqual({
    ok: false,
    reason: "parser-failed",
    rule: "layout",
    message: "a.txt: the parser failed on this file (layout). Please report it with the file.",
  });
});

test("an article that fails to build is named by its place in the file", () => {
  failing.article = 2;
  expect(parseDocument(NEWSLETTER, { fileName: "a.txt" })).toMatchObject({ ok: false, rule: "article 2" });
});

test("parseFile reports the failure with its rule", () => {
  failing.layout = true;
  expect(parseFile("a.txt", new TextEncoder().encode(NEWSLETTER))).toEqual({
    ok: false,
    reason: "parser-failed",
    rule: "layout",
    message: "a.txt: the parser failed on this file (layout). Please report it with the file.",
  });
});

test("parseText lets the exception through", () => {
  failing.layout = true;
  expect(() => parseText(NEWSLETTER)).toThrow(TypeError);
});
