/**
 * Text from imported documents on its way into a chart. ECharts keeps series by name in plain
 * objects (the palette's colour for each name, the legend's selection), where a series called
 * "hasOwnProperty" replaces the very method those objects are read with. So a series whose name
 * would be such text is named by its position and labelled through the legend's formatter. And a
 * tooltip the app writes is a function returning HTML with every text escaped, never a template
 * string like "{b}: {c}" that ECharts would fill in (and fill in again with what it inserted).
 */
import { format } from "echarts/core";
import type { DefaultLabelFormatterCallbackParams } from "echarts";

type Params = DefaultLabelFormatterCallbackParams;

/** Text as HTML: `<`, `>`, `&` and quotes as entities. */
export const escapeHtml = (text: string): string => format.encodeHTML(text);

/** The name ECharts knows the i-th series by: its position, never its text. */
export function seriesName(i: number): string {
  return `series-${i}`;
}

/** A legend formatter that shows each series' label in place of its positional name. */
export function legendLabels(labels: readonly string[]): (name: string) => string {
  const byName = new Map(labels.map((label, i): [string, string] => [seriesName(i), label]));
  return (name) => byName.get(name) ?? "";
}

/** The first of a tooltip's parameters (an axis tooltip gets one per series). */
const first = (params: Params | Params[]): Params | undefined => (Array.isArray(params) ? params[0] : params);

/** A series' colour dot, as ECharts draws it in front of a tooltip line. */
const marker = (p: Params): string => (typeof p.marker === "string" ? p.marker : "");

/**
 * An item tooltip: the lines `lines(dataIndex)` gives for the item under the pointer, each escaped.
 * Nothing (no tooltip) for an item without lines.
 */
export function itemTooltip(lines: (dataIndex: number) => readonly string[] | null) {
  return (params: Params | Params[]): string => {
    const p = first(params);
    return (p ? lines(p.dataIndex) : null)?.map(escapeHtml).join("<br/>") ?? "";
  };
}

/** An axis tooltip: the category, then one line per series with its marker, label and value; text escaped. */
export function axisTooltip(categories: readonly string[], labels: readonly string[]) {
  return (params: Params | Params[]): string => {
    const all = Array.isArray(params) ? params : [params];
    const head = escapeHtml(categories[first(params)?.dataIndex ?? -1] ?? "");
    const lines = all.map(
      (p) =>
        `${marker(p)}${escapeHtml(labels[p.seriesIndex ?? -1] ?? "")}: ${escapeHtml(p.value == null ? "–" : String(p.value))}`,
    );
    return [head, ...lines].join("<br/>");
  };
}

/** The screen-reader text of series over an axis: each label with its total (as plain text, never a template). */
export function seriesAria(labels: readonly string[], counts: readonly (readonly number[])[]) {
  const total = (i: number) => (counts[i] ?? []).reduce((a, b) => a + b, 0);
  return { enabled: true, label: { description: labels.map((label, i) => `${label}: ${total(i)}`).join("; ") } };
}
