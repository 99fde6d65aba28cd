/**
 * Corrections in the reader reach every view: a corrected province moves the meeting on the map,
 * two people made one join in the network, both survive a parser change, a correction whose
 * target is gone is listed as orphaned on the Data page, and Undo there brings the parser's back.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { chartOption, drawnLinks, drawnNodes, exportCsv, seededPage } from "./helpers";

const app = seededPage("zh");

const JILIN = "6b32081377849dc3-2";
const SHANDONG = "8b0b99d99ee9537f-0";
const XIE = "江苏:谢晓军";

/** The map's provinces with their meeting counts, as drawn now. */
async function readMap(): Promise<Record<string, number>> {
  const option = (await chartOption(app.page, "provinces-map")) as unknown as {
    series: { data: { name: string; value: number }[] }[];
  };
  return Object.fromEntries(option.series[0]!.data.map((d) => [d.name, d.value]));
}

/**
 * Opens the map and waits until it shows `want` (the first draw can come from counts stored
 * before the worker answers), then returns its counts.
 */
async function mapCounts(want: Record<string, number | undefined>): Promise<Record<string, number>> {
  await app.page.goto(`${app.base}?view=provinces&lang=zh`);
  await app.page.locator('[data-testid="chart-provinces-map"][data-rendered="true"]').waitFor();
  const shows = async () => {
    const counts = await readMap().catch(() => ({}) as Record<string, number>);
    return Object.entries(want).every(([province, n]) => counts[province] === n);
  };
  await expect.poll(shows, { timeout: 10_000 }).toBe(true);
  return readMap();
}

async function network(): Promise<{ nodes: string[]; xieLinks: string[] }> {
  await app.page.goto(`${app.base}?view=network&lang=zh`);
  await app.page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
  const nodes = (await drawnNodes(app.page, "network")).map((n) => n.name).sort();
  const links = await drawnLinks(app.page, "network");
  const xieLinks = links.flatMap((l) => (l.source === XIE ? [l.target] : l.target === XIE ? [l.source] : [])).sort();
  return { nodes, xieLinks };
}

async function openReader(id: string) {
  await app.page.goto(`${app.base}?view=articles&lang=zh&article=${id}`);
  await app.page.getByTestId("article-reader").waitFor();
  await app.page.getByTestId("correct-toggle").click();
}

/** Sets a value in the page's IndexedDB, as an older version of the app would have left it. */
async function putRecord(store: string, record: Record<string, unknown>) {
  await app.page.evaluate(
    ({ store, record }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("tifa");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, "readwrite");
          tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, record },
  );
}

/** An article's slim row, as stored in its document's record. */
async function readArticleRow(id: string): Promise<Record<string, unknown> | undefined> {
  return app.page.evaluate(
    (id) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open("tifa");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction("documentRows").objectStore("documentRows").getAll();
          all.onsuccess = () => {
            open.result.close();
            const records = all.result as { articles: Record<string, unknown>[] }[];
            resolve(records.flatMap((r) => r.articles).find((a) => a.id === id));
          };
          all.onerror = () => reject(all.error);
        };
      }),
    id,
  );
}

async function readRecord(store: string, key: string): Promise<Record<string, unknown> | undefined> {
  return app.page.evaluate(
    ({ store, key }) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open("tifa");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Record<string, unknown> | undefined);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { store, key },
  );
}

