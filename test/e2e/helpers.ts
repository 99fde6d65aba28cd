import { afterAll, beforeAll, inject } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, openPage } from "./browser";

/** Waits until the data page shows these counts (the seed import runs on the first visit). */
export async function waitForCounts(
  page: Page,
  expected: { articles: number; meetings?: number; documents?: number },
): Promise<void> {
  await page.waitForFunction(
    (want) =>
      Object.entries(want).every(
        ([key, value]) => document.querySelector(`[data-testid="count-${key}"]`)?.textContent === String(value),
      ),
    expected,
    { timeout: 30000 },
  );
}

export async function counts(page: Page): Promise<Record<string, string>> {
  const read = async (key: string) => (await page.getByTestId(`count-${key}`).textContent()) ?? "";
  return {
    documents: await read("documents"),
    articles: await read("articles"),
    meetings: await read("meetings"),
    people: await read("people"),
  };
}

/** The rows of a chart's data table, as text cells. */
export async function tableRows(page: Page, id: string): Promise<string[][]> {
  const toggle = page.getByTestId(`table-toggle-${id}`);
  if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
  const table = page.getByTestId(`table-${id}`);
  await table.waitFor();
  return table
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}

/**
 * Everything that would show text from a document was run or injected: console errors, CSP
 * violations (the policy refuses inline handlers, so `onerror=` would land there, not run), any
 * element with an inline handler attribute added to the page, even for a moment (a tooltip), and
 * properties added to the built-in prototypes (text used as a key in a plain object).
 */
export async function watchForInjection(page: Page): Promise<{ consoleErrors: string[] }> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { injectionSigns: string[] }).injectionSigns = seen;
    const builtIns = [Object.prototype, Object, Function.prototype, Array.prototype, Object.prototype.toString];
    (window as unknown as { builtInKeys: string[][] }).builtInKeys = builtIns.map((o) => Object.getOwnPropertyNames(o));
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`csp ${e.violatedDirective}`));
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const el of [node, ...node.querySelectorAll("*")])
            for (const attr of el.getAttributeNames())
              if (attr.startsWith("on")) seen.push(`<${el.localName} ${attr}>`);
        }
    }).observe(document, { childList: true, subtree: true });
  });
  return { consoleErrors };
}

/** What `watchForInjection` saw in the page, and whether `window.__pwned` was ever set. */
export async function injectionSigns(page: Page): Promise<{ signs: string[]; pwned: boolean }> {
  return page.evaluate(() => {
    const w = window as unknown as { injectionSigns?: string[]; builtInKeys?: string[][]; __pwned?: unknown };
    const builtIns = [Object.prototype, Object, Function.prototype, Array.prototype, Object.prototype.toString];
    const names = ["Object.prototype", "Object", "Function.prototype", "Array.prototype", "toString"];
    const added = builtIns.flatMap((o, i) =>
      Object.getOwnPropertyNames(o)
        .filter((key) => !(w.builtInKeys?.[i] ?? []).includes(key))
        .map((key) => `${names[i]}.${key} added`),
    );
    return { signs: [...(w.injectionSigns ?? []), ...added], pwned: w.__pwned !== undefined };
  });
}

/**
 * Moves the mouse over a grid of points on a chart (tooltips, emphasis, axis pointers). A frame
 * with nothing to draw (no data under the filters) is left alone.
 */
export async function hoverChart(page: Page, id: string, steps = 6): Promise<void> {
  const frame = page.getByTestId(`frame-${id}`);
  await frame.locator('[role="status"]').waitFor({ state: "detached" });
  const chart = frame.locator(`[data-testid="chart-${id}"]`);
  if ((await chart.count()) === 0) return;
  await frame.locator(`[data-testid="chart-${id}"][data-rendered="true"]`).waitFor({ timeout: 10_000 });
  const box = await chart.boundingBox();
  if (!box) return;
  for (let i = 1; i < steps; i++)
    for (let j = 1; j < steps; j++) {
      await page.mouse.move(box.x + (box.width * i) / steps, box.y + (box.height * j) / steps, { steps: 2 });
      await page.waitForTimeout(15);
    }
  await page.mouse.move(0, 0);
}

/** Clicks a chart frame's CSV button and returns the file's text. */
export async function exportCsv(page: Page, id: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId(`frame-${id}`).getByRole("button", { name: "CSV", exact: true }).click(),
  ]);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  return readFile(path, "utf8");
}

