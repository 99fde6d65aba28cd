import { beforeAll, describe, expect, test } from "vitest";
import { parseDocument, parseFile, type Article } from "../../src/ingest";
import { extractPhrases } from "../../src/ingest/phrases";
import { lines, REPORT_SENTENCE, titledNames } from "./pathological-inputs";

/**
 * A guard against catastrophic time, not a benchmark: every input here parses in a fraction of it
 * on a 2-core machine; before their rules were bounded, the slowest took 10 to 97 seconds. The
 * slowest now takes 0.65 s alone, and up to 1.1 s while the other test files run beside it.
 */
const LIMIT_MS = 3000;

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

/** The articles of a text, in less than `LIMIT_MS`; a failing rule fails the test with its stage. */
function parsedQuickly(text: string): Article[] {
  const { result, ms } = timed(() => parseDocument(text, { fileName: "input.txt" }));
  if (!result.ok) expect.fail(result.message);
  expect(ms).toBeLessThan(LIMIT_MS);
  return result.articles;
}

const people = (article: Article | undefined) =>
  article?.people.map((p) => `${p.name}:${p.role}:${p.titles.join("、")}`);
const phrases = (article: Article | undefined) => article?.phrases.map((p) => p.phrase);

// The first parse loads the traditional-to-simplified tables; no input should pay for that.
beforeAll(() => parseDocument("會議强调“两个确立”。"));

describe("text built to be slow parses in linear time", () => {
  test("a title and 100,000 names after it, in a 1.2 MB .txt file", () => {
    const bytes = new TextEncoder().encode(`省委书记${"王建国、".repeat(100_000)}`);
    const { result, ms } = timed(() => parseFile("roster.txt", bytes));
    expect(ms).toBeLessThan(LIMIT_MS);
    if (!result.ok) expect.fail(result.message);
    expect(result.articles).toHaveLength(1);
    // The 400,000-character "sentence" is read for names in its first 2,000 characters.
    expect(people(result.articles[0])).toEqual(["王建国:提及:省委书记"]);
  });

  test("“省委书记王建国主持 100,000 times, never closed", () => {
    const [article, ...rest] = parsedQuickly("“省委书记王建国主持".repeat(100_000));
    expect(rest).toEqual([]);
    expect(people(article)).toEqual(["王建国:主持:省委书记"]);
    expect(phrases(article)).toEqual([]);
  });

  test("one character a million times", () => {
    const articles = parsedQuickly("会".repeat(1_000_000));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toHaveLength(1_000_000);
    expect(people(articles[0])).toEqual([]);
  });

  test("quotation marks nested 100,000 deep", () => {
    const text = `${"“".repeat(100_000)}两个确立${"”".repeat(100_000)}`;
    // Four Chinese characters are no article; the innermost pair still quotes a formulation.
    expect(parsedQuickly(text)).toEqual([]);
    const { result, ms } = timed(() => extractPhrases(text));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(result.map((p) => p.phrase)).toEqual(["两个确立"]);
  });

  test("a 5 MB line of report text", () => {
    const text = REPORT_SENTENCE.repeat(Math.ceil(5_000_000 / REPORT_SENTENCE.length));
    const [article, ...rest] = parsedQuickly(text);
    expect(rest).toEqual([]);
    expect(article).toMatchObject({ date: "--10-26", isMeeting: true, meetingType: "常委会会议" });
    expect(people(article)).toEqual(["王建国:主持:省委书记", "李明:讲话:副省长"]);
    expect(phrases(article)).toEqual(["两个确立", "三级联动"]);
    // Read in its first 100,000 characters: 1,428 whole sentences.
    expect(article!.people[0]!.spans).toHaveLength(1428);
  });

  test("100,000 lines of 会议强调“两个确立”。", () => {
    const [article, ...rest] = parsedQuickly(lines("会议强调“两个确立”。", 100_000));
    expect(rest).toEqual([]);
    expect(phrases(article)).toEqual(["两个确立"]);
    expect(article!.phrases[0]!.spans).toHaveLength(8333);
  });

  test("100,000 names with their titles in one list", () => {
    const [article] = parsedQuickly(`出席会议的有${titledNames(100_000)}。`);
    // The first 2,000 characters of the list name 322 people; the rest is not read for names.
    expect(article!.people).toHaveLength(322);
    // 出席会议的有 opens a list of people present.
    expect(people(article)!.slice(1, 3)).toEqual(["李建建:出席:厅长", "张建建:出席:书记"]);
  });

  test("100,000 names with their titles in lists of 200", () => {
    const text = Array.from({ length: 500 }, (_, i) => `出席会议的有${titledNames(200, i * 200)}。`).join("");
    const [article] = parsedQuickly(text);
    // Its first 100,000 characters name each of the 8,000 different names twice.
    expect(article!.people).toHaveLength(8000);
    expect(article!.people.every((p) => p.spans.length === 2)).toBe(true);
  });

  test("100,000 short lines that never end a sentence (hard-wrapped text)", () => {
    const articles = parsedQuickly(lines("会议强调要落实两个确立精神全面推进", 100_000));
    expect(articles).toHaveLength(1);
    // Joined into one paragraph: every line, no line break.
    expect(articles[0]!.text.length).toBe(1_700_000);
  });

  test("30,000 long lines each continuing the sentence of the line before", () => {
    const line = `会议强调要落实精神${"全面推进民政事业高质量发展".repeat(4)}`;
    const articles = parsedQuickly(lines(line, 30_000));
    expect(articles).toHaveLength(1);
    // The first line reads as a title; the other 29,999 are joined into one paragraph.
    expect(articles[0]!.title).toBe(line);
    expect(articles[0]!.text.split("\n").map((p) => p.length)).toEqual([line.length, line.length * 29_999]);
  });

  test("markdown headings full of # and of vertical tabs", () => {
    expect(parsedQuickly(`#a${"#".repeat(100_000)}b`)).toEqual([]);
    expect(parsedQuickly(`#a${"\v".repeat(100_000)}b`)).toEqual([]);
  });

  test("2,000 items under 20,000 source lines", () => {
    const item = "## 标题\n3月1日,甲省民政厅召开党组会议,研究部署今年的各项重点工作任务,要求抓好落实。\n";
    const articles = parsedQuickly(lines("来源:山东省民政厅", 20_000) + item.repeat(2_000));
    expect(articles).toHaveLength(2_000);
    expect(articles[1_999]).toMatchObject({ title: "标题", province: "山东", meetingType: "党组会议" });
  });
});
