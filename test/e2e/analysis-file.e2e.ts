/**
 * A whole analysis travels as one `.tifa` file: notes on an article and a person, the view and
 * its filters, exported; the database cleared and the file opened again gives every view's data
 * tables back as they were, and so does a second browser profile that opens the same file. A
 * damaged file changes nothing; the data export downloads hold the expected rows.
 */
import { readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { counts, waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let base: string;
/** The exported `.tifa` file, and every view's tables when it was made. */
let tifa: Buffer;
let before: Record<string, ViewText>;

const XIE = "江苏:谢晓军";
/** The view saved in the file, as the app writes it in the URL. */
const SAVED_VIEW = `?${new URLSearchParams({ view: "network", province: "江苏", focusPerson: XIE }).toString()}`;
/** The 吉林 report, whose province the analyst corrects to 河南. */
const JILIN = "6b32081377849dc3-2";
const ARTICLE_NOTE = "核对会议日期：通稿写 3 月 14 日";
const PERSON_NOTE = "Director-General since 2023; chairs the Party group meetings.";

/** The views compared, each by its URL (in English); the person page and the comparison carry their subject. */
const VIEWS = {
  provinces: "?view=provinces",
  network: "?view=network",
  networkMentioned: "?view=network&mentioned=1",
  phrases: "?view=phrases",
  phrase: "?view=phrases&focusPhrase=两个确立",
  compare: "?view=compare&a=江苏&b=山东",
  person: `?view=person&id=${encodeURIComponent(XIE)}`,
  articles: "?view=articles",
  saved: SAVED_VIEW,
};

/** A view's text: each chart frame's data table (or "empty"), and the article list's lines. */
type ViewText = Record<string, string[][] | "empty">;

async function viewText(p: Page, search: string): Promise<ViewText> {
  await p.goto(`${base}${search}&lang=en`);
  await p.locator("main").waitFor();
  if (search.includes("view=articles")) {
    const list = p.getByTestId("article-list");
    await list.locator("li").first().waitFor();
    return { list: await list.locator("li").evaluateAll((items) => items.map((li) => [li.textContent ?? ""])) };
  }
  await p.locator('[data-testid^="frame-"]').first().waitFor();
  // Every frame has finished loading: none shows its loading status any more.
  await expect.poll(() => p.locator('[data-testid^="frame-"] [role="status"]').count(), { timeout: 20_000 }).toBe(0);
  const frames = await p
    .locator('[data-testid^="frame-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-testid")!.slice("frame-".length)));
  const text: ViewText = {};
  for (const id of frames) {
    const toggle = p.getByTestId(`table-toggle-${id}`);
    if ((await toggle.count()) === 0) {
      text[id] = "empty";
      continue;
    }
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
    const table = p.getByTestId(`table-${id}`);
    await table.waitFor();
    text[id] = await table
      .locator("tr")
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th,td")].map((c) => c.textContent ?? "")));
  }
  return text;
}

async function everyView(p: Page): Promise<Record<string, ViewText>> {
  const all: Record<string, ViewText> = {};
  for (const [name, search] of Object.entries(VIEWS)) all[name] = await viewText(p, search);
  return all;
}

async function addNote(p: Page, text: string): Promise<void> {
  await p.getByTestId("note-add").click();
  await p.getByTestId("note-input").fill(text);
  await p.getByTestId("note-save").click();
  await expect.poll(() => p.getByTestId("note-text").textContent()).toBe(text);
}

/**
 * Chooses a file in "Open analysis…" and confirms when asked; returns the question asked, or null
 * when none was (a refused file, or an empty database, which opens at once).
 */
async function openAnalysis(p: Page, name: string, buffer: Buffer): Promise<string | null> {
  await p.getByTestId("analysis-open-input").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
  await p.waitForFunction(
    () =>
      document.querySelector('[role="alertdialog"]') !== null ||
      document.querySelector('[data-testid="analysis-message"]') !== null ||
      new URL(location.href).searchParams.get("view") !== "data",
    null,
    { timeout: 30_000 },
  );
  const dialog = p.getByRole("alertdialog");
  if ((await dialog.count()) === 0) return null;
  const question = (await dialog.locator("p").textContent()) ?? "";
  await p.getByTestId("analysis-open-confirm").click();
  return question;
}

async function download(p: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([p.waitForEvent("download"), p.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The URL's query string without the language, which stays the opener's. */
const viewOf = (p: Page) => {
  const params = new URL(p.url()).searchParams;
  params.delete("lang");
  return `?${params.toString()}`;
};

beforeAll(async () => {
  base = inject("baseUrl");
  browser = await launchBrowser();
  ({ context, page, errors } = await openPage(browser, `${base}?view=data&lang=en`));
  await waitForCounts(page, { documents: 5, articles: 9, meetings: 7 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

test("a correction in the reader: the 吉林 report is in 河南", async () => {
  await page.goto(`${base}?view=articles&lang=en&article=${JILIN}`);
  await page.getByTestId("article-reader").waitFor();
  await page.getByTestId("correct-toggle").click();
  await page.getByTestId("edit-province").click();
  await page.getByTestId("fact-input-province").selectOption("河南");
  await page.getByTestId("fact-save").click();
  await expect.poll(() => page.getByTestId("fact-province").getByTestId("corrected-badge").count()).toBe(1);
});

test("notes on an article (in the reader) and on a person (panel and page) are saved and shown", async () => {
  await page.goto(`${base}?view=articles&lang=en&q=江苏省民政厅召开党组`);
  await page.getByTestId("article-list").locator("li button").first().click();
  await page.getByTestId("article-reader").waitFor();
  await addNote(page, ARTICLE_NOTE);

  await page.goto(`${base}?view=person&id=${encodeURIComponent(XIE)}&lang=en`);
  await page.getByTestId("person-page").waitFor();
  await addNote(page, PERSON_NOTE);

  await page.goto(`${base}${SAVED_VIEW}&lang=en`);
  await expect.poll(() => page.getByTestId("person-panel").getByTestId("note-text").textContent()).toBe(PERSON_NOTE);
  expect(errors).toEqual([]);
});

test("export the analysis from the Data page: the file holds the notes and the view last shown", async () => {
  before = await everyView(page);
  // What is compared: these frames of each view, every one a table with rows (not an empty chart).
  const frames = Object.fromEntries(Object.entries(before).map(([view, text]) => [view, Object.keys(text).sort()]));
  expect(frames).toEqual({
    provinces: ["provinces-map", "provinces-ranking", "provinces-timeline"],
    network: ["network"],
    networkMentioned: ["network"],
    phrases: ["expressions", "phrase-heatmap", "phrase-ranking", "phrase-trends"],
    phrase: ["expressions", "phrase-heatmap", "phrase-ranking", "phrase-spread", "phrase-trends"],
    compare: ["compare-months"],
    person: ["ego-network"],
    articles: ["list"],
    saved: ["network"],
  });
  const provinces = (before.provinces!["provinces-map"] as string[][]).map((row) => row[0]);
  expect(provinces).toContain("Henan");
  expect(provinces).not.toContain("Jilin");
  const rows = Object.values(before).flatMap((text) => Object.values(text).map((t) => (t === "empty" ? 0 : t.length)));
  expect(rows.every((n) => n >= 2)).toBe(true);
  await page.goto(`${base}${SAVED_VIEW}&lang=en`);
  await page.getByTestId("person-panel").waitFor();
  await page.getByTestId("nav-data").click();
  const file = await download(page, "analysis-export");
  expect(file.name).toMatch(/^tifa-analysis-\d{4}-\d{2}-\d{2}\.tifa$/);
  tifa = file.bytes;
  const data = JSON.parse(tifa.toString("utf8")) as {
    format: string;
    view: string;
    documents: unknown[];
    notes: { text: string }[];
    corrections: { change: { field: string; value: string } }[];
  };
  expect([data.format, data.view, data.documents.length]).toEqual(["tifa-analysis", SAVED_VIEW, 5]);
  expect(data.notes.map((n) => n.text).sort()).toEqual([PERSON_NOTE, ARTICLE_NOTE].sort());
  expect(data.corrections.map((c) => [c.change.field, c.change.value])).toEqual([["province", "河南"]]);
});

test("a damaged .tifa is refused in plain words and nothing changes", async () => {
  const held = await counts(page);
  await openAnalysis(page, "broken.tifa", tifa.subarray(0, tifa.length / 2));
  await expect
    .poll(() => page.getByTestId("analysis-message").textContent())
    .toBe(
      "broken.tifa is not a Tifa analysis file: it is not valid JSON (it may be truncated or damaged). Nothing was changed.",
    );
  const edited = Buffer.from(tifa.toString("utf8").replace('"format":"tifa-analysis"', '"format":"tifa-backup"'));
  await openAnalysis(page, "other.tifa", edited);
  await expect
    .poll(() => page.getByTestId("analysis-message").textContent())
    .toBe("other.tifa is not a Tifa analysis file (.tifa). Nothing was changed.");
  expect(await counts(page)).toEqual(held);
  expect(await viewText(page, VIEWS.saved)).toEqual(before.saved);
});

test("clear, then open the file: the saved view opens and every view's data table is as before", async () => {
  await page.goto(`${base}?view=data&lang=en`);
  await page.getByTestId("clear-button").click();
  await page.getByTestId("clear-confirm").click();
  await waitForCounts(page, { documents: 0, articles: 0 });
  await openAnalysis(page, "analysis.tifa", tifa);
  await expect.poll(() => viewOf(page), { timeout: 30_000 }).toBe(SAVED_VIEW);
  await expect.poll(() => page.getByTestId("person-panel").getByTestId("note-text").textContent()).toBe(PERSON_NOTE);
  // The corrections the file brings reach the views a moment after its documents: read until they have.
  await expect.poll(() => everyView(page), { timeout: 40_000 }).toEqual(before);
  expect(errors).toEqual([]);
}, 120_000);

test("a second browser profile opens the same file: the same view, the same data tables, the notes", async () => {
  const second = await openPage(browser, `${base}?view=data&lang=en`);
  try {
    await waitForCounts(second.page, { documents: 5, articles: 9 });
    const question = await openAnalysis(second.page, "analysis.tifa", tifa);
    expect(question).toBe(
      "The database holds 5 documents, 0 corrections and 0 notes now. Opening “analysis.tifa” replaces them all with " +
        "its 5 documents, 1 correction and 2 notes, and opens the view it saved. This cannot be undone; export this " +
        "analysis first if unsure.",
    );
    await expect.poll(() => viewOf(second.page), { timeout: 30_000 }).toBe(SAVED_VIEW);
    // The corrections the file brings reach the views a moment after its documents: read until they have.
    await expect.poll(() => everyView(second.page), { timeout: 40_000 }).toEqual(before);
    await second.page.goto(`${base}?view=articles&lang=en&q=江苏省民政厅召开党组`);
    await second.page.getByTestId("article-list").locator("li button").first().click();
    await expect.poll(() => second.page.getByTestId("note-text").textContent()).toBe(ARTICLE_NOTE);
    expect(second.errors).toEqual([]);
  } finally {
    await second.context.close();
  }
}, 120_000);

test("a .tifa dropped on any view is opened as 'Open analysis…' opens it: asked first, nothing imported", async () => {
  await page.goto(`${base}?view=provinces&lang=en`);
  await page.locator("main").waitFor();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.tifa", { type: "" }));
    document
      .querySelector("main")!
      .dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, tifa.toString("utf8"));
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  expect(await dialog.locator("p").textContent()).toBe(
    "The database holds 5 documents, 1 correction and 2 notes now. Opening “dropped.tifa” replaces them all with " +
      "its 5 documents, 1 correction and 2 notes, and opens the view it saved. This cannot be undone; export this " +
      "analysis first if unsure.",
  );
  expect(new URL(page.url()).searchParams.get("view")).toBe("data");
  await page.getByTestId("analysis-open-cancel").click();
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await counts(page)).toMatchObject({ documents: "5", articles: "9" });
  expect(await page.getByText("dropped.tifa").count()).toBe(0);
});

test("the data export downloads: JSON with the five tables, a zip of five CSV files", async () => {
  await page.goto(`${base}?view=data&lang=en`);
  await waitForCounts(page, { documents: 5, articles: 9 });
  const json = await download(page, "data-export-json");
  expect(json.name).toMatch(/^tifa-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.bytes.toString("utf8")) as Record<
    string,
    { id?: string; province?: string; personId?: string; role?: string }[]
  >;
  expect(["articles", "meetings", "people", "mentions", "phrases"].map((k) => data[k]!.length)).toEqual([
    9, 7, 18, 30, 79,
  ]);
  expect(data.mentions!.filter((m) => m.personId === XIE).map((m) => m.role)).toEqual(["出席", "主持"]);
  // Corrections applied: the 吉林 report is in 河南.
  expect(data.articles!.find((a) => a.id === JILIN)?.province).toBe("河南");

  const zip = await download(page, "data-export-csv");
  expect(zip.name).toMatch(/^tifa-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(zip.bytes));
  expect(Object.keys(files)).toEqual(["articles.csv", "meetings.csv", "people.csv", "mentions.csv", "phrases.csv"]);
  const mentions = strFromU8(files["mentions.csv"]!).split("\r\n");
  expect(mentions[1]).toBe("articleId,meetingId,personId,name,role,present,titles");
  expect(mentions.filter((l) => l.includes(",江苏:谢晓军,")).map((l) => l.split(",")[4])).toEqual(["出席", "主持"]);
  expect(errors).toEqual([]);
});
