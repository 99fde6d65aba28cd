/**
 * Names, phrases and keys come from imported documents. Each builder and table takes the text as
 * data: no template is filled in, no markup reaches a tooltip unescaped, no row or series is
 * keyed by the text itself.
 */
import { beforeAll, expect, test } from "vitest";
import { tableCsv } from "../../src/components/csv";
import { networkColumns } from "../../src/features/network/network-columns";
import { networkOption } from "../../src/features/network/to-option";
import { expressionColumns, heatmapColumns, rankingColumns } from "../../src/features/phrases/phrase-columns";
import {
  expressionsOption,
  heatmapOption,
  rankingOption,
  spreadOption,
  trendsOption,
} from "../../src/features/phrases/to-option";
import { provinceColumns } from "../../src/features/provinces/province-columns";
import { mapOption, timelineOption } from "../../src/features/provinces/to-option";
import { loadPinyin } from "../../src/lib/pinyin";

beforeAll(() => loadPinyin());

const MARKUP = "<img src=x onerror=alert(1)>";
const ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";
const HOSTILE = ["month", "__proto__", "hasOwnProperty", "constructor", "{b}{c}", MARKUP];

const stat = (phrase: string, i: number) => ({
  phrase,
  articles: 10 - i,
  provinces: 1,
  first: { date: "2024-03-13", province: "湖北", articleId: `a${i}` },
});
const stats = HOSTILE.map(stat);

test("the phrase ranking draws the phrases as axis categories, as given, and tables them by column", () => {
  const option = rankingOption(stats, "en");
  expect(option.yAxis.data).toEqual([...HOSTILE].reverse());
  expect(option.series.map((s) => s.name)).toEqual(["Articles", "Provinces"]);
  expect(tableCsv(rankingColumns("en"), stats.slice(0, 2), "en")).toBe(
    "\ufeffPhrase,Articles,Provinces,First\r\nmonth,10,1,2024-03-13 Hubei\r\n__proto__,9,1,2024-03-13 Hubei\r\n",
  );
  expect(tableCsv(rankingColumns("zh"), stats.slice(4), "zh")).toBe(
    `\ufeff提法,文章,省份,最早\r\n{b}{c},6,1,2024-03-13 湖北\r\n${MARKUP},5,1,2024-03-13 湖北\r\n`,
  );
});

test("the recurring expressions draw and table any text as given", () => {
  const rows = HOSTILE.map((expression, i) => ({ expression, articles: 9 - i, provinces: 2 }));
  expect(expressionsOption(rows, "zh").yAxis.data).toEqual([...HOSTILE].reverse());
  expect(tableCsv(expressionColumns, rows.slice(3), "en")).toBe(
    `\ufeffExpression,Articles,Provinces\r\nconstructor,6,2\r\n{b}{c},5,2\r\n${MARKUP},4,2\r\n`,
  );
});

test("the trends name their series by position: legend, tooltip and description show the phrases, escaped in HTML", () => {
  const option = trendsOption(
    {
      months: ["2024-01", "2024-02"],
      totals: [10, 10],
      series: HOSTILE.map((phrase, i) => ({ phrase, counts: [i, 1] })),
      undated: 0,
    },
    { scale: "count", focus: null },
  );
  expect(option.series.map((s) => s.name)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `series-${i}`));
  expect(option.series.map((s) => option.legend.formatter(s.name))).toEqual(HOSTILE);
  expect(option.aria.label.description).toBe(
    `month: 1; __proto__: 2; hasOwnProperty: 3; constructor: 4; {b}{c}: 5; ${MARKUP}: 6`,
  );
  type Params = Parameters<typeof option.tooltip.formatter>[0];
  const params = HOSTILE.map((_, i) => ({ dataIndex: 1, seriesIndex: i, value: 1, marker: "" }));
  expect(option.tooltip.formatter(params as Params)).toBe(
    `2024-02<br/>month: 1<br/>__proto__: 1<br/>hasOwnProperty: 1<br/>constructor: 1<br/>{b}{c}: 1<br/>${ESCAPED}: 1`,
  );
});

