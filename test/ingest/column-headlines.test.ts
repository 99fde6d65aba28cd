import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

// An invented newsletter page: every name, place and sentence here is made up for the tests.
const REPORTS: [string, string][] = [
  [
    "松岭市十四届人大一次会议闭幕",
    "大会主席团常务主席、执行主席林一峰主持会议并讲话。林一峰强调,全市上下要勠力同心、勇毅前行,为谱写现代化建设新篇章作出更大贡献。",
  ],
  [
    "市委常委会召开会议",
    "1月16日,市委书记张二明主持召开市委常委会会议,传达学习全省经济工作会议精神,研究部署当前重点工作。",
  ],
  // A teaser cut short, no full stop, before the next headline.
  ["民盟松岭市委全会召开", "2月8日,民盟松岭市委全会在松岭召开,主委王三川"],
  ["市政协召开新老班子交接会", "1月29日,市政协主席赵四海主持召开新老班子交接会,市政协领导出席会议。"],
];

/** Every line cut at a column's width, as a PDF's text layer prints a newsletter's narrow column. */
function column(lines: readonly string[], width: number): string {
  return lines.flatMap((line) => line.match(new RegExp(`.{1,${width}}`, "g")) ?? [""]).join("\n");
}

const titles = (text: string) => parseText(text, { fileName: "newsletter.txt" }).map((a) => a.title);

test("in a PDF's column, a headline shorter than the line under it heads its report: the page's first and one over a dated lead", () => {
  const page = column(REPORTS.flat(), 18);
  expect(titles(page)).toEqual(REPORTS.map(([headline]) => headline));
});

test("a headline after a teaser cut short, with no full stop, still heads the dated report under it", () => {
  const page = column(REPORTS.slice(1).flat(), 16);
  expect(titles(page)).toEqual(REPORTS.slice(1).map(([headline]) => headline));
});

test("a column's lines of one report, none of them a headline, stay one article", () => {
  const lead = REPORTS[1]![1];
  const page = column([lead, "会议强调,要把思想和行动统一到全会精神上来,推动各项工作落地见效。"], 16);
  expect(titles(page)).toEqual([null]);
});
