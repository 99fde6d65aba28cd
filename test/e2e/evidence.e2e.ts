import { expect, test } from "vitest";
import { openPage } from "./browser";
import { drawnLinkMidpoint, seededPage, waitForCounts } from "./helpers";

const app = seededPage("zh");

test("the reader shows, on hover of a fact, the sentence it was read from", async () => {
  await app.page.goto(`${app.base}?view=phrases&focusPhrase=两个确立&lang=zh`);
  await app.page.getByTestId("kwic").locator("li").first().getByRole("button").click();
  await app.page.getByTestId("article-reader").waitFor();
  const province = app.page.locator("dt:text-is('省份') + dd");
  expect(await province.locator("[tabindex='0']").textContent()).toBe("湖北");
  const tip = province.getByTestId("fact-evidence");
  expect(await tip.isVisible()).toBe(false);
  await province.locator("[tabindex='0']").hover();
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.locator("mark").textContent()).toBe("湖北省");
  expect(await tip.textContent()).toContain("湖北省民政厅传达学习习近平总书记重要讲话和全国两会精神");
  expect(await tip.textContent()).toContain("把握 100%");
});

test("the map says how many meetings it cannot place", async () => {
  await app.page.goto(`${app.base}?view=data&lang=zh`);
  const body = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
  await app.page.getByTestId("import-input").setInputFiles([
    {
      name: "state-council.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`国务院召开常务会议\n2024年3月7日,国务院总理李明主持召开国务院常务会议。${body}`),
    },
  ]);
  await waitForCounts(app.page, { articles: 10, meetings: 8 });
  await app.page.goto(`${app.base}?view=provinces&lang=zh`);
  const note = app.page.getByTestId("map-note");
  await expect.poll(() => note.textContent()).toContain("1 次会议不在地图上：由中央机关召开，或报道未能说明省份。");
  await app.page.goto(`${app.base}?view=provinces&lang=en`);
  await expect
    .poll(() => note.textContent())
    .toContain("1 meeting is not on the map: held by a national body, or their reports do not tell the province.");
});

/** The bundled report of 吉林's meeting. */
const JILIN = "6b32081377849dc3-2";

const LI_LIU = ["滨州市委副书记、市长李春田出席会议并致辞。", "省民政厅党组成员、副厅长刘建武主持会议。"];

test("a click on a network link opens the meetings of the two, with the sentences naming them", async () => {
  await app.page.goto(`${app.base}?view=network&lang=zh&province=${encodeURIComponent("山东")}`);
  await app.page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
  // The graph is drawn once its option is in: until then the chart has no series.
  const midpoint = () => drawnLinkMidpoint(app.page, "network", "山东:刘建武", "山东:李春田");
  await expect
    .poll(() =>
      midpoint().then(
        () => true,
        () => false,
      ),
    )
    .toBe(true);
  // The article imported by the test before settles while this one runs, and the graph may be drawn
  // again between reading the link's place and clicking it: the click is made again on the link redrawn.
  const linkAfterClick = async () => {
    const at = await midpoint();
    await app.page.mouse.click(at.x, at.y);
    // A click that hit the link opens it in the address within a moment; only a missed one is made again.
    await app.page
      .waitForFunction(() => new URL(location.href).searchParams.has("link"), null, { timeout: 2000 })
      .catch(() => undefined);
    return new URL(app.page.url()).searchParams.get("link");
  };
  await expect.poll(linkAfterClick, { timeout: 15000 }).toBe("山东:刘建武,山东:李春田");
  const panel = app.page.getByTestId("link-evidence");
  expect(await panel.getAttribute("aria-label")).toBe("刘建武 — 李春田");
  expect(await panel.getByTestId("link-count").textContent()).toBe("共同会议 1 次");
  const meeting = panel.getByTestId("link-meeting");
  expect(await meeting.count()).toBe(1);
  expect(await meeting.getByTestId("link-roles").textContent()).toBe("刘建武: 主持 · 李春田: 致辞");
  // Both reports of the meeting, each with the two sentences naming the two, the names marked.
  expect(await meeting.getByTestId("evidence-article").count()).toBe(2);
  expect(await meeting.getByTestId("evidence-sentence").allTextContents()).toEqual([...LI_LIU, ...LI_LIU]);
  expect(await meeting.getByTestId("evidence-sentence").first().locator("mark").allTextContents()).toEqual(["李春田"]);
  // And one opens the reader at its report.
  await meeting.getByTestId("evidence-article").first().getByRole("button").click();
  await app.page.getByTestId("article-reader").waitFor();
  expect(new URL(app.page.url()).searchParams.get("article")).toBe("8b0b99d99ee9537f-0");
});