test("the heatmap draws the phrases as rows; a cell's tooltip and the table name phrase and province", () => {
  const heat = {
    phrases: HOSTILE,
    provinces: ["湖北", MARKUP],
    cells: [
      [0, 5, 2],
      [1, 4, 1],
      [0, 1, 3],
    ] as [number, number, number][],
  };
  const option = heatmapOption(heat, "en");
  expect(option.yAxis.data).toEqual(HOSTILE);
  expect(option.xAxis.data).toEqual(["Hubei", MARKUP]);
  type Params = Parameters<typeof option.tooltip.formatter>[0];
  const tooltip = (dataIndex: number) => option.tooltip.formatter({ dataIndex } as Params);
  expect([0, 1, 2].map(tooltip)).toEqual([
    `${ESCAPED}<br/>Hubei: 2`,
    `{b}{c}<br/>${ESCAPED}: 1`,
    "__proto__<br/>Hubei: 3",
  ]);
  expect(tableCsv(heatmapColumns(heat, "en"), heat.cells, "en")).toBe(
    `\ufeffPhrase,Province,Articles\r\n${MARKUP},Hubei,2\r\n{b}{c},${MARKUP},1\r\n__proto__,Hubei,3\r\n`,
  );
});

test("the spread's tooltip escapes what it names", () => {
  const option = spreadOption(
    [
      { province: MARKUP, date: "2024-03" },
      { province: "{b}{c}", date: "2024-04" },
    ],
    "en",
  );
  expect(option.yAxis.data).toEqual([MARKUP, "{b}{c}"]);
  type Params = Parameters<typeof option.tooltip.formatter>[0];
  expect(option.tooltip.formatter({ dataIndex: 0 } as Params)).toBe(`${ESCAPED}: 2024-03`);
  expect(option.tooltip.formatter({ dataIndex: 1 } as Params)).toBe("{b}{c}: 2024-04");
});

test("the network's tooltips escape a person's name; its table lists the name as given", () => {
  const nodes = HOSTILE.map((name, i) => ({
    id: `湖北:${name}`,
    name,
    province: "湖北",
    meetings: i + 1,
    mentions: 0,
    mentionedOnly: false,
    community: 0,
    x: i,
    y: 0,
  }));
  const [series] = networkOption({ nodes, edges: [], total: nodes.length, matches: [] }, "zh", "province", null).series;
  expect(series!.data.map((n) => n.name)).toEqual(HOSTILE);
  expect(series!.data.map((n) => n.tooltip.formatter())).toEqual([
    "month<br/>会议: 1",
    "__proto__<br/>会议: 2",
    "hasOwnProperty<br/>会议: 3",
    "constructor<br/>会议: 4",
    "{b}{c}<br/>会议: 5",
    `${ESCAPED}<br/>会议: 6`,
  ]);
  expect(tableCsv(networkColumns("zh"), nodes.slice(4), "zh")).toBe(
    `\ufeff人物,省份,会议,被提及\r\n{b}{c},湖北,5,0\r\n${MARKUP},湖北,6,0\r\n`,
  );
});

test("the map's tooltip is the region's name, escaped, and its meetings (0 for none)", () => {
  const rows = [{ province: "江苏", meetings: 2, articles: 3 }];
  const option = mapOption(rows, "en", []);
  type Params = Parameters<typeof option.tooltip.formatter>[0];
  expect(option.tooltip.formatter({ name: "Jiangsu", value: 2 } as Params)).toBe("Jiangsu: 2");
  expect(option.tooltip.formatter({ name: MARKUP, value: NaN } as Params)).toBe(`${ESCAPED}: 0`);
  expect(option.tooltip.formatter({ name: "{b}", value: 1 } as Params)).toBe("{b}: 1");
  const odd = [{ province: "hasOwnProperty", meetings: 1, articles: 1 }];
  expect(tableCsv(provinceColumns("en"), odd, "en")).toBe("\ufeffProvince,Meetings,Reports\r\nhasOwnProperty,1,1\r\n");
});

test("the timeline names its series by position whatever its keys", () => {
  const option = timelineOption(
    { months: ["2024-03"], series: HOSTILE.map((key, i) => ({ key, counts: [i] })), undated: 0 },
    "en",
    "meetingType",
  );
  expect(option.series.map((s) => [s.name, option.legend.formatter(s.name)])).toEqual(
    HOSTILE.map((key, i) => [`series-${i}`, key]),
  );
  type Params = Parameters<typeof option.tooltip.formatter>[0];
  expect(option.tooltip.formatter([{ dataIndex: 0, seriesIndex: 5, value: 5, marker: "" }] as Params)).toBe(
    `2024-03<br/>${ESCAPED}: 5`,
  );
});