/** A node of a drawn graph: its name, where it is on the page (CSS pixels) and its option's item style. */
export interface DrawnNode {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  itemStyle: Record<string, unknown> | null;
}

/** What the tests read of an ECharts instance and its graph series (typed loosely: internal API). */
interface ChartHandle {
  getModel(): { getSeriesByIndex(i: number): { getData(): GraphData } };
  getOption(): { series: { data: { itemStyle?: Record<string, unknown> }[]; links: GraphLink[] }[] };
}
interface GraphData {
  count(): number;
  getName(i: number): string;
  getItemGraphicEl(i: number): {
    getBoundingRect(): { clone(): Rect };
    getComputedTransform(): number[];
  };
}
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  applyTransform(m: number[]): void;
}
interface GraphLink {
  source: string;
  target: string;
  lineStyle: { opacity: number };
}

/**
 * Puts a chart's ECharts instance on `window.testChart`: the chart element's React fiber leads up
 * to echarts-for-react's component, which holds the instance (the app exports no handle to it).
 */
async function exposeChart(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    const el = document.querySelector(`[data-testid="chart-${id}"] [_echarts_instance_]`);
    if (!el) throw new Error(`no chart ${id}`);
    type Fiber = { return: Fiber | null; stateNode: { getEchartsInstance?: () => unknown } | null };
    const key = Object.keys(el).find((k) => k.startsWith("__reactFiber$"));
    let fiber = key ? (el as unknown as Record<string, Fiber | null>)[key]! : null;
    while (fiber && typeof fiber.stateNode?.getEchartsInstance !== "function") fiber = fiber.return;
    if (!fiber) throw new Error(`no echarts instance for ${id}`);
    const w = window as unknown as { testChart: unknown; testChartElement: Element };
    w.testChart = fiber.stateNode!.getEchartsInstance!();
    w.testChartElement = el;
  }, id);
}

/** Every node of a graph chart as drawn: its box on the page (CSS pixels) and its item style. */
export async function drawnNodes(page: Page, id: string): Promise<DrawnNode[]> {
  await exposeChart(page, id);
  return page.evaluate(() => {
    const w = window as unknown as { testChart: ChartHandle; testChartElement: Element };
    const box = w.testChartElement.getBoundingClientRect();
    const data = w.testChart.getModel().getSeriesByIndex(0).getData();
    const items = w.testChart.getOption().series[0]!.data;
    return Array.from({ length: data.count() }, (_, i) => {
      const g = data.getItemGraphicEl(i);
      const r = g.getBoundingRect().clone();
      r.applyTransform(g.getComputedTransform());
      return {
        name: data.getName(i),
        left: box.left + r.x,
        right: box.left + r.x + r.width,
        top: box.top + r.y,
        bottom: box.top + r.y + r.height,
        itemStyle: items[i]?.itemStyle ?? null,
      };
    });
  });
}

/** The links of a graph chart by their ends' ids, each with its line opacity. */
export async function drawnLinks(
  page: Page,
  id: string,
): Promise<{ source: string; target: string; opacity: number }[]> {
  await exposeChart(page, id);
  return page.evaluate(() =>
    (window as unknown as { testChart: ChartHandle }).testChart
      .getOption()
      .series[0]!.links.map((l) => ({ source: l.source, target: l.target, opacity: l.lineStyle.opacity })),
  );
}

/** Sends an action to a chart as ECharts' own controls would (a brush moved, a legend item toggled). */
export async function dispatchChartAction(page: Page, id: string, action: Record<string, unknown>): Promise<void> {
  await exposeChart(page, id);
  await page.evaluate(
    (a) => (window as unknown as { testChart: { dispatchAction(a: unknown): void } }).testChart.dispatchAction(a),
    action,
  );
}

/** The first dataZoom's window of a chart, as the indexes it starts and ends at. */
export async function chartZoomWindow(page: Page, id: string): Promise<[number, number]> {
  await exposeChart(page, id);
  return page.evaluate(() => {
    const chart = (window as unknown as { testChart: { getOption(): { dataZoom: Record<string, number>[] } } })
      .testChart;
    const zoom = chart.getOption().dataZoom[0]!;
    return [zoom.startValue!, zoom.endValue!];
  });
}

/** The page a test file works in, with the bundled articles imported, and what it logged. */
export interface SeededPage {
  /** The browser, for a file that opens a page of another size too. */
  readonly browser: Browser;
  readonly page: Page;
  /** The built app's address. */
  readonly base: string;
  /** Uncaught page errors so far. */
  readonly errors: string[];
}

