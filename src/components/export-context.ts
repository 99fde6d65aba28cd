/**
 * What an exported chart carries with it, so a PNG, SVG or CSV read weeks later still says what
 * it shows: the chart's title, the filters in words, the source and the export time. Pure: the
 * frame supplies the clock and the article count.
 */
import { meetingTypeLabel, personLabel, pick, provinceLabel, type Text } from "../lib/i18n";
import type { Lang } from "../lib/url-state";
import type { Filters } from "../model/filters";
import { nameOfPerson } from "../model/person-id";
import { csvCell } from "./csv";

export interface ExportContext {
  title: string;
  /** The filters in words ("Province: Shandong; from 2024-01"), or "none". */
  filters: string;
  /** "Tifa · 9 articles". */
  source: string;
  /** When the file was made, ISO 8601 (UTC). */
  time: string;
}

const KIND: Record<"provinces" | "meetingTypes" | "people" | "phrases" | "dating", Text> = {
  provinces: { zh: "省份", en: "Province" },
  meetingTypes: { zh: "类型", en: "Type" },
  people: { zh: "人物", en: "Person" },
  phrases: { zh: "提法", en: "Phrase" },
  dating: { zh: "日期", en: "Date" },
};

/** The filters as a reader would say them, in the schema's order; "none" when nothing narrows. */
export function filtersInWords(filters: Filters, lang: Lang): string {
  const parts: string[] = [];
  if (filters.from) parts.push(`${pick(lang, { zh: "自", en: "from" })} ${filters.from}`);
  if (filters.to) parts.push(`${pick(lang, { zh: "至", en: "to" })} ${filters.to}`);
  const lists: [keyof typeof KIND, (value: string) => string][] = [
    ["provinces", (v) => provinceLabel(v, lang)],
    ["meetingTypes", (v) => meetingTypeLabel(v, lang)],
    ["people", (v) => personLabel(nameOfPerson(v), lang)],
    ["phrases", (v) => v],
    ["dating", (v) => (v === "undated" ? pick(lang, { zh: "无日期或年份不详", en: "no date or year" }) : v)],
  ];
  const colon = pick(lang, { zh: "：", en: ": " });
  for (const [key, label] of lists)
    if (filters[key].length) parts.push(`${pick(lang, KIND[key])}${colon}${filters[key].map(label).join(", ")}`);
  return parts.length ? parts.join("; ") : pick(lang, { zh: "无", en: "none" });
}

export function exportContext(
  title: string,
  filters: Filters,
  articles: number | null,
  now: Date,
  lang: Lang,
): ExportContext {
  const count = articles === null ? "" : pick(lang, { zh: ` · ${articles} 篇文章`, en: ` · ${articles} articles` });
  return { title, filters: filtersInWords(filters, lang), source: `Tifa${count}`, time: now.toISOString() };
}

/**
 * The CSV's first line, one cell that starts with "#": `# Tifa export · <chart> · filters: … · <time>`.
 * Filter values are imported text; as one cell opening with "#" no spreadsheet reads them as a formula.
 */
export function csvHeaderLine(context: ExportContext): string {
  return csvCell(`# Tifa export · ${context.title} · filters: ${context.filters} · ${context.time}`);
}

/** The lines above an exported image: title, filters, then source and date. */
export function imageHeader(context: ExportContext, lang: Lang): { title: string; lines: string[] } {
  const date = context.time.slice(0, 16).replace("T", " ");
  return {
    title: context.title,
    lines: [
      `${pick(lang, { zh: "筛选：", en: "Filters: " })}${context.filters}`,
      `${context.source} · ${pick(lang, { zh: "导出于", en: "exported" })} ${date} UTC`,
    ],
  };
}

/** Breaks text into lines no wider than `width`, by the given measure; a line holds at least one character. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of text) {
    if (line && measure(line + char) > width) {
      lines.push(line);
      line = "";
    }
    line += char;
  }
  if (line) lines.push(line);
  return lines;
}

/** A width estimate for SVG text (no canvas to measure with): CJK a full em, everything else about half. */
export function estimateWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.56;
  return em * fontSize;
}