/** Serious or critical axe-core violations on the page as it is (run through the devtools protocol: the CSP refuses injected scripts). */
async function axeViolations(axe: string): Promise<string[]> {
  await app.page.evaluate(axe);
  return app.page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const result = await (window as unknown as { axe: { run: (o: unknown) => Promise<Result> } }).axe.run({
      resultTypes: ["violations"],
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

describe("corrections", () => {
  test("a province corrected in the reader moves the meeting on the map", async () => {
    await mapCounts({ 吉林: 1, 河南: undefined });
    await openReader(JILIN);
    await app.page.getByTestId("correction-author").fill("分析员甲");
    await app.page.getByTestId("edit-province").click();
    await app.page.getByTestId("fact-input-province").selectOption("河南");
    await app.page.getByTestId("fact-save").click();
    const fact = app.page.getByTestId("fact-province");
    await expect.poll(() => fact.getByTestId("corrected-badge").getAttribute("title")).toBe("原为：吉林");
    expect(await fact.textContent()).toBe("河南已更正 (原为：吉林)✎");
    await mapCounts({ 河南: 1, 吉林: undefined });
    // The map's table and CSV mark the corrected article, in a column to filter on.
    const csv = (await exportCsv(app.page, "provinces-map")).split("\r\n");
    expect(csv[1]).toBe("省份,会议,报道,已更正");
    expect(csv).toContain("河南,1,1,1");
    expect(csv).toContain("山东,1,3,0");
  });

  test("two people made one in the reader are one node in the network, with the links of both", async () => {
    const before = await network();
    expect(before.xieLinks).toEqual(["江苏:张政文", "江苏:戚锡生"].sort());
    expect(before.nodes.filter((n) => n === "刘渊")).toHaveLength(1);
    await openReader(SHANDONG);
    await app.page.getByTestId("reader-people").locator("li", { hasText: "刘渊" }).getByTestId("edit-person").click();
    await app.page.getByTestId("same-person-search").fill("谢晓军");
    await app.page.getByTestId("same-person-choices").getByRole("button", { name: "谢晓军 (江苏)" }).click();
    await expect
      .poll(async () => (await app.page.getByTestId("correcting-hint").textContent())?.endsWith("…"))
      .toBe(false);
    const after = await network();
    expect(after.nodes).toHaveLength(before.nodes.length - 1);
    expect(after.nodes).not.toContain("刘渊");
    expect(after.xieLinks).toEqual(["山东:刘建武", "山东:庄严", "山东:李春田", "江苏:张政文", "江苏:戚锡生"].sort());
  });

  test("corrections survive a parser change: the database is derived again and they still apply", async () => {
    await putRecord("meta", { key: "parserVersion", value: "an older parser" });
    await app.page.goto(`${app.base}?view=data&lang=zh`);
    await expect.poll(async () => (await readRecord("meta", "parserVersion"))?.value).not.toBe("an older parser");
    await mapCounts({ 河南: 1, 吉林: undefined });
    expect((await network()).xieLinks).toHaveLength(5);
    await openReader(JILIN);
    expect(await app.page.getByTestId("fact-province").getByTestId("corrected-badge").count()).toBe(1);
  });

  test("a correction whose text is no longer in the article is listed as orphaned on the Data page", async () => {
    const row = await readArticleRow(SHANDONG);
    await putRecord("corrections", {
      id: "orphan-1",
      createdAt: Date.UTC(2026, 0, 1),
      author: "",
      documentId: row!.documentId,
      articleIndex: 0,
      change: { kind: "addPerson", name: "王小二", role: "出席", titles: [], start: 10, end: 13 },
    });
    await app.page.goto(`${app.base}?view=data&lang=zh`);
    const list = app.page.getByTestId("corrections");
    await expect.poll(() => list.getByTestId("correction").count()).toBe(3);
    const orphan = list.getByTestId("correction").filter({ hasText: "王小二" });
    expect(await orphan.getAttribute("data-orphaned")).toBe("true");
    expect(await orphan.getByTestId("orphaned").textContent()).toBe("失效");
    expect(await list.locator('[data-orphaned="false"]').count()).toBe(2);
  });

  test("the correction controls and the corrections list have no serious accessibility violation (axe-core)", async () => {
    const axe = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
    for (const query of ["lang=zh", "lang=en&theme=dark"]) {
      await app.page.goto(`${app.base}?view=articles&article=${JILIN}&${query}`);
      await app.page.getByTestId("article-reader").waitFor();
      await app.page.getByTestId("correct-toggle").click();
      await app.page.getByTestId("edit-date").click();
      await app.page.getByTestId("reader-people").getByTestId("edit-person").first().click();
      await app.page.getByTestId("same-person-search").fill("谢");
      await app.page.getByTestId("same-person-choices").waitFor();
      expect({ query, violations: await axeViolations(axe) }).toEqual({ query, violations: [] });
      await app.page.goto(`${app.base}?view=data&${query}`);
      await app.page.getByTestId("correction").first().waitFor();
      expect({ query, violations: await axeViolations(axe) }).toEqual({ query, violations: [] });
    }
  });

  test("Undo on the Data page brings back what the parser read, on the map and in the network", async () => {
    await app.page.goto(`${app.base}?view=data&lang=zh`);
    const list = app.page.getByTestId("corrections");
    await expect.poll(() => list.getByTestId("correction").count()).toBe(3);
    expect(await list.getByTestId("correction").filter({ hasText: "省份" }).textContent()).toContain(
      "省份：吉林 → 河南撤销",
    );
    expect(await list.getByTestId("correction").filter({ hasText: "省份" }).textContent()).toContain("· 分析员甲");
    await list.getByTestId("correction").filter({ hasText: "省份" }).getByTestId("undo-correction").click();
    await expect.poll(() => list.getByTestId("correction").count()).toBe(2);
    await list.getByTestId("correction").filter({ hasText: "同一人" }).getByTestId("undo-correction").click();
    await expect.poll(() => list.getByTestId("correction").count()).toBe(1);
    await mapCounts({ 吉林: 1, 河南: undefined });
    expect((await network()).xieLinks).toEqual(["江苏:张政文", "江苏:戚锡生"].sort());
    expect(app.errors).toEqual([]);
  });

  test("from the keyboard: ✎ opens the form with its field focused, Enter saves, Esc leaves", async () => {
    await openReader(JILIN);
    await app.page.getByTestId("edit-meetingType").focus();
    await app.page.keyboard.press("Enter");
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("fact-input-meetingType");
    await app.page.keyboard.press("Escape");
    await expect.poll(() => app.page.getByTestId("fact-input-meetingType").count()).toBe(0);
    await app.page.getByTestId("edit-date").focus();
    await app.page.keyboard.press("Enter");
    await app.page.keyboard.press("ControlOrMeta+a");
    await app.page.keyboard.type("2023-10-23");
    await app.page.keyboard.press("Enter");
    const fact = app.page.getByTestId("fact-date");
    await expect
      .poll(() => fact.getByTestId("corrected-badge").getAttribute("title"))
      .toBe("原为：10月23日（年份不详）");
  });
});