/**
 * One browser and one page for every test of a file: opened on the data page in `lang` before
 * them, once the bundled articles are in (9 articles, 7 meetings), closed after them.
 */
export function seededPage(lang: "zh" | "en"): SeededPage {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let opened: { browser: Browser; page: Page; errors: string[]; base: string } | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    const base = inject("baseUrl");
    const { context: created, page, errors } = await openPage(browser, `${base}?view=data&lang=${lang}`);
    context = created;
    opened = { browser, page, errors, base };
    await waitForCounts(page, { articles: 9, meetings: 7 });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });
  const get = () => {
    if (!opened) throw new Error("the page opens before the file's first test");
    return opened;
  };
  return {
    get browser() {
      return get().browser;
    },
    get page() {
      return get().page;
    },
    get base() {
      return get().base;
    },
    get errors() {
      return get().errors;
    },
  };
}

/** From now on, counts each time the chart finishes drawing (`drawsOf` reads the count). */
export async function countDraws(page: Page, id: string): Promise<void> {
  await exposeChart(page, id);
  await page.evaluate((id) => {
    type Chart = { on(event: "finished", handler: () => void): void };
    const w = window as unknown as { testChart: Chart; chartDraws?: Record<string, number> };
    const draws = (w.chartDraws ??= {});
    draws[id] = 0;
    w.testChart.on("finished", () => (draws[id] = (draws[id] ?? 0) + 1));
  }, id);
}

export function drawsOf(page: Page, id: string): Promise<number> {
  return page.evaluate((id) => (window as unknown as { chartDraws: Record<string, number> }).chartDraws[id]!, id);
}

/** A chart's option as ECharts holds it (series, categories, styles), read from the drawn chart. */
export async function chartOption(page: Page, id: string): Promise<EChartsOptionRead> {
  await exposeChart(page, id);
  return page.evaluate(() => {
    const w = window as unknown as { testChart: { getOption(): EChartsOptionRead } };
    return JSON.parse(JSON.stringify(w.testChart.getOption())) as EChartsOptionRead;
  });
}

type Styled = { name?: string; itemStyle?: { color?: string } };
export interface EChartsOptionRead {
  series: (Styled & { categories?: Styled[] })[];
}

/**
 * Where a graph's link between two nodes is drawn, halfway along its curve (CSS pixels on the
 * page): a click there is a click on the link.
 */
export async function drawnLinkMidpoint(
  page: Page,
  id: string,
  source: string,
  target: string,
): Promise<{ x: number; y: number }> {
  await exposeChart(page, id);
  return page.evaluate(
    ([source, target]) => {
      interface Edge {
        node1: { id: string };
        node2: { id: string };
        getGraphicEl(): { childOfName(n: string): LinePath };
      }
      interface LinePath {
        pointAt(t: number): number[];
        getComputedTransform(): number[] | null;
      }
      const w = window as unknown as {
        testChart: { getModel(): { getSeriesByIndex(i: number): { getGraph(): { edges: Edge[] } } } };
        testChartElement: Element;
      };
      const edge = w.testChart
        .getModel()
        .getSeriesByIndex(0)
        .getGraph()
        .edges.find((e) => e.node1.id === source && e.node2.id === target);
      if (!edge) throw new Error(`no link ${source} – ${target}`);
      const line = edge.getGraphicEl().childOfName("line");
      const [x, y] = line.pointAt(0.5) as [number, number];
      const m = line.getComputedTransform() ?? [1, 0, 0, 1, 0, 0];
      const box = w.testChartElement.getBoundingClientRect();
      return { x: box.left + m[0]! * x + m[2]! * y + m[4]!, y: box.top + m[1]! * x + m[3]! * y + m[5]! };
    },
    [source, target] as const,
  );
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "建国明华伟强军平文辉";

/** Files for the file input: one report per file, each with its own meeting, official and day. */
export function reportFiles(count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => {
    const name = `${SURNAMES[i % 20]}${GIVEN[Math.floor(i / 20) % 10]}${GIVEN[(i + 3) % 10]}`;
    const text = `${(i % 12) + 1}月${(i % 27) + 1}日,河南省民政厅召开第${i + 1}次${prefix}专题会议,厅长${name}主持会议并讲话。会议研究部署了今年的重点工作。`;
    return { name: `${prefix}-${i}.txt`, mimeType: "text/plain", buffer: Buffer.from(text) };
  });
}
