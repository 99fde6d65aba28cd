import { expect, test } from "vitest";
import { tableCsv } from "../../src/components/csv";
import {
  csvHeaderLine,
  estimateWidth,
  exportContext,
  filtersInWords,
  imageHeader,
  wrapText,
} from "../../src/components/export-context";
import { svgDocument } from "../../src/components/chart-image";
import { NO_FILTERS, type Filters } from "../../src/model/filters";

const NOW = new Date("2026-11-27T07:30:00.000Z");
const filters: Filters = {
  ...NO_FILTERS,
  from: "2024-01",
  provinces: ["山东", "江苏"],
  phrases: ["两个确立"],
  dating: ["undated"],
};

test("the filters in words, in the reader's language; none when nothing narrows", () => {
  expect(filtersInWords(filters, "en")).toBe(
    "from 2024-01; Province: Shandong, Jiangsu; Phrase: 两个确立; Date: no date or year",
  );
  expect(filtersInWords(filters, "zh")).toBe("自 2024-01; 省份：山东, 江苏; 提法：两个确立; 日期：无日期或年份不详");
  expect(filtersInWords(NO_FILTERS, "en")).toBe("none");
  expect(filtersInWords(NO_FILTERS, "zh")).toBe("无");
});

test("a CSV opens with one comment line naming the chart, the filters and the time", () => {
  const context = exportContext("Trends", { ...NO_FILTERS, provinces: ["山东"] }, 9, NOW, "en");
  const rows = [{ phrase: "=HYPERLINK(1)", n: 2 }];
  const columns = [
    { label: { zh: "提法", en: "Phrase" }, value: (r: (typeof rows)[number]) => r.phrase },
    { label: { zh: "文章", en: "Articles" }, value: (r: (typeof rows)[number]) => r.n, numeric: true },
  ];
  expect(tableCsv(columns, rows, "en", csvHeaderLine(context))).toBe(
    "\ufeff# Tifa export · Trends · filters: Province: Shandong · 2026-11-27T07:30:00.000Z\r\n" +
      "Phrase,Articles\r\n" +
      `"'=HYPERLINK(1)",2\r\n`,
  );
});

test("filter values are imported text: the comment line stays one cell that opens with #", () => {
  const context = exportContext("提法走势", { ...NO_FILTERS, phrases: ['=cmd|"/c calc"', "a,b"] }, 9, NOW, "zh");
  expect(csvHeaderLine(context)).toBe(
    `"# Tifa export · 提法走势 · filters: 提法：=cmd|""/c calc"", a,b · 2026-11-27T07:30:00.000Z"`,
  );
});

test("an image's header: the title, the filters, then source and date", () => {
  const context = exportContext("Trends", NO_FILTERS, 9, NOW, "en");
  expect(imageHeader(context, "en")).toEqual({
    title: "Trends",
    lines: ["Filters: none", "Tifa · 9 articles · exported 2026-11-27 07:30 UTC"],
  });
  expect(imageHeader(exportContext("提法走势", NO_FILTERS, 9, NOW, "zh"), "zh").lines).toEqual([
    "筛选：无",
    "Tifa · 9 篇文章 · 导出于 2026-11-27 07:30 UTC",
  ]);
});

test("long header lines wrap rather than being cut", () => {
  expect(wrapText("百县千镇万村高质量发展工程", 5 * 12, (t) => estimateWidth(t, 12))).toEqual([
    "百县千镇万",
    "村高质量发",
    "展工程",
  ]);
  expect(wrapText("", 100, (t) => t.length)).toEqual([]);
});

test("the SVG export holds the header as escaped text above the chart's own SVG", () => {
  const svg = svgDocument(
    { title: "<Trends>", lines: ["Filters: none", "Tifa · 9 articles"] },
    '<?xml version="1.0"?><svg width="300" height="200"></svg>',
    300,
    200,
    false,
  );
  expect(svg).toContain(">&lt;Trends&gt;</text>");
  expect(svg).toContain(">Tifa · 9 articles</text>");
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="300" height="280"/);
  expect(svg).toContain('<g transform="translate(0 80)"><svg width="300" height="200"></svg></g>');
});
