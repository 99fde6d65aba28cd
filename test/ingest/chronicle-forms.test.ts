import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { CHRONICLE_BODIES } from "./invented-chronicle";

const BODIES = CHRONICLE_BODIES;
const DAYS = [
  [1, 5],
  [1, 17],
  [2, 3],
  [3, 12],
  [5, 20],
  [6, 8],
] as const;
const DATES = ["2011-01-05", "2011-01-17", "2011-02-03", "2011-03-12", "2011-05-20", "2011-06-08"];

const chronicle = (opener: (month: number, day: number) => string, heading = "松岭县2011年大事记") =>
  [heading, ...BODIES.map((body, i) => opener(DAYS[i]![0], DAYS[i]![1]) + body)].join("\n");
const dates = (text: string) => parseText(text, { fileName: "chronicle.txt" }).map((a) => a.date);

describe("chronicle entries: one article per entry, whatever marks its date", () => {
  test("a circle or a middle dot before the date", () => {
    expect(dates(chronicle((m, d) => `○${m}月${d}日 `))).toEqual(DATES);
    expect(dates(chronicle((m, d) => `· ${m}月${d}日 `))).toEqual(DATES);
  });
  test("the date in square brackets", () => {
    expect(dates(chronicle((m, d) => `【${m}月${d}日】`))).toEqual(DATES);
    expect(dates(chronicle((m, d) => `[${m}月${d}日]`))).toEqual(DATES);
  });
  test("month and day in Chinese numerals", () => {
    const digit = (n: number) => " 一二三四五六七八九"[n]!.trim();
    const han = (n: number) => (n < 10 ? digit(n) : `${n < 20 ? "" : digit(Math.floor(n / 10))}十${digit(n % 10)}`);
    expect(dates(chronicle((m, d) => `${han(m)}月${han(d)}日 `))).toEqual(DATES);
  });
  test("two days of one entry (5、6日) are its first day", () => {
    expect(dates(chronicle((m, d) => `${m}月${d}、${d + 1}日 `))).toEqual(DATES);
  });
  test("a year heading in Chinese numerals dates the entries under it", () => {
    expect(dates(chronicle((m, d) => `${m}月${d}日 `, "松岭县大事记\n二〇一一年"))).toEqual(DATES);
  });
  test("a year in Chinese numerals in the chronicle's title dates its entries", () => {
    expect(dates(chronicle((m, d) => `${m}月${d}日 `, "松岭县大事记(二〇一一年)"))).toEqual(DATES);
  });
  test("an item's number before the date (1. 1月5日, 2、…, (3)…)", () => {
    const marks = ["1. ", "2、", "(3)", "4.", "5、", "(6)"];
    let i = 0;
    expect(dates(chronicle((m, d) => `${marks[i++ % marks.length]}${m}月${d}日,`))).toEqual(DATES);
  });
});

describe("chronicle entries of the same day or month", () => {
  const page = (heading: string) =>
    [
      heading,
      `1月5日 ${BODIES[0]}`,
      `同日 ${BODIES[1]}`,
      `1月9日 ${BODIES[2]}`,
      `△${BODIES[3]}`,
      `同月 ${BODIES[4]}`,
      `2月8日 ${BODIES[5]}`,
    ].join("\n");
  const EXPECTED = ["2011-01-05", "2011-01-05", "2011-01-09", "2011-01-09", null, "2011-02-08"];
  test("under the chronicle's title", () => {
    expect(dates(page("松岭县2011年大事记"))).toEqual(EXPECTED);
  });
  test("under a year heading alone", () => {
    expect(dates(page("2011年"))).toEqual(EXPECTED);
  });
  test("a report that mentions the same day is one article", () => {
    const report = [
      "1月5日,松岭县委召开常委会议,县委书记甲乙丙主持会议。",
      "会议传达学习了全省经济工作会议精神。",
      "同日,县政府召开常务会议,研究部署贯彻落实措施。",
    ].join("\n");
    expect(parseText(report).length).toBe(1);
  });
});

