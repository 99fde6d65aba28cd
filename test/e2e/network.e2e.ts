import { describe, expect, test } from "vitest";
import { openPage } from "./browser";
import { drawnLinks, drawnNodes, seededPage, waitForCounts } from "./helpers";

const app = seededPage("zh");

const drawn = () => app.page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();

describe("focus", () => {
  test("searching a person focuses them: they and the people they met stay, everyone else is dimmed", async () => {
    await app.page.goto(`${app.base}?view=network&lang=zh`);
    await drawn();
    await app.page.getByTestId("person-search").fill("庄严");
    await expect.poll(() => new URL(app.page.url()).searchParams.get("focusPerson")).toBe("山东:庄严");
    await expect.poll(() => app.page.getByTestId("person-panel").getAttribute("aria-label")).toBe("庄严");
    // Everyone stays in the graph: the search no longer hides the people 庄严 met, nor the rest.
    await expect.poll(async () => (await drawnNodes(app.page, "network")).length).toBe(11);
    const nodes = await drawnNodes(app.page, "network");
    const style = (name: string) => nodes.find((n) => n.name === name)?.itemStyle;
    expect(style("庄严")).toEqual({ borderColor: "#fbbf24", borderWidth: 3 });
    for (const met of ["刘渊", "李春田", "刘建武"]) expect(style(met)).toBeNull();
    const dimmed = nodes.filter((n) => n.itemStyle?.opacity !== undefined).map((n) => n.name);
    expect(dimmed.sort()).toEqual(
      nodes
        .map((n) => n.name)
        .filter((n) => !["庄严", "刘渊", "李春田", "刘建武"].includes(n))
        .sort(),
    );
    expect(dimmed).toHaveLength(7);
    const links = await drawnLinks(app.page, "network");
    for (const l of links) {
      const touches = l.source === "山东:庄严" || l.target === "山东:庄严";
      expect(l.opacity, `${l.source} – ${l.target}`).toBe(touches ? 0.6 : 0.05);
    }
  });

  test("clicking a person in the table moves the focus to them and their neighbours", async () => {
    await app.page.goto(`${app.base}?view=network&lang=zh&focusPerson=${encodeURIComponent("山东:庄严")}`);
    await drawn();
    await app.page.getByTestId("table-toggle-network").click();
    await app.page.getByTestId("table-network").getByRole("button", { name: "谢晓军" }).click();
    await app.page.getByTestId("table-toggle-network").click();
    await drawn();
    await expect
      .poll(async () => (await drawnNodes(app.page, "network")).find((n) => n.name === "谢晓军")?.itemStyle)
      .toEqual({ borderColor: "#fbbf24", borderWidth: 3 });
    const nodes = await drawnNodes(app.page, "network");
    expect(nodes.find((n) => n.name === "庄严")?.itemStyle).toEqual({ opacity: 0.2 });
  });
});

describe("fit", () => {
  for (const [width, height] of [
    [390, 844],
    [1280, 860],
  ] as const)
    test(`at ${width}px every node lies inside the chart and the viewport, below the legend`, async () => {
      const phone = await openPage(app.browser, `${app.base}?view=data&lang=en`, { width, height });
      try {
        await waitForCounts(phone.page, { articles: 9 });
        await phone.page.goto(`${app.base}?view=network&lang=en&mentioned=1`);
        await phone.page.locator('[data-testid="chart-network"][data-rendered="true"]').waitFor();
        await phone.page.waitForTimeout(600);
        const chart = (await phone.page.getByTestId("chart-network").boundingBox())!;
        const nodes = await drawnNodes(phone.page, "network");
        expect(nodes.length).toBeGreaterThan(11);
        for (const n of nodes) {
          expect(n.left, n.name).toBeGreaterThanOrEqual(Math.max(0, chart.x));
          expect(n.right, n.name).toBeLessThanOrEqual(Math.min(width, chart.x + chart.width));
          // The legend's strip is the top 40 pixels; nodes start below it.
          expect(n.top, n.name).toBeGreaterThanOrEqual(chart.y + 40);
          expect(n.bottom, n.name).toBeLessThanOrEqual(chart.y + chart.height);
          // Round, not squashed by fitting the graph to a narrow box.
          expect(Math.abs(n.right - n.left - (n.bottom - n.top)), n.name).toBeLessThan(1);
        }
        expect(phone.errors).toEqual([]);
      } finally {
        await phone.context.close();
      }
    });
});

test("no page errors", () => {
  expect(app.errors).toEqual([]);
});
