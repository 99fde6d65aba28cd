import { afterAll, beforeAll, expect, inject, test } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { launchBrowser } from "./browser";
import { FIRST_VIEW_BUDGET_BYTES, measureFirstView } from "./first-view";
import { chartOption, countDraws, drawsOf, waitForCounts } from "./helpers";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const WAITS_FOR_THE_MAP =
  /tifa\.worker|echarts-parts|reload-prompt|workbox-window|surnames|\/seeds?\/|\d{3}_[0-9a-f]{16}/;

test("a cold first visit draws the map within the budget, and what can wait comes after it", async () => {
  const view = await measureFirstView(browser, inject("baseUrl"));
  console.log(
    `first view: ${(view.bytes / 1024).toFixed(1)} kB in ${view.requests} requests before the map was drawn (${view.drawnAfterMs} ms)`,
  );
  expect(view.bytes).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
  expect(view.files.map((f) => f.path).filter((path) => WAITS_FOR_THE_MAP.test(path))).toEqual([]);
  // The worker, the other chart parts and the bundled articles follow once the map is drawn.
  expect(view.later.some((path) => path.includes("tifa.worker"))).toBe(true);
  expect(view.later.some((path) => path.includes("echarts-parts"))).toBe(true);
});

test("the map drawn before the worker has parsed shows what the parsed articles then show", async () => {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${inject("baseUrl")}?lang=zh`);
  await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
  // ECharts lists every region of the map; those without meetings have no value.
  const regions = async () => {
    const series = (await chartOption(page, "provinces-map")).series[0] as unknown as {
      data: { name: string; value: number | null }[];
    };
    return series.data.filter((d) => typeof d.value === "number" && d.value > 0).map((d) => [d.name, d.value]);
  };
  const first = await regions();
  expect(first).toEqual([
    ["江苏", 2],
    ["山东", 1],
    ["重庆", 1],
    ["湖北", 1],
    ["吉林", 1],
    ["浙江", 1],
  ]);
  await page.goto(`${inject("baseUrl")}?view=data&lang=zh`);
  await waitForCounts(page, { articles: 9, meetings: 7 });
  await page.goto(`${inject("baseUrl")}?lang=zh`);
  await page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
  expect(await regions()).toEqual(first);
  await context.close();
});

test("the map drawn first takes its tooltip and legend when the other chart parts arrive", async () => {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(inject("baseUrl"));
  await page.locator('[data-testid="chart-provinces-ranking"][data-rendered="true"]').waitFor();
  await expect
    .poll(async () => ((await chartOption(page, "provinces-map")) as unknown as { visualMap?: unknown[] }).visualMap)
    .toHaveLength(1);
  await context.close();
});

/** The worker's script is held back until `release`: what a page draws meanwhile does not come from the worker. */
async function holdWorker(context: BrowserContext) {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const worker = { asked: false, served: false, release: () => release() };
  await context.route(/tifa\.worker/, async (route) => {
    worker.asked = true;
    await held;
    await route.continue();
    worker.served = true;
  });
  return worker;
}

test("a returning visit draws the map from the counts stored at the last change, before the worker answers", async () => {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${inject("baseUrl")}?view=data&lang=zh`);
  await waitForCounts(page, { articles: 9, meetings: 7 });
  const body = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
  await page.getByTestId("import-input").setInputFiles([
    {
      name: "henan.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(`河南省政协召开党组会议\n2024年5月7日,河南省政协党组书记王明主持召开党组会议。${body}`),
    },
  ]);
  await waitForCounts(page, { articles: 10, meetings: 8 });
  // The worker stores the counts shortly after the change.
  await page.waitForTimeout(1000);
  await page.close();

  // The worker is held back: what the map draws comes from the stored counts.
  const worker = await holdWorker(context);
  const again = await context.newPage();
  await again.goto(`${inject("baseUrl")}?lang=zh`);
  await again.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
  const series = (await chartOption(again, "provinces-map")).series[0] as unknown as {
    data: { name: string; value: number | null }[];
  };
  expect(series.data.find((d) => d.name === "河南")?.value).toBe(1);
  expect(series.data.find((d) => d.name === "江苏")?.value).toBe(2);
  // The timeline too draws from the months stored with the counts.
  await again.locator('[data-testid="chart-provinces-timeline"][data-rendered="true"]').waitFor();
  const timeline = (await chartOption(again, "provinces-timeline")) as unknown as {
    xAxis: { data: string[] }[];
    series: { data: number[] }[];
    aria: { label: { description: string } };
  };
  const months = timeline.xAxis[0]!.data;
  const may2024 = timeline.series.map((s) => s.data[months.indexOf("2024-05")]);
  // One series per province: the second is 河南, whose one meeting is in May 2024.
  const described = timeline.aria.label.description;
  expect(described.split("; ")[1]).toBe("河南: 1");
  expect(months).toEqual([
    ...["2023-10", "2023-11", "2023-12"],
    ...["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"],
    ...["2024-10", "2024-11"],
  ]);
  expect(may2024).toEqual([0, 1, 0, 0, 0, 0]);
  // The page did ask for the worker, which is still waiting.
  await expect.poll(() => worker.asked).toBe(true);
  worker.release();
  await again.locator('[data-testid="chart-provinces-ranking"][data-rendered="true"]').waitFor();
  await context.close();
});

test("the worker's answer, the same as the counts and months drawn before it, does not draw the map or the timeline again", async () => {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${inject("baseUrl")}?view=data&lang=zh`);
  await waitForCounts(page, { articles: 9, meetings: 7 });
  // The worker stores the counts shortly after the change.
  await page.waitForTimeout(1000);
  await page.close();

  const worker = await holdWorker(context);
  const again = await context.newPage();
  await again.goto(`${inject("baseUrl")}?lang=zh`);
  await again.locator('[data-testid="chart-provinces-timeline"][data-rendered="true"]').waitFor();
  // The map has taken its legend: the other chart parts are in.
  await expect
    .poll(async () => ((await chartOption(again, "provinces-map")) as unknown as { visualMap?: unknown[] }).visualMap)
    .toHaveLength(1);
  await countDraws(again, "provinces-map");
  await countDraws(again, "provinces-timeline");
  worker.release();
  await expect.poll(() => worker.served).toBe(true);
  // The worker loads the 9 bundled articles and answers within this time.
  await again.waitForTimeout(3000);
  expect(await drawsOf(again, "provinces-map")).toBe(0);
  expect(await drawsOf(again, "provinces-timeline")).toBe(0);
  await context.close();
});
