import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { counts, waitForCounts } from "./helpers";
import { docxOf } from "../support/docx";
import { pdfOf } from "../support/pdf";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, errors } = await openPage(browser, `${inject("baseUrl")}?view=data&lang=en`));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The Data view opened again, once its counts are shown: the counts before an import. */
async function reopenDataView() {
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  await page.waitForFunction(() =>
    /^\d+$/.test(document.querySelector('[data-testid="count-meetings"]')?.textContent ?? ""),
  );
  return counts(page);
}

const REPORT =
  "3月1日,河南省民政厅召开党组会议,厅党组书记、厅长王建国主持会议并讲话,副厅长李明出席会议。会议传达学习了全国两会精神,研究部署了今年的重点工作。";

test("the first visit imports the 5 bundled files into 9 articles and 7 meetings", async () => {
  await waitForCounts(page, { documents: 5, articles: 9, meetings: 7 });
  expect(errors).toEqual([]);
});

test("a reload imports nothing", async () => {
  const before = await counts(page);
  await page.reload();
  await waitForCounts(page, { documents: 5, articles: 9, meetings: 7 });
  await page.waitForTimeout(500);
  expect(await page.getByTestId("seed-progress").count()).toBe(0);
  expect(await counts(page)).toEqual(before);
});

test("a returning visit never flashes the import bar", async () => {
  await page.addInitScript(() => {
    const seen = { bar: false };
    (window as unknown as { importBar: typeof seen }).importBar = seen;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="seed-progress"]')) seen.bar = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await waitForCounts(page, { documents: 5, articles: 9, meetings: 7 });
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { importBar: { bar: boolean } }).importBar.bar)).toBe(false);
});

test("a new article file chosen in the file input adds its articles", async () => {
  await page
    .getByTestId("import-input")
    .setInputFiles({ name: "henan.txt", mimeType: "text/plain", buffer: Buffer.from(REPORT) });
  await expect.poll(() => page.getByTestId("import-results").textContent()).toBe("henan.txt: imported 1 article");
  await waitForCounts(page, { documents: 6, articles: 10, meetings: 8 });
});

test("a binary file and an empty file give two clear messages and change no count", async () => {
  const before = await counts(page);
  await page.getByTestId("import-input").setInputFiles([
    { name: "scan.png", mimeType: "image/png", buffer: readFileSync("public/icons/icon-192.png") },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
  ]);
  const results = page.getByTestId("import-results").locator("li");
  await expect
    .poll(() => results.allTextContents())
    .toEqual([
      "scan.png: failed: scan.png is a PNG image, not text. Save it as .txt, .md or .html and try again.",
      "empty.txt: failed: empty.txt is empty: there is no text to import.",
    ]);
  expect(await counts(page)).toEqual(before);
});

test("files dropped anywhere on the page are imported", async () => {
  await page.goto(`${inject("baseUrl")}?view=provinces&lang=en`);
  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(
      new File(
        [
          "3月5日,河北省民政厅召开党组会议,厅党组书记、厅长赵明主持会议并讲话。会议传达学习全国两会精神,研究部署今年重点工作。",
        ],
        "hebei.txt",
        { type: "text/plain" },
      ),
    );
    return data;
  });
  await page.dispatchEvent("main", "dragenter", { dataTransfer: drop });
  await page.dispatchEvent("main", "drop", { dataTransfer: drop });
  await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("data");
  await expect.poll(() => page.getByTestId("import-results").textContent()).toBe("hebei.txt: imported 1 article");
  await waitForCounts(page, { documents: 7, articles: 11 });
});

test("backup → clear → restore gives identical counts", async () => {
  const before = await counts(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("backup-button").click()]);
  const backup = readFileSync((await download.path())!);
  expect(JSON.parse(backup.toString("utf8"))).toMatchObject({ format: "tifa-backup", documentCount: 7 });

  await page.getByTestId("clear-button").click();
  await page.getByTestId("clear-confirm").click();
  await waitForCounts(page, { documents: 0, articles: 0, meetings: 0 });

  await page
    .getByTestId("restore-input")
    .setInputFiles({ name: "tifa-backup.json", mimeType: "application/json", buffer: backup });
  await expect
    .poll(() => page.getByTestId("backup-message").textContent())
    .toBe("Restored 7 documents from tifa-backup.json.");
  await waitForCounts(page, {
    documents: Number(before.documents),
    articles: Number(before.articles),
    meetings: Number(before.meetings),
  });
  expect(await counts(page)).toEqual(before);
});

