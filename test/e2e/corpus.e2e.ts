import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildCorpus } from "../../src/cli/corpus-build";
import { launchBrowser } from "./browser";
import { counts, tableRows, waitForCounts } from "./helpers";

/** Twelve invented reports, each its own meeting: 5 in 河南, 4 in 四川, 3 in 广东 (none of the bundled provinces). */
const PLACES: [string, string, number][] = [
  ["河南", "郑州", 5],
  ["四川", "成都", 4],
  ["广东", "广州", 3],
];
const SURNAMES = "王李张刘陈";

let browser: Browser;
let corpus: Buffer;
/** The same corpus as another parser version would have written it. */
let otherParser: Buffer;
let corpusPath: string;
let root: string;
const base = () => inject("baseUrl");

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "tifa-corpus-e2e-"));
  const dir = join(root, "team");
  mkdirSync(dir);
  let n = 0;
  for (const [province, city, count] of PLACES)
    for (let i = 0; i < count; i++, n++)
      writeFileSync(
        join(dir, `${province}-${i}.txt`),
        `${1 + i}月${10 + n}日,${province}省民政厅在${city}召开党组会议,厅党组书记、厅长${SURNAMES[i]}建${"国华明军伟强平红文辉志刚"[n]}主持会议并讲话。` +
          "会议传达学习了全国两会精神,强调要坚定拥护“两个确立”,研究部署了今年的重点工作。",
      );
  corpusPath = join(root, "team.tifa-corpus");
  const summary = await buildCorpus({ inputs: [dir], out: corpusPath, jobs: 1 });
  expect(summary.header).toMatchObject({ documents: 12, articles: 12 });
  corpus = readFileSync(corpusPath);
  const [header, ...lines] = gunzipSync(corpus).toString("utf8").split("\n");
  const older = { ...(JSON.parse(header!) as object), parserVersion: "1999.01.01-1" };
  otherParser = gzipSync([JSON.stringify(older), ...lines].join("\n"));
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The If-None-Match header of each request for /corpora/tagged.tifa-corpus, as the server saw it. */
const taggedAsked: (string | undefined)[] = [];

/**
 * A fresh browser (empty IndexedDB, no service worker) whose site serves the corpus at
 * /corpora/team.tifa-corpus, /corpora/missing.tifa-corpus as a 404, and /corpora/page.tifa-corpus
 * as the HTML page a web server gives for an address it does not know.
 */
async function freshPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, serviceWorkers: "block" });
  await context.route(
    (url) => url.pathname.startsWith("/corpora/"),
    (route) => {
      const name = new URL(route.request().url()).pathname.split("/").pop();
      if (name === "team.tifa-corpus") return route.fulfill({ status: 200, body: corpus });
      if (name === "older.tifa-corpus") return route.fulfill({ status: 200, body: otherParser });
      // A server that keeps validators: "not modified" when asked with the corpus's ETag.
      if (name === "tagged.tifa-corpus") taggedAsked.push(route.request().headers()["if-none-match"]);
      if (name === "tagged.tifa-corpus")
        return route.request().headers()["if-none-match"] === '"team-1"'
          ? route.fulfill({ status: 304, headers: { ETag: '"team-1"' } })
          : route.fulfill({ status: 200, body: corpus, headers: { ETag: '"team-1"' } });
      if (name === "page.tifa-corpus")
        return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>Tifa</title>" });
      return route.fulfill({ status: 404, body: "not found" });
    },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return { context, page, errors };
}

