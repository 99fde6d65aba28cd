import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { tableRows, waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, page, errors } = await openPage(browser, "about:blank"));
  // Every violation of the policy, from every document the page loads.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test("the built app carries a strict Content-Security-Policy", async () => {
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("connect-src 'self'");
});

test("every view runs under it with no violation", async () => {
  const base = inject("baseUrl");
  await page.goto(`${base}?view=data&lang=en`);
  await waitForCounts(page, { articles: 9 });
  expect(await violations()).toEqual([]);
  for (const [view, table] of [
    ["provinces", "provinces-map"],
    ["network", "network"],
    ["phrases", "phrase-ranking"],
  ] as const) {
    await page.goto(`${base}?view=${view}&lang=en`);
    await page.locator(`[data-testid="chart-${table}"][data-rendered="true"]`).waitFor();
    await page.locator(`[data-testid="chart-${table}"] canvas`).first().hover();
    expect(await tableRows(page, table)).not.toHaveLength(0);
    expect(await violations(), view).toEqual([]);
  }
  await page.goto(`${base}?view=articles&lang=en`);
  await page.getByTestId("article-list").locator("button").first().click();
  await page.getByTestId("article-reader").waitFor();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test("markup that slipped through could not run: an injected inline script is refused, and seen", async () => {
  await page.goto(`${inject("baseUrl")}?view=data&lang=en`);
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injectedRan = true";
    document.body.append(script);
    return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src/)]);
});
