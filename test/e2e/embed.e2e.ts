import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, Frame, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";

let browser: Browser;
let app: string;
let host: string;

beforeAll(async () => {
  browser = await launchBrowser();
  app = inject("baseUrl");
  // The host page on another origin than the dashboard, as a real embedding is.
  host = app.replace("127.0.0.1", "localhost");
});
afterAll(async () => {
  await browser?.close();
});

type Message = { type: string; [key: string]: unknown };
const messages = (page: Page) => page.evaluate(() => (window as unknown as { tifaMessages: Message[] }).tifaMessages);
const dashboard = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(app))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(app))!;
};

test("the example host page embeds the dashboard, commands it and hears its selections", async () => {
  const { context, page, errors } = await openPage(
    browser,
    `${host}embed-example.html?app=${encodeURIComponent(app)}&view=provinces`,
  );
  await expect.poll(async () => (await messages(page)).map((m) => m.type)).toContain("tifa:ready");
  const frame = await dashboard(page);
  expect(await frame.locator("header nav").count()).toBe(0);
  await frame.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor({ timeout: 30000 });
  await expect
    .poll(async () => (await messages(page)).some((m) => m.type === "tifa:resize" && Number(m.height) > 200))
    .toBe(true);

  await page.getByRole("button", { name: "Filter: 山东" }).click();
  await expect.poll(() => new URL(frame.url()).searchParams.getAll("province")).toEqual(["山东"]);
  await frame.getByTestId("table-toggle-provinces-map").click();
  await expect
    .poll(() => frame.getByTestId("table-provinces-map").locator("tbody tr").allTextContents())
    .toEqual(["山东13"]);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(() => frame.getByTestId("table-provinces-map").locator("tbody tr").count()).toBe(6);
  await frame.getByTestId("table-provinces-map").getByRole("button", { name: "江苏" }).click();
  await expect
    .poll(async () => (await messages(page)).filter((m) => m.type === "tifa:selection").map((m) => m.selection))
    .toEqual([{ kind: "province", value: "江苏", selected: true }]);

  await page.getByRole("button", { name: "Show the network" }).click();
  await frame.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
  expect(new URL(frame.url()).searchParams.get("view")).toBe("network");
  expect(errors).toEqual([]);
  await context.close();
});

test("a command from an origin the dashboard does not allow is ignored", async () => {
  const { context, page } = await openPage(
    browser,
    `${host}embed-example.html?app=${encodeURIComponent(app)}&allow=${encodeURIComponent("https://allowed.example")}`,
  );
  const frame = await dashboard(page);
  await frame.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "Filter: 山东" }).click();
  await page.waitForTimeout(1000);
  expect(new URL(frame.url()).searchParams.getAll("province")).toEqual([]);
  // Nothing is told to a host that is not allowed either.
  expect(await messages(page)).toEqual([]);
  await context.close();
});

test("the Embed button gives the iframe snippet for the current view and filters", async () => {
  const { context, page } = await openPage(browser, `${app}?view=network&province=山东&lang=en`);
  await page.getByTestId("embed-button").click();
  const snippet = await page.getByTestId("embed-snippet").inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?embed=1&amp;view=network&amp;province=%E5%B1%B1%E4%B8%9C&amp;lang=en&amp;allowOrigin=https%3A%2F%2Fyour-site\.example" title="Tifa"/,
  );
  await page.getByLabel("Your site's origin (allowed to send commands)").fill("https://team.example.org");
  expect(await page.getByTestId("embed-snippet").inputValue()).toContain("allowOrigin=https%3A%2F%2Fteam.example.org");
  await context.close();
});
