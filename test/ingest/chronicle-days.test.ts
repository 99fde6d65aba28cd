import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { CHRONICLE_BODIES } from "./invented-chronicle";

const BODIES = CHRONICLE_BODIES;
const dates = (text: string) => parseText(text, { fileName: "chronicle.txt" }).map((a) => a.date);

describe("a chronicle's entries of a day alone, under an entry that names the month", () => {
  test("each day (26日…) opens an entry of its own in the month of the entry before", () => {
    const page = [
      "松岭县2011年大事记",
      `1月5日${BODIES[0]}`,
      `2月18日${BODIES[1]}`,
      `26日${BODIES[2]}`,
      `28日${BODIES[3]}`,
      `3月1日${BODIES[4]}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2011-01-05", "2011-02-18", "2011-02-26", "2011-02-28", "2011-03-01"]);
  });
});

describe("a chronicle whose dates stand on lines of their own, with the weekday", () => {
  const page = (mark: string) =>
    [
      `${mark}3月1日(星期二)`,
      BODIES[0],
      `${mark}3月2日(星期三)`,
      BODIES[1],
      `${mark}3月8日(星期二)`,
      BODIES[2],
      BODIES[3],
      "会议强调,要切实抓好各项工作的落实,确保取得实效。",
      `${mark}3月10日(星期四)`,
      `县政协召开2011年第一次主席会议,${BODIES[4]}`,
    ].join("\n");
  test("each paragraph under a date is an entry of that day; one that goes on (会议强调…) stays in it", () => {
    const articles = parseText(page("△"), { fileName: "chronicle.txt" });
    expect(articles.map((a) => a.date)).toEqual(["2011-03-01", "2011-03-02", "2011-03-08", "2011-03-08", "2011-03-10"]);
    expect(articles[3]!.text).toContain("会议强调");
  });
  test("without a mark before the date", () => {
    expect(dates(page(""))).toEqual(["2011-03-01", "2011-03-02", "2011-03-08", "2011-03-08", "2011-03-10"]);
  });
  test("a report with one date line over its text is one article", () => {
    const report = ["3月8日(星期二)", BODIES[2], BODIES[3], "会议强调,要切实抓好各项工作的落实,确保取得实效。"].join(
      "\n",
    );
    expect(parseText(report).length).toBe(1);
  });
});

test("the chronicle's own title names whose it is: its entries that name no place are that place's", () => {
  const page = [
    "宁都县大事记(2011年)",
    `1月5日${BODIES[0]}`,
    "1月9日县委常委会召开会议,传达学习甘肃省定西市地震灾害情况的通报,向甘肃灾区捐款捐物,研究部署本县安全生产工作。",
    `2月3日${BODIES[2]}`,
  ].join("\n");
  const provinces = parseText(page).map((a) => a.province);
  expect([provinces[0], provinces[2]]).toEqual(["江西", "江西"]);
});

test("a chronicle's entry that names leaders bare (宋立安主持会议) knows them from the entries that gave their titles", () => {
  const page = [
    "松岭市政府工作要事记",
    "(2031年5月)",
    "1日,松岭市召开全市春耕生产工作会议。市委书记高文远,市长宋立安,副市长钟明达出席会议。",
    "2日,松岭市防汛工作领导小组会议召开,研究部署防汛工作。宋立安主持会议,高文远讲话,钟明达等出席会议。",
    "△  宋立安主持召开招商引资情况汇报会,对下一步重点任务作出安排。",
  ].join("\n");
  const people = parseText(page).map((a) => a.people.map((p) => [p.name, p.role]));
  expect(people).toEqual([
    [
      ["高文远", "出席"],
      ["宋立安", "出席"],
      ["钟明达", "出席"],
    ],
    [
      ["宋立安", "主持"],
      ["高文远", "讲话"],
      ["钟明达", "出席"],
    ],
    [["宋立安", "主持"]],
  ]);
});

test("an entry whose host is the province's body named bare (省委常委会) is the page's province, whatever places it studies", () => {
  const page = [
    "中共江西省委史志研究室",
    "1 日 省委书记高文远主持召开省委常委会会议,传达学习总书记对湖南省岳阳市华容县洪涝灾害重要指示精神,听取长沙市、株洲市对口协作情况汇报。宋立安、钟明达出席会议。",
    "2 日 省长宋立安主持召开省政府常务会议,研究部署春耕生产工作。",
    "3 日 省委副书记钟明达到基层调研乡村振兴工作。",
  ].join("\n");
  expect(parseText(page).map((a) => a.province)).toEqual(["江西", "江西", "江西"]);
});

test("a two-character leader's name written bare opening a clause before its verb (,林峰作动员部署) is known from the other entries; inside words it is not", () => {
  const page = [
    "3月",
    "4日 全省春耕生产推进会召开。省委书记高文远出席并讲话,林峰作动员部署。",
    "7日 省长林峰主持召开省政府常务会议,研究部署防汛工作。",
    "9日 省政府召开座谈会,听取林峰工业园区建设情况汇报。",
  ].join("\n");
  const people = parseText(page, { fileName: "chronicle.txt" }).map((a) => a.people.map((p) => [p.name, p.role]));
  expect(people).toEqual([
    [
      ["高文远", "讲话"],
      ["林峰", "讲话"],
    ],
    [["林峰", "主持"]],
    [],
  ]);
});

describe("a yearbook's month page, its lines wrapped at a fixed width", () => {
  const wrap = (text: string) => text.match(/.{1,34}/g)!.join("\n");
  const page = [
    "1月",
    "",
    "Original URL: http://example.org/yearbook?rec=2",
    "",
    wrap(`1日 ${BODIES[0]}2031年是全县实现全面小康的关键一年,全县上下要继续抓好各项工作的落实。`),
    wrap(`△ ${BODIES[2]}`),
    wrap(`△ ${BODIES[3]}`),
  ].join("\n");
  test("its one day after a blank line opens the entries, △ entries of the same day follow, dated by the one year the page names", () => {
    expect(dates(page)).toEqual(["2031-01-01", "2031-01-01", "2031-01-01"]);
  });
  test("a page that names two years leaves the entries' year unknown", () => {
    expect(dates(page.replace("关键一年", "关键一年(2030年已完成规划)"))).toEqual(["--01-01", "--01-01", "--01-01"]);
  });
});

describe("a month's chronicle whose entries open with their day's number alone", () => {
  const page = (separator: string) =>
    [
      "首页>>松岭县大事记",
      "2031年7月份大事记",
      "重要会议",
      `3${separator}${BODIES[0]}`,
      `12${separator}${BODIES[1]}`,
      `25${separator}${BODIES[2]}`,
    ].join("\n\n");
  test("each number opens an entry of that day of the month the title names", () => {
    const articles = parseText(page(" "), { fileName: "chronicle.txt" });
    expect(articles.map((a) => a.date)).toEqual(["2031-07-03", "2031-07-12", "2031-07-25"]);
    expect(articles[1]!.text.startsWith(BODIES[1]!.slice(0, 10))).toBe(true);
  });
  test("with no space after the number", () => {
    expect(dates(page(""))).toEqual(["2031-07-03", "2031-07-12", "2031-07-25"]);
  });
  test("numbers out of the month's order are not days: the page is one article", () => {
    const shuffled = ["2031年7月份大事记", `12 ${BODIES[0]}`, `3 ${BODIES[1]}`].join("\n\n");
    expect(parseText(shuffled).length).toBe(1);
  });
});

test("a month's chronicle under a site's search box and date, its days on lines of their own, one a range without 日", () => {
  const page = [
    "日期:",
    "2031年11月25日 星期一",
    "数字方志馆搜索:",
    "当前位置: 首页 >> 松岭大事记 >> 1955年 >> 1955年7月大事记",
    "",
    "1955年7月大事记",
    "",
    "3日",
    "",
    "  松岭县第一届人民代表大会第二次会议选举组成松岭县人民委员会,选出甲一平任县长。",
    "",
    "13日",
    "",
    "  松岭县长桥民船运输合作社成立,为全省第一个水上木帆船运输合作化组织。",
    "",
    "28—31",
    "",
    "  县委召开区委书记会议,传达和讨论地委会议精神,对秋前的生产工作作了部署。",
    "",
    "电话:0512-63016908  传真:0512-63016927",
    "地址:松岭市中山南路1979号 邮编:215200",
  ].join("\n");
  expect(parseText(page).map((a) => [a.date, a.text.split("\n")[0]])).toEqual([
    ["1955-07-03", "3日"],
    ["1955-07-13", "13日"],
    ["1955-07-28", "28—31"],
  ]);
});
