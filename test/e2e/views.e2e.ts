import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { tableRows, waitForCounts } from "./helpers";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let base: string;

beforeAll(async () => {
  browser = await launchBrowser();
  base = inject("baseUrl");
  ({ context, page, errors } = await openPage(browser, `${base}?view=data&lang=zh`));
  await waitForCounts(page, { articles: 9, meetings: 7 });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const go = (query: string) => page.goto(`${base}?${query}`);
const names = (rows: string[][]) => rows.map((r) => r[0]);

describe("meetings by province", () => {
  test("the map has 6 provinces with meetings, and 山东 counts 1 meeting for its 3 reports", async () => {
    await go("view=provinces&lang=zh");
    await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
    const rows = await tableRows(page, "provinces-map");
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r[0] === "山东")).toEqual(["山东", "1", "3"]);
    expect(rows.find((r) => r[0] === "江苏")).toEqual(["江苏", "2", "2"]);
  });

  test("clicking 山东 filters every view: the network and the phrases narrow", async () => {
    await go("view=provinces&lang=zh");
    await tableRows(page, "provinces-map");
    await page.getByTestId("table-provinces-map").getByRole("button", { name: "山东" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("province")).toEqual(["山东"]);

    await page.getByTestId("nav-network").click();
    await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
    expect(names(await tableRows(page, "network")).sort()).toEqual(["刘建武", "刘渊", "庄严", "李春田"].sort());

    await page.getByTestId("nav-phrases").click();
    const phrases = names(await tableRows(page, "phrase-ranking"));
    expect(phrases.slice(0, 3)).toEqual(["必选科目", "三级联动", "自选科目"]);
    expect(phrases).not.toContain("两个确立");
  });
});

describe("leader network", () => {
  test("links 庄严, 刘渊, 李春田 and 刘建武, all present at one meeting", async () => {
    await go("view=network&lang=zh");
    await page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
    const rows = await tableRows(page, "network");
    for (const name of ["庄严", "刘渊", "李春田", "刘建武"]) expect(rows.find((r) => r[0] === name)?.[2]).toBe("1");
    expect(await page.getByTestId("network-count").textContent()).toBe("显示 11 / 11 人");
  });

  test("谢晓军 has two meetings in his side panel", async () => {
    await go("view=network&lang=zh");
    const rows = await tableRows(page, "network");
    expect(rows[0]?.slice(0, 3)).toEqual(["谢晓军", "江苏", "2"]);
    await page.getByTestId("table-network").getByRole("button", { name: "谢晓军" }).click();
    await expect.poll(() => page.getByTestId("person-meetings").textContent()).toBe("2");
    expect(new URL(page.url()).searchParams.get("focusPerson")).toBe("江苏:谢晓军");
  });

  test("in English names carry their pinyin, loaded when English is chosen", async () => {
    await go("view=network&lang=en");
    expect(names(await tableRows(page, "network"))).toContain("庄严 Zhuang Yan");
    await go("view=network&lang=zh");
    expect(names(await tableRows(page, "network"))).toContain("庄严");
    await page.getByTestId("lang-toggle").click();
    await expect.poll(async () => names(await tableRows(page, "network"))).toContain("谢晓军 Xie Xiaojun");
    await page.getByTestId("lang-toggle").click();
  });

  test("people only mentioned join only with the toggle", async () => {
    await go("view=network&lang=zh");
    expect(names(await tableRows(page, "network"))).not.toContain("习近平");
    await page.getByTestId("toggle-mentioned").check();
    await expect.poll(async () => names(await tableRows(page, "network"))).toContain("习近平");
    expect(new URL(page.url()).searchParams.get("mentioned")).toBe("1");
  });
});

test("the phrase view ranks the formulations shared across provinces above single-article ones", async () => {
  await go("view=phrases&lang=zh");
  const rows = await tableRows(page, "phrase-ranking");
  const rank = (phrase: string) => rows.findIndex((r) => r[0] === phrase);
  const singleArticle = rows.findIndex((r) => r[1] === "1");
  for (const phrase of ["两个确立", "两个维护", "四个意识", "四个自信"]) {
    const row = rows[rank(phrase)]!;
    expect(Number(row[1])).toBeGreaterThanOrEqual(2);
    expect(Number(row[2])).toBeGreaterThanOrEqual(2);
    expect(rank(phrase)).toBeLessThan(singleArticle);
  }
});

test("a phrase leads back to its sentences and the article they stand in", async () => {
  await go("view=phrases&focusPhrase=两个确立&lang=zh");
  const kwic = page.getByTestId("kwic").locator("li");
  await expect.poll(() => kwic.count()).toBe(3);
  await kwic.first().getByRole("button").click();
  await page.getByTestId("article-reader").waitFor();
  const people = await page.getByTestId("article-text").locator('mark[data-kind="person"]').allTextContents();
  expect(people).toContain("杨泽发");
  expect(await page.getByTestId("article-text").locator('mark[data-kind="phrase"]').allTextContents()).toContain(
    "两个确立",
  );
  await page.getByTestId("raw-toggle").click();
  expect(await page.getByTestId("raw-text").textContent()).toContain("## 湖北省民政厅传达学习");
});

test("the URL round-trips every filter, and back/forward walk through them", async () => {
  const query =
    "view=articles&from=2023-10&to=2024-03&province=江苏&type=党组会议&person=江苏:谢晓军&phrase=十四五&lang=en";
  await go(query);
  await expect.poll(() => page.getByTestId("article-count").textContent()).toBe("1 articles");
  const chips = await page.getByTestId("filter-chip").allTextContents();
  expect(chips).toEqual([
    "ProvinceJiangsu×",
    "TypeParty group meeting (党组会议)×",
    "Person谢晓军 Xie Xiaojun×",
    "Phrase十四五×",
  ]);
  expect(await page.getByTestId("filter-from").inputValue()).toBe("2023-10");
  expect(await page.getByTestId("filter-to").inputValue()).toBe("2024-03");

  await page.getByRole("button", { name: "Remove Jiangsu" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.getAll("province")).toEqual([]);
  await page.goBack();
  await expect.poll(() => page.getByTestId("filter-chip").count()).toBe(4);
  expect(new URL(page.url()).searchParams.getAll("province")).toEqual(["江苏"]);
  await page.goForward();
  await expect.poll(() => page.getByTestId("filter-chip").count()).toBe(3);
});

test("no view has a serious or critical accessibility violation (axe-core)", async () => {
  const axe = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
  for (const query of [
    "view=provinces",
    "view=network&focusPerson=江苏:谢晓军",
    "view=phrases&focusPhrase=两个确立",
    "view=articles",
    "view=data",
    "view=provinces&lang=en&theme=dark",
    "view=person&id=江苏:谢晓军",
    "view=compare&a=江苏&b=山东",
    "view=network&focusPerson=山东:刘建武&link=山东:刘建武,山东:李春田",
    "view=network&focusPerson=山东:刘建武&link=山东:刘建武,山东:李春田&lang=en&theme=dark",
    "view=provinces&province=山东",
    "view=provinces&province=山东&lang=en&theme=dark",
  ]) {
    await go(query);
    await page.waitForTimeout(1200);
    // Evaluated through the devtools protocol: the app's Content-Security-Policy refuses injected <script> tags.
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: {
            run: (
              o: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run({ resultTypes: ["violations"] });
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect({ query, violations }).toEqual({ query, violations: [] });
  }
  expect(errors).toEqual([]);
});