test("a corrupt backup is refused and changes nothing", async () => {
  const before = await counts(page);
  await page.getByTestId("restore-input").setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"format":"tifa-backup","version":1,"documents":['),
  });
  await expect
    .poll(() => page.getByTestId("backup-message").textContent())
    .toBe(
      "broken.json is not a Tifa backup: it is not valid JSON (it may be truncated or damaged). Nothing was changed.",
    );
  await page.reload();
  await waitForCounts(page, { articles: Number(before.articles) });
  expect(await counts(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test("a summary line counts the batch, and the lines narrow to the failed ones", async () => {
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  const report = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
  await page.getByTestId("import-input").setInputFiles([
    {
      name: "a.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`河北省民政厅召开党组会议\n2024年5月6日,河北省民政厅召开党组会议。${report}`),
    },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    {
      name: "b.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`山西省民政厅召开党组会议\n2024年5月7日,山西省民政厅召开党组会议。${report}`),
    },
  ]);
  const summary = page.getByTestId("import-summary");
  await expect
    .poll(() => summary.textContent())
    .toBe("3 files: 2 imported, 0 already there, 1 failed.show the failed ones");
  const lines = page.getByTestId("import-results").locator("li");
  expect(await lines.count()).toBe(3);
  await page.getByTestId("import-failed-only").click();
  expect(await lines.allTextContents()).toEqual(["empty.txt: failed: empty.txt is empty: there is no text to import."]);
  await page.getByTestId("import-failed-only").click();
  expect(await lines.count()).toBe(3);
});

test("a CSV export of news records chosen in the file input gives one article a row", async () => {
  const before = await reopenDataView();
  const report = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
  const csv = [
    "id,title,content,pubdate",
    `1,吉林省民政厅召开党组会议,"5月6日,吉林省民政厅召开党组会议,厅长张一平主持会议。${report}",2024-05-07`,
    `2,辽宁省民政厅召开党组会议,"5月8日,辽宁省民政厅召开党组会议,厅长王二强主持会议。${report}",2024-05-09`,
  ].join("\n");
  await page
    .getByTestId("import-input")
    .setInputFiles({ name: "records.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect.poll(() => page.getByTestId("import-results").textContent()).toBe("records.csv: imported 2 articles");
  await waitForCounts(page, {
    documents: Number(before.documents) + 1,
    articles: Number(before.articles) + 2,
    meetings: Number(before.meetings) + 2,
  });
});

test("a Word document chosen in the file input is read; a damaged one is refused in plain words, the rest imported", async () => {
  const before = await reopenDataView();
  const report = docxOf([
    "黑龙江省民政厅召开党组会议",
    "发布时间:2024-06-12",
    "6月11日,黑龙江省民政厅召开党组会议,厅长赵三平主持会议并讲话。",
    "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。",
  ]);
  await page.getByTestId("import-input").setInputFiles([
    { name: "report.docx", mimeType: DOCX_TYPE, buffer: Buffer.from(report) },
    { name: "cut.docx", mimeType: DOCX_TYPE, buffer: Buffer.from(report.slice(0, 200)) },
  ]);
  const lines = page.getByTestId("import-results").locator("li");
  await expect
    .poll(() => lines.allTextContents())
    .toEqual([
      "report.docx: imported 1 article",
      "cut.docx: failed: cut.docx is a Word document whose text could not be read: it may be damaged, or too large once unpacked. Save it again in Word, or as .txt, and try again.",
    ]);
  await waitForCounts(page, {
    documents: Number(before.documents) + 1,
    articles: Number(before.articles) + 1,
    meetings: Number(before.meetings) + 1,
  });
});

test("a PDF's text layer is read in the worker; a scan is refused in plain words, the rest imported", async () => {
  const before = await reopenDataView();
  const report = pdfOf([
    [
      "吉林省民政厅召开党组会议",
      "发布时间:2024-06-13",
      "6月12日,吉林省民政厅召开党组会议,厅长",
      "钱四平主持会议并讲话。会议强调,要坚持以人民",
      "为中心的发展思想,扎实推进各项工作落地见效。",
    ],
  ]);
  await page.getByTestId("import-input").setInputFiles([
    { name: "report.pdf", mimeType: "application/pdf", buffer: Buffer.from(report) },
    { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdfOf([["Page 1"]])) },
  ]);
  const lines = page.getByTestId("import-results").locator("li");
  await expect
    .poll(() => lines.allTextContents(), { timeout: 30000 })
    .toEqual([
      "report.pdf: imported 1 article",
      "scan.pdf: failed: scan.pdf is a PDF with no text to read: a scan, or text in a font without a map to its characters. Copy its text into a .txt file and try again.",
    ]);
  await waitForCounts(page, {
    documents: Number(before.documents) + 1,
    articles: Number(before.articles) + 1,
    meetings: Number(before.meetings) + 1,
  });
});