describe("chronicle entries run together, as a PDF's text without its paragraph breaks", () => {
  const entries = BODIES.map((body, i) => `${DAYS[i]![0]}月${DAYS[i]![1]}日${body}`);
  test("in one paragraph under the chronicle's title", () => {
    expect(dates(["松岭县2011年大事记", entries.join("")].join("\n"))).toEqual(DATES);
  });
  test("broken at a page's width under a year heading", () => {
    const lines = entries.join("").match(/.{1,36}/g)!;
    expect(dates(["2011年", ...lines].join("\n"))).toEqual(DATES);
  });
  test("a later date told within an entry, out of the chronicle's order, stays in it", () => {
    const page = [
      "2011年",
      `3月31日县里撤销人民公社,设立乡镇。11月28日,七个乡改为镇。4月7日${BODIES[1]}`,
      `4月19日${BODIES[2]}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2011-03-31", "2011-04-07", "2011-04-19"]);
  });
  test("an entry of a month alone, or of a part of one, opens in a run too", () => {
    const run = `1月5日${BODIES[0]}2月${BODIES[1]}3月中旬${BODIES[2]}4月8日${BODIES[3]}`;
    expect(dates(["2011年", run].join("\n"))).toEqual(["2011-01-05", null, null, "2011-04-08"]);
  });
  test("a report whose sentences open with dates is one article", () => {
    const report = `1月5日,松岭县委召开常委会议,县委书记甲乙丙主持会议。1月6日,县政府召开常务会议,研究贯彻落实措施。1月8日,县人大常委会召开主任会议。`;
    expect(parseText(report).length).toBe(1);
  });
});

describe("a month's chronicle of days", () => {
  test("days in Chinese numerals under a title and its bracketed month, △ for the same day", () => {
    const page = [
      "松岭县人民政府大事记",
      "(2011年6月)",
      `一日 ${BODIES[0]}`,
      `△${BODIES[1]}`,
      `二日 ${BODIES[2]}`,
      `△${BODIES[3]}`,
      `十二日 ${BODIES[4]}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2011-06-01", "2011-06-01", "2011-06-02", "2011-06-02", "2011-06-12"]);
  });
  test("a page of notable events (要事记) under its publication line, its month on a line of its own", () => {
    const page = [
      "松岭市政府工作要事记",
      "发布时间: 2031-08-10 10:33 来源:松岭市人民政府办公室",
      "(2031年5月)",
      `1日,${BODIES[0]}`,
      `△  ${BODIES[1]}`,
      `2日,${BODIES[2]}`,
      `△  ${BODIES[3]}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2031-05-01", "2031-05-01", "2031-05-02", "2031-05-02"]);
  });
  test("days under a month heading, 同日 for the next event of the same day: each an entry of its own", () => {
    const page = [
      "3月",
      `4日 ${BODIES[0]}`,
      `同日 ${BODIES[1]}`,
      `7日 ${BODIES[2]}`,
      `11日 ${BODIES[3]}`,
      `同日 ${BODIES[4]}`,
    ].join("\n");
    const articles = parseText(page, { fileName: "chronicle.txt" });
    expect(articles.map((a) => a.date)).toEqual(["--03-04", "--03-04", "--03-07", "--03-11", "--03-11"]);
    expect(articles[1]!.text).toBe(`同日${BODIES[1]}`);
  });
});

describe("a yearbook's chronicle", () => {
  test("a volume records the year before its own (2031卷 holds 2030), under a month heading after 大事记", () => {
    const page = [
      "2031卷松岭年鉴 您当前所在位置:首页 > 年鉴 > 2031卷松岭年鉴 > 正文",
      "大事记",
      "更新时间:2032-04-18 14:06:00点击次数:75次",
      "大事记1月",
      `1日~3日${BODIES[3]}`,
      `17日${BODIES[0]}`,
      `19日${BODIES[2]}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2030-01-01", "2030-01-17", "2030-01-19"]);
  });
});

describe("chronicle entries that do not end their sentence", () => {
  const open = (text: string) => text.replace(/。$/, "");
  test("an entry of the same day or in Chinese numerals is not read as the line before continued", () => {
    const page = [
      "松岭县2011年大事记",
      `1月5日 ${open(BODIES[0]!)}`,
      `同日 ${open(BODIES[1]!)}`,
      `一月九日 ${open(BODIES[2]!)}`,
      `一月十二日 ${open(BODIES[3]!)}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2011-01-05", "2011-01-05", "2011-01-09", "2011-01-12"]);
  });
  test("month headings in Chinese numerals date the days under them", () => {
    const page = [
      "松岭县2011年大事记",
      "一月",
      `5日 ${BODIES[0]}`,
      `9日 ${BODIES[1]}`,
      "二月",
      `3日 ${BODIES[2]}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2011-01-05", "2011-01-09", "2011-02-03"]);
  });
});

describe("an untitled page of entries, each a date written as a label before its text", () => {
  test("two entries, the date standing right before each entry's text (1月18日 县里召开…)", () => {
    const page = [
      `1月18日 ${BODIES[0]}`,
      "会上下发了县委、县政府关于开展创建活动的实施意见。",
      "据了解,全县书法爱好者人数众多,近年来多次参加全国和全省的书法展览。",
      `1月21日 ${BODIES[2]}`,
      "会上首先听取了各乡镇关于春耕备耕工作进展情况的汇报。",
    ].join("\n");
    expect(parseText(page, { fileName: "entries.txt" }).map((a) => a.date)).toEqual(["--01-18", "--01-21"]);
  });
  test("a report whose paragraphs open with dates followed by a comma or a time of day is one article", () => {
    const report = [
      `1月18日,${BODIES[0]}`,
      "会上下发了县委、县政府关于开展创建活动的实施意见。",
      `1月19日上午,${BODIES[2]}`,
    ].join("\n");
    expect(parseText(report).length).toBe(1);
  });
});

test("chronicle entries of a part of the month or of the year (下旬, 月底, 是年) open entries of their own", () => {
  const page = [
    "松岭县2011年大事记",
    `1月5日 ${BODIES[0]}`,
    `下旬 ${BODIES[1]}`,
    `月底 ${BODIES[3]}`,
    `2月3日 ${BODIES[2]}`,
    `是年,${BODIES[4]}`,
  ].join("\n");
  expect(dates(page)).toEqual(["2011-01-05", null, null, "2011-02-03", null]);
});

test("a chronicle with a note before its entries, each entry of several paragraphs", () => {
  const more = "会议强调,要切实抓好各项工作的落实,确保取得实效。";
  const page = [
    "松岭县2011年大事记",
    "按:本篇记述本县一年来的大事要事,按时间先后排列,资料来源于各部门报送的材料。",
    `1月5日,${BODIES[0]}`,
    more,
    more,
    `2月3日,${BODIES[2]}`,
    more,
    more,
  ].join("\n");
  expect(dates(page)).toEqual(["2011-01-05", "2011-02-03"]);
});

test("a date broken across two lines of a PDF's text (…储备。3月 / 12日全县…) is read whole", () => {
  const page = [
    "2011年",
    `1月5日${BODIES[0]!.slice(0, 30)}`,
    `${BODIES[0]!.slice(30)}3月`,
    `12日${BODIES[3]}4月2`,
    `6日${BODIES[1]}`,
  ].join("\n");
  expect(dates(page)).toEqual(["2011-01-05", "2011-03-12", "2011-04-26"]);
});

describe("a month's chronicle under a site's lines", () => {
  const entries = [`  1日 ${BODIES[0]}`, `  3日 ${BODIES[1]}`, `  △ ${BODIES[2]}`].join("\n");
  test("its title names the month with the year run together (松岭大事记203108), under the site's name", () => {
    const page = [
      "今天是:2034年04月24日 星期三",
      "松岭档案局",
      "大事记当前位置:首页 >> 档案文化 >> 大事记",
      "",
      "松岭大事记203108",
      "",
      "发布日期:2031-09-18 浏览次数:1609",
      "",
      entries,
    ].join("\n");
    expect(dates(page)).toEqual(["2031-08-01", "2031-08-03", "2031-08-03"]);
  });
  test("the site's clock (今天是:…) cut from its weekday, each on a line of its own, is no date of the page", () => {
    const page = [
      "今天是:2034年04月24日",
      "星期三",
      "松岭档案局",
      "",
      "松岭大事记203108",
      "",
      "发布日期:2031-09-18",
      "",
      entries,
    ].join("\n");
    expect(dates(page)).toEqual(["2031-08-01", "2031-08-03", "2031-08-03"]);
  });
  test("a line above the title (an app's download link) does not hide the title's month, which dates entries the page dates earlier", () => {
    const page = [
      "APP下载",
      "",
      "松岭林业大事记(2031年11月)",
      "",
      "2031-01-11",
      "",
      `11月1日,${BODIES[0]}`,
      "",
      `11月2日,${BODIES[1]}`,
    ].join("\n");
    expect(dates(page)).toEqual(["2031-11-01", "2031-11-02"]);
  });
});

test("a yearbook chronicle's month written as a number alone on its line (1, 2) dates the days under it", () => {
  const page = [
    "《松岭年鉴》(2032)-大事记",
    "",
    "发布时间:2034/8/6  信息来源:松岭史志网",
    "",
    "2031年松岭市大事记",
    "",
    "1",
    "",
    `3日 ${BODIES[0]}`,
    "",
    `5日 ${BODIES[1]}`,
    "",
    "2",
    "",
    `3日 ${BODIES[2]}`,
  ].join("\n");
  expect(dates(page)).toEqual(["2031-01-03", "2031-01-05", "2031-02-03"]);
});

test("※ opens a chronicle's next entry of the same day, as △ does", () => {
  const page = [
    "2031年10月大事记",
    "",
    `7日   ${BODIES[0]}`,
    `10日  ${BODIES[1]}`,
    `※    ${BODIES[2]}`,
    `※    ${BODIES[3]}`,
    `12日  ${BODIES[4]}`,
  ].join("\n");
  expect(dates(page)).toEqual(["2031-10-07", "2031-10-10", "2031-10-10", "2031-10-10", "2031-10-12"]);
});

describe("a half-year's 执政纪事 whose days lost their 月 (71日 for 7月1日), under a site's location label", () => {
  const page = (label: string) =>
    [
      "执政纪事",
      label,
      "松岭市委、市政府2031年执政纪事(7-12月)",
      "日期:2032-08-04 09:18    来源:松岭史志",
      "",
      `  71日    ${BODIES[0]}`,
      "",
      `  73日    ${BODIES[1]}`,
      "",
      `  75日    ${BODIES[2]}`,
    ].join("\n");
  test("each entry is dated by its month and day, in the year the title names", () => {
    expect(dates(page("您现在的位置:"))).toEqual(["2031-07-01", "2031-07-03", "2031-07-05"]);
  });
  test("the location label of other wordings is furniture too", () => {
    expect(dates(page("您所在的位置:"))).toEqual(["2031-07-01", "2031-07-03", "2031-07-05"]);
  });
});
