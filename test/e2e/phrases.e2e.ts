import { expect, test } from "vitest";
import { countDraws, drawsOf, seededPage } from "./helpers";

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

test("focusing a phrase draws its trend again, and leaves the charts that do not show the focus as drawn", async () => {
  await app.page.goto(`${app.base}?view=phrases&lang=zh`);
  for (const id of ["phrase-ranking", "phrase-heatmap", "phrase-trends"])
    await app.page.locator(`[data-testid='chart-${id}'][data-rendered='true']`).waitFor();
  for (const id of ["phrase-ranking", "phrase-heatmap", "phrase-trends"]) await countDraws(app.page, id);
  // A focus arriving through the URL, as back and forward bring it: every part of the view re-renders.
  await app.page.evaluate(() => {
    history.pushState(null, "", `${location.search}&focusPhrase=${encodeURIComponent("两个确立")}`);
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await expect.poll(() => drawsOf(app.page, "phrase-trends")).toBeGreaterThan(0);
  expect(await drawsOf(app.page, "phrase-ranking")).toBe(0);
  expect(await drawsOf(app.page, "phrase-heatmap")).toBe(0);
});
