import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";
import { drawnNodes, waitForCounts } from "./helpers";

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

const param = (key: string) => new URL(page.url()).searchParams.get(key);

/** The person page of 庄严: the three people met, each with both sides' roles and the sentence naming them. */
async function expectZhuangYanPage() {
  await expect.poll(() => param("view")).toBe("person");
  expect(param("id")).toBe("山东:庄严");
  await expect.poll(() => page.getByTestId("person-name").textContent()).toBe("庄严");
  const met = page.getByTestId("met-person");
  await expect.poll(() => met.count()).toBe(3);
  expect(await page.getByTestId("met-roles").allTextContents()).toEqual([
    "李春田: 致辞 1 · 庄严: 讲话 1",
    "刘建武: 主持 1 · 庄严: 讲话 1",
    "刘渊: 讲话 1 · 庄严: 讲话 1",
  ]);
  const liu = met.filter({ hasText: "刘建武" }).getByTestId("source-sentence");
  expect(await liu.textContent()).toContain("省民政厅党组成员、副厅长刘建武主持会议。");
  expect(await liu.textContent()).toContain("2023-10-26");
  expect(await page.getByTestId("career").locator("li").count()).toBe(2);
}

describe("person page", () => {
  test("reached from the network's person panel", async () => {
    await page.goto(`${base}?view=network&lang=zh&focusPerson=${encodeURIComponent("山东:庄严")}`);
    await page.getByTestId("open-person-page").click();
    await expectZhuangYanPage();
  });

  test("reached from the reader's people list", async () => {
    await page.goto(`${base}?view=articles&lang=zh&article=8b0b99d99ee9537f-0`);
    await page.getByTestId("reader-people").getByRole("button", { name: "庄严" }).click();
    await expectZhuangYanPage();
  });

  test("reached from a name in the article list", async () => {
    await page.goto(`${base}?view=articles&lang=zh&q=${encodeURIComponent("庄严")}`);
    await page.getByTestId("article-list").getByRole("button", { name: "庄严", exact: true }).first().click();
    await expectZhuangYanPage();
  });

  test("the ego network: the four present at the 山东 meeting, 庄严 ringed; a click on an article opens the reader", async () => {
    await page.goto(`${base}?view=person&lang=zh&id=${encodeURIComponent("山东:庄严")}`);
    await page.locator('[data-testid="chart-ego-network"][data-rendered="true"]').waitFor();
    const nodes = await drawnNodes(page, "ego-network");
    expect(nodes.map((n) => n.name).sort()).toEqual(["刘建武", "刘渊", "庄严", "李春田"].sort());
    expect(nodes.find((n) => n.name === "庄严")?.itemStyle).toEqual({ borderColor: "#fbbf24", borderWidth: 3 });
    await page.getByTestId("ego-depth").check();
    await expect.poll(() => param("depth")).toBe("2");
    await page.getByTestId("person-articles").getByRole("button").first().click();
    await expect.poll(() => param("article")).toBe("8b0b99d99ee9537f-0");
    await page.getByTestId("article-reader").waitFor();
  });

  test("the month window applies: outside 2023-10, 庄严 met no one", async () => {
    await page.goto(`${base}?view=person&lang=zh&id=${encodeURIComponent("山东:庄严")}&from=2024-01`);
    await expect.poll(() => page.getByTestId("person-name").textContent()).toBe("庄严");
    expect(await page.getByTestId("met-person").count()).toBe(0);
  });

  test("in English, titles a post covers carry its English name; roles are English", async () => {
    await page.goto(`${base}?view=person&lang=en&id=${encodeURIComponent("江苏:谢晓军")}`);
    await expect.poll(() => page.getByTestId("person-name").textContent()).toBe("谢晓军 Xie Xiaojun");
    expect(await page.getByTestId("career").locator("li > div.font-medium").allTextContents()).toEqual([
      "省民政厅党组书记 (Party Secretary of the Leading Party Group)",
      "厅长 (Director-General)",
    ]);
    expect(await page.getByTestId("met-roles").allTextContents()).toEqual([
      "戚锡生 Qi Xisheng: chaired 1 · 谢晓军 Xie Xiaojun: attended 1",
      "张政文 Zhang Zhengwen: spoke 1 · 谢晓军 Xie Xiaojun: attended 1",
    ]);
    expect(errors).toEqual([]);
  });
});
