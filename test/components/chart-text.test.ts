import { expect, test } from "vitest";
import {
  axisTooltip,
  escapeHtml,
  itemTooltip,
  legendLabels,
  seriesAria,
  seriesName,
} from "../../src/components/chart-text";

const MARKUP = "<img src=x onerror=alert(1)>";
type Params = Extract<Parameters<ReturnType<typeof itemTooltip>>[0], { dataIndex: number }>;
const param = (p: { dataIndex: number; seriesIndex?: number; value?: number; marker?: string }) => p as Params;

test("HTML special characters become entities; templates and prototype names stay text", () => {
  expect(escapeHtml(MARKUP)).toBe("&lt;img src=x onerror=alert(1)&gt;");
  expect(escapeHtml(`"a" & 'b'`)).toBe("&quot;a&quot; &amp; &#39;b&#39;");
  expect(["{b}{c}", "__proto__", "month"].map(escapeHtml)).toEqual(["{b}{c}", "__proto__", "month"]);
});

test("series are named by position, and the legend shows their labels", () => {
  const labels = ["hasOwnProperty", "__proto__", "{b}{c}"];
  const legend = legendLabels(labels);
  expect([0, 1, 2].map(seriesName)).toEqual(["series-0", "series-1", "series-2"]);
  expect([0, 1, 2].map((i) => legend(seriesName(i)))).toEqual(labels);
  expect(legend("hasOwnProperty")).toBe("");
});

test("an item tooltip escapes each line and joins them as HTML lines; no item, no tooltip", () => {
  const tooltip = itemTooltip((i) => (i === 0 ? [MARKUP, "{b}: {c}"] : null));
  expect(tooltip(param({ dataIndex: 0 }))).toBe("&lt;img src=x onerror=alert(1)&gt;<br/>{b}: {c}");
  expect(tooltip([param({ dataIndex: 0 })])).toBe("&lt;img src=x onerror=alert(1)&gt;<br/>{b}: {c}");
  expect(tooltip(param({ dataIndex: 1 }))).toBe("");
  expect(tooltip([])).toBe("");
});

test("an axis tooltip gives the category, then each series' marker, escaped label and value", () => {
  const tooltip = axisTooltip(["2024-01", "<b>"], ["month", MARKUP]);
  expect(
    tooltip([
      param({ dataIndex: 1, seriesIndex: 0, value: 2, marker: "<i>•</i>" }),
      param({ dataIndex: 1, seriesIndex: 1, value: 0 }),
    ]),
  ).toBe("&lt;b&gt;<br/><i>•</i>month: 2<br/>&lt;img src=x onerror=alert(1)&gt;: 0");
});

test("the screen-reader text lists each label with its total", () => {
  expect(seriesAria(["{b}", "__proto__"], [[1, 2], [0]])).toEqual({
    enabled: true,
    label: { description: "{b}: 3; __proto__: 0" },
  });
});
