import { expect, test } from "vitest";
import { seededPage } from "./helpers";

const app = seededPage("en");

test("the trend and the spread say how many reports they leave out, and open the list of them", async () => {
  await app.page.goto(`${app.base}?view=phrases&focusPhrase=两个确立&lang=en`);
  const trends = app.page.getByTestId("undated-phrase-trends");
  await expect.poll(() => trends.textContent()).toContain("reports not shown: no date, or no year");
  const spread = app.page.getByTestId("undated-phrase-spread");
  await expect.poll(() => spread.textContent()).toContain("2 reports not shown: no date, or no year");
  await app.page.getByTestId("undated-open-phrase-spread").click();
  await app.page.getByTestId("article-list").waitFor();
  const url = new URL(app.page.url());
  expect([url.searchParams.get("view"), url.searchParams.get("phrase"), url.searchParams.get("dating")]).toEqual([
    "articles",
    "两个确立",
    "undated",
  ]);
  await expect.poll(() => app.page.getByTestId("article-list").locator("li").count()).toBe(2);
});

test("the trends switch between counts and per 1,000 articles of the month", async () => {
  await app.page.goto(`${app.base}?view=phrases&lang=zh`);
  const share = app.page.getByTestId("trend-scale-share");
  await share.click();
  expect(await share.getAttribute("aria-pressed")).toBe("true");
  expect(await app.page.getByTestId("trend-scale-count").getAttribute("aria-pressed")).toBe("false");
  await app.page.locator("[data-testid='chart-phrase-trends'][data-rendered='true']").waitFor();
});