test("from the keyboard, a person panel's links open the same evidence", async () => {
  await app.page.goto(`${app.base}?view=network&lang=en&focusPerson=${encodeURIComponent("江苏:谢晓军")}`);
  const links = app.page.getByTestId("person-links");
  const button = links.getByRole("button", { name: /戚锡生/ });
  await button.focus();
  await app.page.keyboard.press("Enter");
  const panel = app.page.getByTestId("link-evidence");
  await panel.waitFor();
  expect(await panel.getByTestId("link-count").textContent()).toBe("1 meeting together");
  expect(await panel.getByTestId("link-roles").textContent()).toBe(
    "谢晓军 Xie Xiaojun: attended · 戚锡生 Qi Xisheng: chaired",
  );
  const sentence = panel.getByTestId("evidence-sentence");
  expect(await sentence.textContent()).toBe(
    "厅党组书记、厅长谢晓军出席会议,厅一级巡视员、机关党委书记戚锡生主持会议,厅党组理论学习中心组成员、机关党员干部和直属单位领导班子成员共120余人参加会议。",
  );
  expect(await sentence.locator("mark").allTextContents()).toEqual(["谢晓军", "戚锡生"]);
  expect(await button.getAttribute("aria-pressed")).toBe("true");
});

test("a province clicked on the map filters every view and lists its meetings with their sources, the reader a click away", async () => {
  await app.page.goto(`${app.base}?view=provinces&lang=zh`);
  await app.page.locator('[data-testid="chart-provinces-ranking"][data-rendered="true"]').waitFor();
  await app.page.getByTestId("table-toggle-provinces-map").click();
  await app.page.getByTestId("table-provinces-map").getByRole("button", { name: "山东" }).click();
  await expect.poll(() => new URL(app.page.url()).searchParams.get("province")).toBe("山东");
  const panel = app.page.getByTestId("province-meetings");
  await panel.getByTestId("evidence-meeting").first().waitFor();
  expect(await panel.getByTestId("evidence-meeting").count()).toBe(1);
  const reports = panel.getByTestId("evidence-report");
  expect(await reports.count()).toBe(2);
  const sources = reports.first().getByTestId("fact-source");
  expect(await sources.count()).toBe(2);
  expect(await sources.first().locator("mark").allTextContents()).toEqual(["山东省", "推进会议"]);
  expect(await sources.nth(1).textContent()).toContain("日期:10月26日,山东省民政厅在滨州市召开全省民政系统");
  await reports.first().getByRole("button").click();
  await app.page.getByTestId("article-reader").waitFor();
  expect(new URL(app.page.url()).searchParams.get("article")).toBe("8b0b99d99ee9537f-0");
});

test("a month on the timeline opens its meetings with their sources", async () => {
  await app.page.goto(`${app.base}?view=provinces&lang=en`);
  await app.page.locator('[data-testid="chart-provinces-timeline"][data-rendered="true"]').waitFor();
  await app.page.getByTestId("table-toggle-provinces-timeline").click();
  await app.page.getByTestId("table-provinces-timeline").getByRole("button", { name: "2024-03" }).click();
  const panel = app.page.getByTestId("month-meetings");
  await panel.getByTestId("evidence-meeting").first().waitFor();
  // The three of the bundled articles and the State Council's, imported by a test above (unplaced, so listed here only).
  expect(await panel.getByTestId("evidence-meeting").count()).toBe(4);
  expect(await panel.locator("h2").textContent()).toBe("2024-03: meetings and their sources");
});

