import { expect, test } from "vitest";
import { seededPage, waitForCounts } from "./helpers";

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
