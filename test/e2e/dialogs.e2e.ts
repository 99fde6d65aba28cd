/** Esc closes every dialog, and focus goes back to the button that opened it. */
import { expect, test } from "vitest";
import { counts, seededPage, waitForCounts } from "./helpers";

const app = seededPage("en");

const focusedTestId = () => app.page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);

test("the embed dialog takes focus, keeps it on Tab, and closes on Esc", async () => {
  await app.page.goto(`${app.base}?view=network&lang=en`);
  await app.page.getByTestId("embed-button").click();
  const dialog = app.page.getByRole("dialog");
  await dialog.waitFor();
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  for (let i = 0; i < 6; i++) await app.page.keyboard.press("Tab");
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await app.page.keyboard.press("Escape");
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await focusedTestId()).toBe("embed-button");
});

test("the clear question closes on Esc and deletes nothing", async () => {
  await app.page.goto(`${app.base}?view=data&lang=en`);
  await waitForCounts(app.page, { articles: 9 });
  const before = await counts(app.page);
  await app.page.getByTestId("clear-button").click();
  const dialog = app.page.getByRole("alertdialog");
  await dialog.waitFor();
  await app.page.keyboard.press("Escape");
  await expect.poll(() => dialog.count()).toBe(0);
  expect(await focusedTestId()).toBe("clear-button");
  expect(await counts(app.page)).toEqual(before);
});

test("no page errors", () => {
  expect(app.errors).toEqual([]);
});