test("a corpus whose server keeps an ETag is not downloaded again while it has not changed", async () => {
  const { context, page, errors } = await freshPage();
  try {
    taggedAsked.length = 0;
    await page.goto(`${base()}?view=data&lang=en&corpus=/corpora/tagged.tifa-corpus`);
    await expect
      .poll(() => page.getByTestId("corpus-result").textContent())
      .toMatch(/^tagged\.tifa-corpus: 12 documents imported/);
    await page.goto(`${base()}?view=data&lang=en&corpus=/corpora/tagged.tifa-corpus`);
    await expect
      .poll(() => page.getByTestId("corpus-result").textContent())
      .toBe("tagged.tifa-corpus: Unchanged since it was last opened whole: all 12 documents are already there.");
    await waitForCounts(page, { documents: 17, articles: 21, meetings: 19 });
    expect(taggedAsked).toEqual([undefined, '"team-1"']);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("?corpus= opens a prebuilt corpus: its 12 articles join the bundled 9, on the Data page and the map", async () => {
  const { context, page, errors } = await freshPage();
  try {
    await page.goto(`${base()}?view=data&lang=en&corpus=/corpora/team.tifa-corpus`);
    await waitForCounts(page, { documents: 17, articles: 21, meetings: 19 });
    await expect
      .poll(() => page.getByTestId("corpus-result").textContent())
      .toMatch(/^team\.tifa-corpus: 12 documents imported \(12 articles, [\d,]+ articles\/s\), 0 already there\.$/);
    expect(new URL(page.url()).searchParams.get("corpus")).toBe("/corpora/team.tifa-corpus");

    await page.getByTestId("nav-provinces").click();
    await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
    const rows = await tableRows(page, "provinces-map");
    expect(rows).toEqual([
      ["Henan", "5", "5"],
      ["Sichuan", "4", "4"],
      ["Guangdong", "3", "3"],
      ["Jiangsu", "2", "2"],
      ["Shandong", "1", "3"],
      ["Chongqing", "1", "1"],
      ["Hubei", "1", "1"],
      ["Jilin", "1", "1"],
      ["Zhejiang", "1", "1"],
    ]);

    // A later visit with the same link downloads it again and skips every document it holds.
    await page.goto(`${base()}?view=data&lang=en&corpus=/corpora/team.tifa-corpus`);
    await expect
      .poll(() => page.getByTestId("corpus-result").textContent())
      .toBe("team.tifa-corpus: 0 documents imported (0 articles), 12 already there.");
    // The counts are read again after the visit: a moment after the result line, one may still show "…".
    await expect
      .poll(() => counts(page))
      .toEqual({ documents: "17", articles: "21", meetings: "19", people: expect.any(String) });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a corpus address that is not there, or not a corpus, is told in plain words and the database stays as it was", async () => {
  const { context, page, errors } = await freshPage();
  try {
    await page.goto(`${base()}?view=data&lang=en`);
    await waitForCounts(page, { documents: 5, articles: 9, meetings: 7 });
    const before = await counts(page);

    await page.goto(`${base()}?view=data&lang=en&corpus=/corpora/missing.tifa-corpus`);
    await expect
      .poll(() => page.getByTestId("corpus-problem").textContent())
      .toBe(
        `The corpus ${base()}corpora/missing.tifa-corpus is not there (404): check its address. Nothing was changed.`,
      );
    expect(await counts(page)).toEqual(before);

    await page.goto(`${base()}?view=provinces&lang=zh&corpus=/corpora/page.tifa-corpus`);
    await expect
      .poll(() => page.getByTestId("corpus-problem").textContent())
      .toBe(
        `${base()}corpora/page.tifa-corpus 不是 Tifa 语料库（.tifa-corpus，由 npm run corpus 生成）。未作任何更改。`,
      );
    await page.getByTestId("nav-data").click();
    await waitForCounts(page, { documents: 5, articles: 9, meetings: 7 });
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("Open corpus… on the Data page imports a corpus file", async () => {
  const { context, page, errors } = await freshPage();
  try {
    await page.goto(`${base()}?view=data&lang=zh`);
    await waitForCounts(page, { documents: 5, articles: 9 });
    await page.getByTestId("corpus-input").setInputFiles(corpusPath);
    await waitForCounts(page, { documents: 17, articles: 21, meetings: 19 });
    await expect
      .poll(() => page.getByTestId("corpus-result").textContent())
      .toMatch(/^team\.tifa-corpus: 12 个文档已导入（12 篇文章，每秒 [\d,]+ 篇），0 个已存在。$/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a corpus made by another parser version is parsed in the browser instead, and the page says so", async () => {
  const { context, page, errors } = await freshPage();
  try {
    await page.goto(`${base()}?view=data&lang=en&corpus=/corpora/older.tifa-corpus`);
    await waitForCounts(page, { documents: 17, articles: 21, meetings: 19 });
    await expect
      .poll(() => page.getByTestId("corpus-reparsed").textContent())
      .toBe("This corpus was made by another version of the parser: its texts were parsed again in this browser.");
    expect(await page.getByTestId("corpus-reparsed-notice").textContent()).toBe(
      "This corpus was made by another version of the parser: its texts were parsed again in this browser.",
    );
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("a .tifa-corpus dropped on any view is opened as Open corpus… opens it", async () => {
  const { context, page, errors } = await freshPage();
  try {
    await page.goto(`${base()}?view=provinces&lang=en`);
    await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
    const drop = await page.evaluateHandle(
      (bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], "team.tifa-corpus"));
        return data;
      },
      [...corpus],
    );
    await page.dispatchEvent("main", "dragenter", { dataTransfer: drop });
    await page.dispatchEvent("main", "drop", { dataTransfer: drop });
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("data");
    await waitForCounts(page, { documents: 17, articles: 21, meetings: 19 });
    expect(await page.getByTestId("import-results").count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