test("the person panel gives each title with the sentence it was read in", async () => {
  await app.page.goto(`${app.base}?view=network&lang=zh&focusPerson=${encodeURIComponent("江苏:谢晓军")}`);
  const titles = app.page.getByTestId("person-panel").getByTestId("person-title");
  await titles.first().waitFor();
  expect(await titles.count()).toBe(3);
  const first = titles.first().getByTestId("title-sentence");
  expect(await first.locator("p").textContent()).toBe("省民政厅党组书记、厅长谢晓军主持会议并讲话。");
  expect(await first.locator("mark").allTextContents()).toEqual(["省民政厅党组书记", "谢晓军"]);
  await first.getByRole("button").click();
  await app.page.getByTestId("article-reader").waitFor();
  expect(new URL(app.page.url()).searchParams.get("article")).toBe("ad3d620d748a872a-1");
});

test("on a phone, a link clicked in the graph opens its meetings in sight, under the graph", async () => {
  const phone = await openPage(app.browser, `${app.base}?view=data&lang=en`, { width: 390, height: 844 });
  try {
    await waitForCounts(phone.page, { articles: 9 });
    await phone.page.goto(`${app.base}?view=network&lang=en&province=${encodeURIComponent("山东")}`);
    await phone.page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
    // The graph's lower half is below the screen's edge: scrolled into sight, the link can be clicked.
    await phone.page.getByTestId("chart-network").scrollIntoViewIfNeeded();
    const midpoint = () => drawnLinkMidpoint(phone.page, "network", "山东:刘建武", "山东:李春田");
    await expect
      .poll(() =>
        midpoint().then(
          () => true,
          () => false,
        ),
      )
      .toBe(true);
    const at = await midpoint();
    await phone.page.mouse.click(at.x, at.y);
    const panel = phone.page.getByTestId("link-evidence");
    await panel.waitFor();
    await expect
      .poll(async () => {
        const box = await panel.boundingBox();
        return box !== null && box.y >= 0 && box.y < 844;
      })
      .toBe(true);
  } finally {
    await phone.context.close();
  }
});

test("from the keyboard, Enter on a month of the timeline opens its meetings", async () => {
  await app.page.goto(`${app.base}?view=provinces&lang=zh`);
  const chart = app.page.getByTestId("chart-provinces-timeline");
  await app.page.locator('[data-testid="chart-provinces-timeline"][data-rendered="true"]').waitFor();
  await chart.focus();
  await app.page.keyboard.press("ArrowRight");
  await app.page.keyboard.press("Enter");
  const panel = app.page.getByTestId("month-meetings");
  await panel.getByTestId("evidence-meeting").first().waitFor();
  expect(await panel.locator("h2").textContent()).toBe("2023-10的会议及原文依据");
  expect(await panel.getByTestId("evidence-meeting").count()).toBe(1);
});

test("a province the analyst corrected: its meeting's sources say what the parser read, and where", async () => {
  await app.page.goto(`${app.base}?view=articles&lang=zh&article=${JILIN}`);
  await app.page.getByTestId("article-reader").waitFor();
  await app.page.getByTestId("correct-toggle").click();
  await app.page.getByTestId("edit-province").click();
  await app.page.getByTestId("fact-input-province").selectOption("河南");
  await app.page.getByTestId("fact-save").click();
  await app.page.getByTestId("fact-province").getByTestId("corrected-badge").waitFor();
  await app.page.goto(`${app.base}?view=provinces&lang=zh&province=${encodeURIComponent("河南")}`);
  const report = app.page.getByTestId("province-meetings").getByTestId("evidence-report");
  await report.first().waitFor();
  expect(await report.getByTestId("fact-corrected").textContent()).toBe("分析者已更正：省份 吉林 → 河南");
  const source = report.getByTestId("fact-source").filter({ hasText: "省份（原解析）" });
  expect(await source.locator("mark").first().textContent()).toBe("吉林省");
});
