import { describe, expect, test } from "vitest";
import { drawnNodes, seededPage, waitForCounts } from "./helpers";

const app = seededPage("zh");

const param = (key: string) => new URL(app.page.url()).searchParams.get(key);

/** The person app.page of 庄严: the three people met, each with both sides' roles and the sentence naming them. */
async function expectZhuangYanPage() {
  await expect.poll(() => param("view")).toBe("person");
  expect(param("id")).toBe("山东:庄严");
  await expect.poll(() => app.page.getByTestId("person-name").textContent()).toBe("庄严");
  const met = app.page.getByTestId("met-person");
  await expect.poll(() => met.count()).toBe(3);
  expect(await app.page.getByTestId("met-roles").allTextContents()).toEqual([
    "李春田: 致辞 1 · 庄严: 讲话 1",
    "刘建武: 主持 1 · 庄严: 讲话 1",
    "刘渊: 讲话 1 · 庄严: 讲话 1",
  ]);
  const liu = met.filter({ hasText: "刘建武" }).getByTestId("source-sentence");
  expect(await liu.textContent()).toContain("省民政厅党组成员、副厅长刘建武主持会议。");
  expect(await liu.textContent()).toContain("2023-10-26");
  expect(await app.page.getByTestId("career").locator("li").count()).toBe(2);
}

describe("person page", () => {
  test("reached from the network's person panel", async () => {
    await app.page.goto(`${app.base}?view=network&lang=zh&focusPerson=${encodeURIComponent("山东:庄严")}`);
    await app.page.getByTestId("open-person-page").click();
    await expectZhuangYanPage();
  });

  test("reached from the reader's people list", async () => {
    await app.page.goto(`${app.base}?view=articles&lang=zh&article=8b0b99d99ee9537f-0`);
    await app.page.getByTestId("reader-people").getByRole("button", { name: "庄严" }).click();
    await expectZhuangYanPage();
  });

  test("reached from a name in the article list", async () => {
    await app.page.goto(`${app.base}?view=articles&lang=zh&q=${encodeURIComponent("庄严")}`);
    await app.page.getByTestId("article-list").getByRole("button", { name: "庄严", exact: true }).first().click();
    await expectZhuangYanPage();
  });

  test("the ego network: the four present at the 山东 meeting, 庄严 ringed; a click on an article opens the reader", async () => {
    await app.page.goto(`${app.base}?view=person&lang=zh&id=${encodeURIComponent("山东:庄严")}`);
    await app.page.locator('[data-testid="chart-ego-network"][data-rendered="true"]').waitFor();
    const nodes = await drawnNodes(app.page, "ego-network");
    expect(nodes.map((n) => n.name).sort()).toEqual(["刘建武", "刘渊", "庄严", "李春田"].sort());
    expect(nodes.find((n) => n.name === "庄严")?.itemStyle).toEqual({ borderColor: "#fbbf24", borderWidth: 3 });
    await app.page.getByTestId("ego-depth").check();
    await expect.poll(() => param("depth")).toBe("2");
    await app.page.getByTestId("person-articles").getByRole("button").first().click();
    await expect.poll(() => param("article")).toBe("8b0b99d99ee9537f-0");
    await app.page.getByTestId("article-reader").waitFor();
  });

  test("the month window applies: outside 2023-10, 庄严 met no one", async () => {
    await app.page.goto(`${app.base}?view=person&lang=zh&id=${encodeURIComponent("山东:庄严")}&from=2024-01`);
    await expect.poll(() => app.page.getByTestId("person-name").textContent()).toBe("庄严");
    expect(await app.page.getByTestId("met-person").count()).toBe(0);
  });

  test("in English, titles a post covers carry its English name; roles are English", async () => {
    await app.page.goto(`${app.base}?view=person&lang=en&id=${encodeURIComponent("江苏:谢晓军")}`);
    await expect.poll(() => app.page.getByTestId("person-name").textContent()).toBe("谢晓军 Xie Xiaojun");
    expect(await app.page.getByTestId("career").locator("li > div.font-medium").allTextContents()).toEqual([
      "省民政厅党组书记 (Party Secretary of the Leading Party Group)",
      "厅长 (Director-General)",
    ]);
    expect(await app.page.getByTestId("met-roles").allTextContents()).toEqual([
      "戚锡生 Qi Xisheng: chaired 1 · 谢晓军 Xie Xiaojun: attended 1",
      "张政文 Zhang Zhengwen: spoke 1 · 谢晓军 Xie Xiaojun: attended 1",
    ]);
    expect(app.errors).toEqual([]);
  });
});

describe("a person met often", () => {
  test("three sentences are shown, the rest counted; the count leads to every meeting of the two in the network", async () => {
    await app.page.goto(`${app.base}?view=data&lang=zh`);
    const body = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
    const topics = ["养老服务", "社会救助", "儿童福利", "基层治理", "殡葬改革"];
    await app.page.getByTestId("import-input").setInputFiles(
      topics.map((topic, i) => ({
        name: `anhui-${i + 1}.txt`,
        mimeType: "text/plain",
        buffer: Buffer.from(
          `安徽省民政厅召开${topic}工作推进会\n2024年4月${i + 1}日,安徽省民政厅党组书记、厅长王文远主持会议并讲话,副厅长周立新出席会议。${body}`,
        ),
      })),
    );
    await waitForCounts(app.page, { articles: 14 });
    await app.page.goto(`${app.base}?view=person&lang=zh&id=${encodeURIComponent("安徽:王文远")}`);
    const zhou = app.page.getByTestId("met-person").filter({ hasText: "周立新" });
    await expect.poll(() => zhou.getByTestId("source-sentence").count()).toBe(3);
    expect(await zhou.getByTestId("source-sentence").allTextContents()).toEqual(
      [1, 2, 3].map(
        (day) =>
          `2024年4月${day}日,安徽省民政厅党组书记、厅长王文远主持会议并讲话,副厅长周立新出席会议。2024-04-0${day} · 安徽省民政厅召开${topics[day - 1]}工作推进会`,
      ),
    );
    await zhou.getByTestId("met-all-meetings").click();
    await expect.poll(() => param("view")).toBe("network");
    expect(param("link")).toBe("安徽:王文远,安徽:周立新");
    await expect.poll(() => app.page.getByTestId("link-meeting").count()).toBe(5);
  });
});
