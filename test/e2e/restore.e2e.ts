/**
 * Restoring a backup replaces the whole database, so it asks first, saying how many documents
 * are there now and how many the backup brings; cancel (or Esc) changes nothing. While the
 * restore runs, the controls are busy and say so.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { counts, waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let backup: Buffer;
let backedUp: Record<string, string>;

const report = (day: number, province: string, name: string) =>
  `3月${day}日,${province}民政厅召开党组会议,厅党组书记、厅长${name}主持会议并讲话。会议传达学习全国两会精神,研究部署今年重点工作。`;

const EMPTY_BACKUP =
  '{"format":"tifa-backup","version":2,"exportedAt":"2024-05-01T00:00:00.000Z","documentCount":0,' +
  '"seedsDeclined":false,"documents":[]}';

const chooseBackup = (name: string, buffer: Buffer) =>
  page.getByTestId("restore-input").setInputFiles({ name, mimeType: "application/json", buffer });

const dialog = () => page.getByRole("alertdialog");

/** Waits for the question, checks that focus moved into it, and returns its text. */
async function question(): Promise<string> {
  await dialog().waitFor();
  await expect.poll(() => dialog().evaluate((d) => d.contains(document.activeElement))).toBe(true);
  return (await dialog().locator("p").textContent()) ?? "";
}

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, errors } = await openPage(browser, `${inject("baseUrl")}?view=data&lang=en`));
  await waitForCounts(page, { documents: 5, articles: 9 });
  await page
    .getByTestId("import-input")
    .setInputFiles({ name: "henan.txt", mimeType: "text/plain", buffer: Buffer.from(report(1, "河南省", "王建国")) });
  await waitForCounts(page, { documents: 6, articles: 10 });
  backedUp = await counts(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("backup-button").click()]);
  backup = readFileSync((await download.path())!);
  await page
    .getByTestId("import-input")
    .setInputFiles({ name: "hebei.txt", mimeType: "text/plain", buffer: Buffer.from(report(5, "河北省", "赵明")) });
  await waitForCounts(page, { documents: 7, articles: 11 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

test("restoring asks first: cancel and Esc change nothing", async () => {
  const before = await counts(page);
  await chooseBackup("tifa-backup.json", backup);
  expect(await question()).toBe(
    "The database holds 7 documents now. Restoring “tifa-backup.json” replaces what it holds with the backup's " +
      "6 documents. This cannot be undone; back up first if unsure.",
  );
  await page.getByTestId("restore-cancel").click();
  await expect.poll(() => dialog().count()).toBe(0);

  await chooseBackup("tifa-backup.json", backup);
  await question();
  await page.keyboard.press("Escape");
  await expect.poll(() => dialog().count()).toBe(0);

  await page.waitForTimeout(300);
  expect(await page.getByTestId("backup-message").count()).toBe(0);
  expect(await counts(page)).toEqual(before);
});

test("confirmed, the restore runs busy (controls disabled, 'Restoring…') and gives the backup's counts", async () => {
  await chooseBackup("tifa-backup.json", backup);
  await question();
  // Every state the controls pass through while the restore runs.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { busyStates: string[] }).busyStates = seen;
    const status = () => document.querySelector('[data-testid="restore-status"]');
    const record = () => {
      if (!status()) return;
      const disabled = ["backup-button", "restore-input", "clear-button"].map(
        (id) => (document.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement | null)?.disabled,
      );
      const busy = status()?.closest("[aria-busy]")?.getAttribute("aria-busy");
      seen.push(JSON.stringify({ busy, disabled, status: status()?.textContent }));
    };
    new MutationObserver(record).observe(document.body, { childList: true, subtree: true, attributes: true });
  });
  await page.getByTestId("restore-confirm").click();
  await expect
    .poll(() => page.getByTestId("backup-message").textContent())
    .toBe("Restored 6 documents from tifa-backup.json.");
  await waitForCounts(page, { documents: 6, articles: Number(backedUp.articles) });
  expect(await counts(page)).toEqual(backedUp);
  const states = await page.evaluate(() => (window as unknown as { busyStates: string[] }).busyStates);
  expect(states.length).toBeGreaterThan(0);
  expect(new Set(states)).toEqual(
    new Set([JSON.stringify({ busy: "true", disabled: [true, true, true], status: "Restoring…" })]),
  );
  expect(await page.getByTestId("restore-status").count()).toBe(0);
  expect(await page.getByTestId("backup-button").isDisabled()).toBe(false);
});

test("an empty backup asks too; confirmed, it empties the database, and a backup then restores without asking", async () => {
  const before = await counts(page);
  await chooseBackup("empty.json", Buffer.from(EMPTY_BACKUP));
  expect(await question()).toBe(
    "The database holds 6 documents now. Restoring “empty.json” replaces what it holds with the backup's " +
      "0 documents. This cannot be undone; back up first if unsure.",
  );
  await page.getByTestId("restore-cancel").click();
  await page.waitForTimeout(300);
  expect(await counts(page)).toEqual(before);

  await chooseBackup("empty.json", Buffer.from(EMPTY_BACKUP));
  await question();
  await page.getByTestId("restore-confirm").click();
  await expect
    .poll(() => page.getByTestId("backup-message").textContent())
    .toBe("Restored 0 documents from empty.json.");
  await waitForCounts(page, { documents: 0, articles: 0, meetings: 0 });

  // An empty database has nothing to lose: no question.
  await chooseBackup("tifa-backup.json", backup);
  await expect
    .poll(() => page.getByTestId("backup-message").textContent())
    .toBe("Restored 6 documents from tifa-backup.json.");
  expect(await dialog().count()).toBe(0);
  await waitForCounts(page, { documents: 6, articles: Number(backedUp.articles) });
  expect(await counts(page)).toEqual(backedUp);
});

test("a backup with an edited document is refused by name after the question, and nothing changes", async () => {
  const before = await counts(page);
  const data = JSON.parse(backup.toString("utf8")) as { documents: { fileName: string; raw: string }[] };
  const henan = data.documents.find((d) => d.fileName === "henan.txt")!;
  henan.raw = henan.raw.replace("王建国", "王建华");
  await chooseBackup("edited.json", Buffer.from(JSON.stringify(data)));
  await question();
  await page.getByTestId("restore-confirm").click();
  await expect
    .poll(() => page.getByTestId("backup-message").textContent())
    .toBe("edited.json has been altered: its document “henan.txt” does not match its id. Nothing was changed.");
  expect(await page.getByTestId("backup-message").getAttribute("role")).toBe("alert");
  await page.reload();
  await waitForCounts(page, { documents: Number(before.documents), articles: Number(before.articles) });
  expect(await counts(page)).toEqual(before);
  expect(errors).toEqual([]);
});
