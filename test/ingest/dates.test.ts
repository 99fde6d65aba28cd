import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { parseLabelledDateLine, parsePublishedLine } from "../../src/ingest/date-lines";
import { eventDate } from "../../src/ingest/dates";
import { yearTally, yearsMentioned } from "../../src/ingest/year-tally";
import { EVENT_SENTENCE } from "../../src/ingest/lexicon/event-verbs";

describe("publication date lines", () => {
  test.each([
    ["2023年10月31日10:28 |", "2023-10-31"],
    ["2024-11-15 299", "2024-11-15"],
    // An e-paper's issue number with its thousands marked.
    ["2019-11-13 第26,316号", "2019-11-13"],
    ["2020-05-20 11:09:05", "2020-05-20"],
    ["发布时间:2024-01-19 16:32 来源:广西民政厅", "2024-01-19"],
    ["发布时间:22-06-15 来源:某某日报", "2022-06-15"],
    ["发布时间:22年06月15日 信息来源:某某日报 编辑:某某", "2022-06-15"],
    ["湖南省卫生健康委时间:2024-12-06", "2024-12-06"],
    ["2024/3/5", "2024-03-05"],
    ["发布时间:2031/5/8 09:30", "2031-05-08"],
    ["20310508", "2031-05-08"],
    ["发布日期:20310508 09:30", "2031-05-08"],
    ["[2031-04-05]", "2031-04-05"],
    ["来源:某某日报| 2031-05-08", "2031-05-08"],
    ["作者:甲乙 2031-05-08 浏览次数:12", "2031-05-08"],
    ["2031-05-08 来源:某某县融媒体中心", "2031-05-08"],
    ["录入时间:2031-05-08", "2031-05-08"],
    ["发布时间:31-05-08", "2031-05-08"],
    ["发布日期:98.05.12", "1998-05-12"],
    ["松岭日报 2031年5月13日 第1版", "2031-05-13"],
    ["《松岭日报》2031年05月13日 星期二 第 04 版", "2031-05-13"],
    ["松岭日报 2031-06-30", "2031-06-30"],
    ["松岭新闻网 2031年6月30日", "2031-06-30"],
    // Month first with the year last, as a page template prints it; day first when the first cannot be a month.
    ["松岭新闻网  时间:12/28/2031 09:22:10   来源:松岭日报", "2031-12-28"],
    ["来源 松岭网 甲乙 发表时间:11/20/2031 浏览 138 次", "2031-11-20"],
    ["时间:28/12/2031", "2031-12-28"],
  ])("%s → %s", (line, iso) => {
    expect(parsePublishedLine(line)).toBe(iso);
  });
  test.each([
    "10月26日,山东省民政厅在滨州市召开会议。",
    "2019年以来,山东省政府办公厅全力抓实文明创建各项工作",
    "2024-13-01",
    "20311308",
    "编辑部于2031年4月5日召开会议",
    "松岭县委常委会 2031-06-30",
    // Unlabelled, month and day cannot be told apart.
    "12/11/2031",
  ])("%s is not a date line", (line) => {
    expect(parsePublishedLine(line)).toBeNull();
  });
});

describe("event dates", () => {
  const always = () => true;
  test("month and day take the publication year", () => {
    expect(
      eventDate("10月26日,山东省民政厅召开推进会议", null, { published: "2023-10-31", fileYears: [] }, always),
    ).toBe("2023-10-26");
  });
  test("a December event reported in January belongs to the year before", () => {
    expect(eventDate("12月28日,召开会议", null, { published: "2024-01-03", fileYears: [] }, always)).toBe("2023-12-28");
  });
  test("an event weeks after a page's date is that year's, not the year before", () => {
    expect(eventDate("11月20日下午,召开会议", null, { published: "2031-10-01", fileYears: [] }, always)).toBe(
      "2031-11-20",
    );
    expect(eventDate("8月20日,召开会议", null, { published: "2031-02-01", fileYears: [] }, always)).toBe("2030-08-20");
  });
  test("without a publication date, years the file mentions are used, else the year stays unknown", () => {
    expect(eventDate("3月14日,召开党组会议", null, { published: null, fileYears: [2024] }, always)).toBe("2024-03-14");
    expect(eventDate("10月23至25日在延吉市举办培训班", null, { published: null, fileYears: [] }, always)).toBe(
      "--10-23",
    );
  });
  test("a day its month does not have (2月30日, 2023年2月29日) is no date", () => {
    const date = (text: string) => eventDate(text, null, { published: null, fileYears: [] }, always);
    expect(date("2026年2月30日召开会议")).toBeNull();
    expect(date("2023年2月29日召开会议")).toBeNull();
    expect(date("2024年2月29日召开会议")).toBe("2024-02-29");
    expect(date("2月29日召开会议")).toBe("--02-29");
    expect(date("2031年4月31日召开会议")).toBeNull();
    expect(date("2031年12月31日召开会议")).toBe("2031-12-31");
  });
  test("a text that writes no year takes the year of the national session it names (十二届全国人大四次会议 is 2016)", () => {
    const body = "会议强调,要坚持稳中求进工作总基调,扎实推进各项工作落地见效。";
    const date = (text: string) => parseText(text + body)[0]!.date;
    expect(date("全国政协十二届四次会议在京开幕\n3月3日下午,全国政协十二届四次会议在人民大会堂开幕。")).toBe(
      "2016-03-03",
    );
    expect(date("3月5日上午,十四届全国人大二次会议在人民大会堂开幕,某省代表团全体代表出席。")).toBe("2024-03-05");
    expect(date("十三届全国人大一次会议某省代表团召开全体会议\n3月6日,代表团召开全体会议。")).toBe("2018-03-06");
    // A year the text writes decides.
    expect(date("2031年3月5日,十四届全国人大二次会议某省代表团召开全体会议。")).toBe("2031-03-05");
  });
  test("a written year wins", () => {
    expect(eventDate("2022年9月1日召开会议", null, { published: "2024-01-01", fileYears: [] }, always)).toBe(
      "2022-09-01",
    );
  });
  test("a dateline (5月20日讯) is not the event", () => {
    expect(
      eventDate(
        "闪电新闻5月20日讯 2019年以来,全力抓实文明创建",
        null,
        { published: "2020-05-20", fileYears: [] },
        always,
      ),
    ).toBeNull();
  });
  test("a wire report (人民网太原5月6日电) that names no other date is dated by its dateline", () => {
    const lead = "人民网松岭5月6日电(甲乙)据省委组织部消息,省委确定了6名优秀县委书记拟推荐对象。";
    expect(eventDate(lead, null, { published: null, fileYears: [] }, always)).toBe("--05-06");
    expect(eventDate(lead, null, { published: "2031-05-07", fileYears: [] }, always)).toBe("2031-05-06");
    expect(eventDate(lead.replace("日电", "日讯"), null, { published: null, fileYears: [] }, always)).toBeNull();
  });
  test("only sentences that report the event count", () => {
    const isEvent = (s: string) => s.includes("召开");
    expect(
      eventDate("6月12日带队到民政部汇报。7月1日召开会议。", null, { published: "2024-08-01", fileYears: [] }, isEvent),
    ).toBe("2024-07-01");
  });
});

test("years mentioned, most frequent first, targets left out", () => {
  expect(yearsMentioned("2024年社会救助标准,2024年一季度,2023年,到2035年基本实现,2019年以来")).toEqual([
    2024, 2023, 2019,
  ]);
});

test("a goal's year (确保…2031年全部脱贫, 2035年基本建成) is a target too", () => {
  expect(yearsMentioned("2029年全会召开,确保全市贫困人口2031年全部脱贫,2035年基本建成")).toEqual([2029]);
});

test("a year that starts a span up to now (从2004年中心成立至今, 自2018年以来) is not the meeting's", () => {
  expect(yearsMentioned("从2004年干部培训中心成立至今,已先后举办培训班26期")).toEqual([]);
  expect(yearsMentioned("自2018年以来,共举办培训班12期;2031年培训计划已经印发")).toEqual([2031]);
  // Since an event of that year, too; but since the start of a year (2031年以来) is that year.
  expect(yearsMentioned("会议指出,2026年县第十一次党代会以来,全县各项事业取得新进展")).toEqual([]);
  expect(yearsMentioned("2031年以来,全县经济运行总体平稳")).toEqual([2031]);
});

test("a year's 目标任务 is the year a plan names, not a far target: with the year reviewed, a March meeting is in it", () => {
  expect(yearsMentioned("准确把握2030年伟大成就和2031年目标任务")).toEqual([2031, 2030]);
  expect(yearsMentioned("实现2035年远景目标,完成2031年发展目标")).toEqual([]);
  const [article] = parseText(
    "3月27日上午,松岭市政协召开常委会议,传达学习全国两会精神。会议要求,准确把握2030年伟大成就和2031年目标任务。",
  );
  expect(article!.date).toBe("2031-03-27");
});

test("a December meeting that 安排部署 the next year's work is in the year before the one it names", () => {
  const text = "12月25日上午,松岭省委全会在省城召开。会议的主要任务是听取常委会工作报告,安排部署2031年重点工作。";
  expect(yearTally(text).outlook).toBe("ahead");
  const [article] = parseText(text);
  expect(article!.date).toBe("2030-12-25");
});

test("two consecutive years named as often: an event at the year's end is in the earlier, any other in the later", () => {
  expect(yearTally("审议2030年工作总结和2031年工作计划")).toEqual({
    years: [2031, 2030],
    tied: true,
    outlook: "ahead",
    reviewed: null,
  });
  const always = () => true;
  const tied = { published: null, fileYears: [2031, 2030], fileYearsTied: true };
  expect(eventDate("11月26日,召开主席会议", null, tied, always)).toBe("2030-11-26");
  expect(eventDate("1月6日,召开主席会议", null, tied, always)).toBe("2031-01-06");
  // Mid-year, the year under review has ended: 8月3日, reviewing 2030年工作 and studying 2031年工作要点.
  expect(eventDate("8月3日,召开主席会议", null, tied, always)).toBe("2031-08-03");
  // Named more often, or not consecutive: the most named year, as before.
  expect(eventDate("11月26日,召开主席会议", null, { ...tied, fileYearsTied: false }, always)).toBe("2031-11-26");
  expect(eventDate("11月26日,召开主席会议", null, { ...tied, fileYears: [2031, 2028] }, always)).toBe("2031-11-26");
});

test("a meeting in the first four months, of two consecutive years named, is in the later, however often the earlier is", () => {
  const always = () => true;
  const earlierMore = { published: null, fileYears: [2030, 2031], fileYearsTied: false };
  expect(eventDate("1月20日,召开全体会议", null, earlierMore, always)).toBe("2031-01-20");
  expect(eventDate("4月20日,召开全体会议", null, earlierMore, always)).toBe("2031-04-20");
  expect(eventDate("5月20日,召开全体会议", null, earlierMore, always)).toBe("2030-05-20");
  expect(eventDate("1月20日,召开全体会议", null, { ...earlierMore, fileYears: [2030, 2028] }, always)).toBe(
    "2030-01-20",
  );
});

test("the one year a text names is the year ahead of a December meeting that plans it, the year before of a January one that reviews it", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  expect(year("12月19日,市长高文远主持召开座谈会,听取代表对2031年政府工作报告稿的意见,要求做好明年各项工作。")).toEqual(
    ["2030-12-19"],
  );
  expect(
    year("1月7日,区人大常委会主任宋立安主持召开常委会会议。会议指出,2030年是极不平凡的一年,过去的一年成绩来之不易。"),
  ).toEqual(["2031-01-07"]);
  // 明年 alone plans no year the text writes: a December meeting that names its own year's report is in it.
  expect(
    year("12月18日,市人大常委会会议举行,审议2030年备案审查工作情况的报告,决定市人代会于明年1月中旬召开。"),
  ).toEqual(["2030-12-18"]);
  // A December sitting that calls the next for a month of the year it names: the year before.
  expect(year("12月15日,市政协主席高文远主持召开主席会议。会议决定2031年1月召开市政协常委会会议。")).toEqual([
    "2030-12-15",
  ]);
  // A meeting of the year it names, late in it: that year.
  expect(year("12月19日,市长高文远主持召开座谈会,总结2030年各项工作,研究部署当前重点任务。")).toEqual(["2030-12-19"]);
  // A December meeting that plans the year it names most, and sums up the year before: the year before.
  expect(
    year(
      "12月16日,市政协召开主席会议。会议研究了《2031年度政协协商计划》,听取各专委会2030年工作总结和2031年工作安排。",
    ),
  ).toEqual(["2030-12-16"]);
});

test("a national plenum the lead opens with, its own days first (10月24日至27日,党的…全会在北京召开), is the background of a later study", () => {
  const report = [
    "党委中心组召开扩大会议学习全会精神",
    "10月24日至27日,党的十八届六中全会在北京召开。全会审议通过了有关文件。我校党委对学习贯彻全会精神做了部署。",
    "根据安排,11月10日,学校党委中心组召开扩大会议,党委书记甲乙丙主持会议。",
  ].join("\n");
  expect(parseText(report).map((a) => a.date)).toEqual(["--11-10"]);
});

test("a day the lead writes alone, with nothing to read it against, takes the month the file writes that day with", () => {
  const report = [
    "松岭省政协十二届四次会议开幕",
    "松岭省政协十二届四次会议3日下午在省人民会堂开幕,省政协主席甲乙丙作常委会工作报告。",
    "3月3日,松岭省政协十二届四次会议开幕。这是甲乙丙作工作报告。 本报记者 丁戊己 摄",
  ].join("\n");
  expect(parseText(report).map((a) => a.date)).toEqual(["--03-03"]);
  // Written with two months, the day stays unknown.
  expect(parseText(`${report}\n4月3日,各小组继续讨论。`).map((a) => a.date)).toEqual([null]);
});

test("a November meeting that drafts the next year's government work report is in the year before the one it names", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  expect(
    year("11月25日,州长甲乙丙主持召开州政府常务会议。会议听取了《2031年政府工作报告》起草提纲汇报,研究了有关请示。"),
  ).toEqual(["2030-11-25"]);
  // A meeting of the report's own year that studies it: that year.
  expect(year("6月5日,州政府召开常务会议,对照《2031年政府工作报告》分解的任务,研究推进落实。")).toEqual(["2031-06-05"]);
  // A November meeting that plans the year it names: the year before, as in December.
  expect(year("11月28日,县委书记甲乙丙主持召开县委常委会议,研究2031年工作要点,部署冬季安全生产各项工作。")).toEqual([
    "2030-11-28",
  ]);
});

test("a date later than the wire dateline the report was filed under is still to come, not the event's", () => {
  const always = () => true;
  const context = { published: "2031-05-10", fileYears: [2031] };
  const lead = "本报昆明5月9日电 省人民代表大会第三次会议于5月10日上午开幕。5月9日,我州代表团举行全体会议。";
  expect(eventDate(lead, null, context, always)).toBe("2031-05-09");
  const announced = "本网拉萨1月26日讯 26日,省政协常委会会议召开。会议决定省政协全体会议于1月30日在拉萨召开。";
  expect(eventDate(announced, null, { published: "2031-01-27", fileYears: [2031] }, always)).toBe("2031-01-26");
});

test("a meeting a decision sets for later (会议决定…于2031年1月30日召开) is not the event, however long its name", () => {
  const always = () => true;
  const lead =
    "本网拉萨1月26日讯 26日,省政协常委会会议在拉萨召开。会议决定政协第九届松岭省委员会第四次会议于2031年1月30日至2月2日在拉萨召开。";
  expect(eventDate(lead, null, { published: "2031-01-27", fileYears: [2031] }, always)).toBe("2031-01-26");
  const undated = "会议审议通过了人事任免事项,决定政协松岭市第十五届委员会第一次会议于2032年1月8日至11日召开。";
  expect(eventDate(undated, null, { published: null, fileYears: [] }, always)).toBe("2032-01-08");
});

test("a December meeting that sets the next session (决定…于2032年1月8日召开) is in the year before it", () => {
  const report = [
    "区政协九届三十七次常委会会议召开",
    "12月22日,区政协主席甲乙丙主持召开区政协九届三十七次常委会会议。",
    "经常务委员会会议决定:政协松岭区第十届委员会第一次会议于2032年1月8日至11日召开,会期4天。",
  ].join("\n");
  expect(parseText(report).map((a) => a.date)).toEqual(["2031-12-22"]);
  const sameYear = report.replace("12月22日", "1月2日");
  expect(parseText(sameYear).map((a) => a.date)).toEqual(["2032-01-02"]);
});

test("a national meeting the report goes on to study is its background: a later dated sentence dates the event", () => {
  const always = () => true;
  const context = { published: null, fileYears: [2031] };
  const lead =
    "党的十九届九中全会于10月28日至31日在北京召开,全会审议通过了决定。\n11月4日,松岭集团召开党委扩大会议,集体学习全会公报。";
  expect(eventDate(lead, null, context, always)).toBe("2031-11-04");
  const alone = "十四届全国人大常委会第九次会议于6月24日在北京人民大会堂举行,委员长甲主持会议。";
  expect(eventDate(alone, null, context, always)).toBe("2031-06-24");
});

test("a communiqué's adoption note dates its last day: the meeting's own first day follows it", () => {
  const always = () => true;
  const context = { published: null, fileYears: [2031] };
  const communique =
    "(2031年11月26日中国共产党松岭市第十届委员会第九次全体会议通过)\n中国共产党松岭市第十届委员会第九次全体会议,于2031年11月25日至26日在松岭举行。";
  expect(eventDate(communique, null, context, always)).toBe("2031-11-25");
  // With no other day, the note's is the meeting's.
  const noteOnly = "(2031年11月26日中国共产党松岭市第十届委员会第九次全体会议通过)\n全会听取了工作报告。";
  expect(eventDate(noteOnly, null, context, always)).toBe("2031-11-26");
});

test("a wire dateline in Chinese numerals (九月二十四日电) is what 今天 counts from", () => {
  const always = () => true;
  const lead = "中新社松岭九月二十四日电(记者某某)松岭市政府今天在市会展中心举办座谈会,各界人士三百余人出席。";
  expect(eventDate(lead, null, { published: null, fileYears: [] }, always)).toBe("--09-24");
  expect(eventDate(lead, null, { published: "2031-09-25", fileYears: [] }, always)).toBe("2031-09-24");
});

test("a tour (参观) or a meeting with a counterpart (会面) is an event that its sentence dates", () => {
  const context = { published: null, fileYears: [2031] };
  const lead = (sentence: string) => parseText(`${sentence}\n会后合影留念,双方表示将继续加强交流。`, {})[0]!.date;
  expect(lead("公务员事务局局长高文远9月26日到东区参观青少年服务中心,与参与表演的儿童合照。")).toMatch(/-09-26$/);
  expect(eventDate("司长宋立安9月26日在伦敦与财政大臣夏一达会面。", null, context, (s) => EVENT_SENTENCE.test(s))).toBe(
    "2031-09-26",
  );
});

test("a source's dateline (据某某日报1月21日消息) is not the event's date", () => {
  const always = () => true;
  const context = { published: null, fileYears: [2031] };
  expect(eventDate("据松岭日报1月21日消息,1月20日,省政府召开全体会议。", null, context, always)).toBe("2031-01-20");
});

test("a target, a period's end, the year ahead and a year under review are not the meeting's year", () => {
  expect(yearsMentioned("科学确定2031年发展目标,招商引资2027-2028年计划,迎接即将到来的2029年")).toEqual([]);
  expect(yearsMentioned("听取2026年度绩效管理考评情况汇报,审议2026年度环境状况报告")).toEqual([]);
  expect(yearsMentioned("审议县政府2027年度立法工作计划,2027年是开局之年")).toEqual([2027]);
});

test("a year told as done or honoured is not the meeting's: its month and day take the page's year, or none", () => {
  const report = [
    "4月9日,青禾镇第三届人民代表大会第二次会议召开。",
    "会议回顾,2030年,全镇经济社会发展稳中有进,圆满完成镇人大确定的各项任务。",
    "会议表彰了2030年度先进工作者。2031年,全镇要力争全面完成各项工作任务。",
  ];
  expect(yearsMentioned(report.join(""))).toEqual([2031]);
  expect(parseText(report.slice(0, 2).join("\n")).map((a) => a.date)).toEqual(["--04-09"]);
  expect(parseText(["发布时间:2031-04-10 09:12", ...report.slice(0, 2)].join("\n")).map((a) => a.date)).toEqual([
    "2031-04-09",
  ]);
});

test("a labelled date inside a meta line is the publication date", () => {
  expect(parsePublishedLine("来源:广西壮族自治区民政厅 发布时间:2024年01月19日 16:32 浏览次数:1024")).toBe(
    "2024-01-19",
  );
});

describe("days read against the publication date", () => {
  const always = () => true;
  const on = (published: string | null, relativeDays = true) => ({ published, fileYears: [], relativeDays });
  test("昨日 (14日) is the day before publication", () => {
    expect(eventDate("昨日(14日),自治区政协党组召开会议", null, on("2022-06-15"), always)).toBe("2022-06-14");
    expect(eventDate("今天上午,市委召开常委会会议", null, on("2022-03-01"), always)).toBe("2022-03-01");
    expect(eventDate("昨天,市委召开常委会会议", null, on("2022-03-01"), always)).toBe("2022-02-28");
  });
  test("a day alone is in the publication month, or the month before when later than publication", () => {
    expect(eventDate("14日,县委召开常委会会议", null, on("2022-06-15"), always)).toBe("2022-06-14");
    expect(eventDate("30日,县委召开常委会会议", null, on("2022-07-02"), always)).toBe("2022-06-30");
    expect(eventDate("30日,县委召开常委会会议", null, on("2022-01-02"), always)).toBe("2021-12-30");
  });
  test("without a publication date, or in a speech, such days say nothing", () => {
    expect(eventDate("昨日,召开会议", null, on(null), always)).toBeNull();
    expect(eventDate("今天我们召开会议", null, on("2024-11-15", false), always)).toBeNull();
  });
  test("a written month and day win over a relative day", () => {
    expect(eventDate("今天,记者获悉:3月2日召开会议", null, on("2022-03-05"), always)).toBe("2022-03-02");
  });
});

test("a publication line written without separators, labelled 发布于 or 发布时间, dates 昨日 in the text", () => {
  expect(parsePublishedLine("发布于 20310508")).toBe("2031-05-08");
  expect(parsePublishedLine("发布时间:20310508 09:30")).toBe("2031-05-08");
  expect(parsePublishedLine("发布于 2031050812")).toBeNull();
  const [article] = parseText(
    "某县召开推进会\n发布于 20310508\n昨日(7日),某县召开推进会,县长吕一平主持会议,研究部署工作任务,会议要求抓好落实见到实效。",
  );
  expect([article!.published, article!.date]).toEqual(["2031-05-08", "2031-05-07"]);
});

test("a labelled publication line under the text: 发布于 2022年6月15日", () => {
  expect(parseLabelledDateLine("发布于 2022年6月15日")).toBe("2022-06-15");
  expect(parseLabelledDateLine("2031-06-12 21:05:33")).toBe("2031-06-12");
  expect(parseLabelledDateLine("来源:某某日报 2031-06-12")).toBe("2031-06-12");
  expect(parseLabelledDateLine("会议定于2031年6月12日9:30召开")).toBeNull();
  expect(
    parseLabelledDateLine("会议于2022年6月15日召开,会期两天,这一句远远长过任何一行发布日期所能有的长度。"),
  ).toBeNull();
});

describe("dates as real pages write them", () => {
  const always = () => true;
  const none = { published: null, fileYears: [] };
  test("the lead's date wins over a headline announcing another; a date still to come is skipped", () => {
    expect(
      eventDate("省政协主席甲6月15日下午主持召开主席会议", "甲主持召开主席会议 决定常委会议6月29日召开", none, always),
    ).toBe("--06-15");
    expect(eventDate("会议决定,常委会议将于6月29日召开。6月15日召开主席会议", null, none, always)).toBe("--06-15");
  });
  test("a timestamp is the page's, not the event's", () => {
    expect(
      eventDate(
        "2003年09月03日12:19 沈阳今报\n据新华社 国务院总理9月2日主持召开国务院常务会议",
        null,
        { published: "2003-09-03", fileYears: [] },
        always,
      ),
    ).toBe("2003-09-02");
    expect(parsePublishedLine("http://www.sina.com.cn 2003年09月03日12:19 沈阳今报 | |")).toBe("2003-09-03");
  });
  test("a day alone is read in a wire dateline's month, its year unknown", () => {
    expect(eventDate("新华社北京3月9日电 主席会议9日下午在北京召开", null, none, always)).toBe("--03-09");
  });
  test("今天 or 昨天 under a paper's dateline with no year is its day, or the day before, its year unknown", () => {
    expect(eventDate("松岭日报松原9月16日讯(记者高文)今天下午,两省在松原举行交流会", null, none, always)).toBe(
      "--09-16",
    );
    expect(eventDate("松岭日报8月2日讯 昨天,省政府召开常务会议", null, none, always)).toBe("--08-01");
    expect(eventDate("松岭日报8月1日讯 明天,省政府将召开常务会议", null, none, always)).toBeNull();
  });
  test("a stamp written day first", () => {
    expect(parsePublishedLine("07.01.2015  01:02")).toBe("2015-01-07");
    expect(parsePublishedLine("31.01.2019 19:23")).toBe("2019-01-31");
  });
});

test("dates in Chinese numerals", () => {
  const context = { published: "2031-11-23", fileYears: [] };
  expect(eventDate("会议于十一月二十八日在省城举行。", null, context, () => true)).toBe("2031-11-28");
  expect(eventDate("二〇三〇年九月二十六日,县委召开会议。", null, context, () => true)).toBe("2030-09-26");
  expect(eventDate("十月十日,县委召开会议。", null, context, () => true)).toBe("2031-10-10");
});

test("a training session or a visit led by an official is an event that carries the date", () => {
  const context = { published: "2031-10-01", fileYears: [] };
  const isEvent = (s: string) => EVENT_SENTENCE.test(s);
  expect(eventDate("为做好申报工作,11月20日下午,学校邀请专家来校进行专题培训。", null, context, isEvent)).toBe(
    "2031-11-20",
  );
  expect(eventDate("9月25日,副县长甲一平带领有关部门到水库开展执法。", null, context, isEvent)).toBe("2031-09-25");
});

describe("dates read against the publication date", () => {
  const always = () => true;
  const published = (date: string) => ({ published: date, fileYears: [] });
  test("a weekday is the last one up to publication, 上周 the week before", () => {
    // 2031-04-09 is a Wednesday.
    expect(eventDate("上周五,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-04-04");
    expect(eventDate("周一下午,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-04-07");
    expect(eventDate("星期五,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-04-04");
    expect(eventDate("本周二,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-04-08");
    expect(eventDate("上星期一,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-03-31");
    expect(eventDate("上月28日,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-03-28");
    expect(eventDate("上月28日,市民政局召开党组会议", null, published("2031-01-03"), always)).toBe("2030-12-28");
  });
  test("每周一 and a name such as 周一鸣 are no weekday", () => {
    expect(eventDate("局长周一鸣主持召开党组会议,3日下午", null, published("2031-04-09"), always)).toBe("2031-04-03");
    expect(eventDate("会议决定每周一召开党组会议", null, published("2031-04-09"), always)).toBeNull();
  });
  test("本月3日 is a day of the publication month", () => {
    expect(eventDate("本月3日,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-04-03");
  });
  test("近日 and 日前 give the month of publication, unless the page came out in the month's first week", () => {
    expect(eventDate("近日,市民政局召开党组会议", null, published("2031-04-19"), always)).toBe("2031-04");
    expect(eventDate("本报讯 日前,市民政局召开党组会议", null, published("2031-04-19"), always)).toBe("2031-04");
    expect(eventDate("近日,市民政局召开党组会议", null, published("2031-04-05"), always)).toBeNull();
    expect(eventDate("近日,市民政局召开党组会议", null, { published: null, fileYears: [2031] }, always)).toBeNull();
  });
  test("a date in digits with its year is a written date", () => {
    expect(eventDate("2031.4.3,市民政局召开党组会议", null, published("2031-04-09"), always)).toBe("2031-04-03");
    expect(eventDate("2031-04-03上午,市民政局召开党组会议", null, { published: null, fileYears: [] }, always)).toBe(
      "2031-04-03",
    );
    expect(eventDate("会议将于2031-04-30召开", null, { published: null, fileYears: [] }, always)).toBeNull();
  });
});

test("a speech is dated by the bracketed date under its title, in digits or in Chinese numerals", () => {
  const speech = (dateLine: string) =>
    parseText(
      `在全市民政工作会议上的讲话\n${dateLine}\n甲乙丙\n同志们:今天我们召开会议,总结去年工作,部署今年任务。要坚持问题导向,狠抓工作落实,确保各项任务按期完成。`,
    )[0]?.date;
  expect(speech("(二〇三一年四月五日)")).toBe("2031-04-05");
  expect(speech("（2031年4月5日）")).toBe("2031-04-05");
});

test("a date a report announces is the event's when it gives no other, its year ahead of publication", () => {
  const announced = "市政协常委会议将于1月5日召开,会议建议议程已经主任会议审议通过";
  expect(eventDate(announced, null, { published: "2031-12-28", fileYears: [] }, () => true)).toBe("2032-01-05");
  expect(
    eventDate(`4月3日,召开主任会议。${announced}`, null, { published: "2031-04-04", fileYears: [] }, () => true),
  ).toBe("2031-04-03");
});

test("a page posted two years or more after every year its text names is dated by the text's year", () => {
  const always = () => true;
  expect(eventDate("8月7日召开会议", null, { published: "2034-09-23", fileYears: [2031] }, always)).toBe("2031-08-07");
  expect(eventDate("8月7日召开会议", null, { published: "2032-09-23", fileYears: [2031] }, always)).toBe("2032-08-07");
});

test("a visit (到访, 访问, 会见) is an event whose sentence dates the report", () => {
  const text = (verb: string) =>
    `经贸访问团\n经贸访问团团长高文远一行于5月19日${verb}松岭大学,双方就加强科研合作、人才培养等事宜交换了意见,并参观了校史馆。`;
  expect(parseText(text("到访"))[0]!.date).toBe("--05-19");
  expect(parseText(text("访问"))[0]!.date).toBe("--05-19");
});

test("an outlet's name over its date heads a reposted report: the day it gives takes that year", () => {
  const page = [
    "甲一平乙二强拜会来访的考察组",
    "",
    "松岭日报 2031-06-30",
    "",
    "近日,考察组到松岭开展调研。5月11日,省委书记甲一平、省长乙二强在松岭市拜会了考察组一行。",
  ].join("\n");
  const [article] = parseText(page);
  expect(article?.published).toBe("2031-06-30");
  expect(article?.date).toBe("2031-05-11");
});

test("a photo's caption above an outlet's dateline does not date the report: its own words do", () => {
  const page = [
    "松岭县五届人大一次会议隆重开幕",
    "发布时间:2031-01-28 08:30:00",
    "",
    "11月27日上午,松岭县第五届人民代表大会第一次会议在县会议中心隆重开幕。甲一平 乙二强 摄",
    "",
    "松岭新闻客户端讯 1月27日上午,松岭县第五届人民代表大会第一次会议在县会议中心隆重开幕。县委书记丙三明主持大会。",
  ].join("\n");
  expect(parseText(page).map((a) => a.date)).toEqual(["2031-01-27"]);
});
test("记者…获悉: a news item is dated by the day the reporter learned it", () => {
  const [item] = parseText(
    "某某铁路累计运送旅客突破1亿人次\n记者2026年6月30日从某某铁路集团有限公司获悉,全线开通运营20年来,某某铁路累计运送旅客1.04亿人次、货物8.24亿吨。",
  );
  expect(item?.date).toBe("2026-06-30");
});

test("a year written as 年度 names a period reviewed when a review or an honour stands further on in its clause", () => {
  const lead = "7月9日,某某委召开全系统负责人座谈会,总结上半年工作。";
  const review = "会议通报了2030年度目标责任考核结果,表彰了2030年度及2028-2030年任期经营业绩优秀企业。";
  expect(yearsMentioned(review)).toEqual([]);
  expect(parseText(lead + review).map((a) => a.date)).toEqual(["--07-09"]);
});

test("a headline's call or visit is dated by the lead's sentence that reports it, not by the meeting beside it", () => {
  const dateOf = (text: string) => parseText(text)[0]!.date;
  expect(
    dateOf(
      "松岭省领导拜会全国政协副主席宋立安一行\n发布时间:2031-06-01\n某学会中央常务委员会第六次会议5月30日至31日在松岭举行。5月29日晚,省委书记高文远拜会前来出席会议的全国政协副主席宋立安一行。",
    ),
  ).toBe("2031-05-29");
  // No sentence of the lead names the call: the first dated one, as before.
  expect(
    dateOf(
      "高文远会见宋立安一行\n发布时间:2031-06-01\n某学会中央常务委员会第六次会议5月30日至31日在松岭举行。省委书记高文远与宋立安一行座谈交流。",
    ),
  ).toBe("2031-05-30");
});

test("a digest headed by its issue's day (12月23日要闻) dates its items' days alone (22日) against it", () => {
  const items = [
    "1.高文远会见来京述职的宋立安",
    "国家主席高文远22日下午在北京会见来京述职的松岭特别行政区行政长官宋立安,听取他对当前形势和特别行政区政府工作情况的汇报。",
    "2.钟明达会见来京述职的宋立安",
    "国务院总理钟明达12月22日上午在北京会见来京述职的松岭特别行政区行政长官宋立安,听取他对当前形势和特别行政区政府工作情况的汇报。",
    "3.全国政协召开主席会议",
    "全国政协第六十四次主席会议21日在京召开,全国政协主席林海涛主持会议并讲话。会议传达学习了中央经济工作会议精神。",
  ];
  const dates = (heading: string) => parseText([heading, ...items].join("\n")).map((a) => a.date);
  expect(dates("12月23日时事要闻")).toEqual(["--12-22", "--12-22", "--12-21"]);
  // A heading that names no issue dates nothing.
  expect(dates("12月23日召开的会议")).toEqual([null, "--12-22", null]);
});

test("a lead dated by the day before, with no publication date to count back from, takes no date it announces", () => {
  const dates = (text: string) => parseText(text).map((a) => a.date);
  expect(
    dates("昨天,市人大常委会召开主任会议,决定市人大常委会第二次会议将于3月28日举行。主任高文远主持会议。"),
  ).toEqual([null]);
  // With no day of its own, the announced one is all the report gives.
  expect(dates("市人大常委会召开主任会议,决定市人大常委会第二次会议将于3月28日举行。")).toEqual(["--03-28"]);
});

test("a decision with a comma before its date (全会决定,2032年2月23日召开…) announces it: the lead's 昨天 dates the meeting", () => {
  const dates = (text: string) => parseText(text).map((a) => a.date);
  expect(
    dates(
      "市委召开全体会议\n发布时间:2032-02-19\n昨天下午,市委召开全体会议。全会决定,2032年2月23日召开市第十四次党代会。市委书记高文远讲话。",
    ),
  ).toEqual(["2032-02-18"]);
});

test("a month and day that lost the 月 between them (1226日, 530日): of two readings, the one just before the publication date", () => {
  const date = (text: string) => parseText(text)[0]!.date;
  const page = (published: string, lead: string) =>
    `区政府领导分别主持召开征求意见座谈会\n时间:${published}\n${lead},区领导高文远、宋立安分别主持召开《政府工作报告》征求意见建议座谈会。与会人员纷纷表示报告内容实、亮点多。`;
  expect(date(page("2031-12-28", "1226日"))).toBe("2031-12-26");
  expect(date(page("2031-06-02", "530日上午"))).toBe("2031-05-30");
  // Digits that read as one month and day only are that day, months before the page too (posted late).
  expect(date(page("2031-03-02", "1226日"))).toBe("2030-12-26");
  // Digits of two readings are read only just before the page's date: 111日 is 1月11日 or 11月1日.
  expect(date(page("2031-01-20", "111日"))).toBe("2031-01-11");
  expect(date(page("2031-11-03", "111日"))).toBe("2031-11-01");
  expect(date(page("2031-06-02", "111日"))).toBe(null);
});

test("a lead that organises its event (根据…安排,3月20日,某院组织干警…) is dated by it", () => {
  const date = (text: string) => parseText(text)[0]!.date;
  expect(
    date(
      "市法院干警参观监狱接受警示教育\n发布时间:2031-03-24\n根据市法院开展主题教育的工作安排,3月20日,市法院组织了领导班子成员和部分党员到监狱接受警示教育。干警们参观了服刑人员的生活区。",
    ),
  ).toBe("2031-03-20");
});

test("a text that says which year of a five-year plan it is in (今年是“十二五”规划的开局之年) is in that year", () => {
  expect(
    yearTally("会议听取了2010年工作报告。会议提出,今年是实施“十二五”规划的开局之年,要围绕规划实施开展调研。").years,
  ).toEqual([2011, 2010]);
  expect(yearTally("今年是“十三五”收官之年。").years).toEqual([2020]);
  // The year before the one it says comes next, read across a PDF's line break.
  expect(yearTally("会议指出,明年是“十四五”收官之\n年,要审议2025年重点项目。").years).toEqual([2024, 2025]);
  expect(yearTally("会议指出,明年是“十四五”收官之年,要审议2025年重点项目。").years).toEqual([2024, 2025]);
  expect(
    parseText(
      "某党派市委会召开全会\n某党派市委会七届六次全委扩大会议2月12日举行。会议听取了主委所作的2010年工作报告。\n会议提出,今年是实施“十二五”规划的开局之年。",
    )[0]!.date,
  ).toBe("2011-02-12");
});

test("a page's date cut off its meta line after a separator (正文 | 2022-12-12) is its publication date", () => {
  expect(parsePublishedLine("   |   2022-12-12   ")).toBe("2022-12-12");
  expect(parsePublishedLine("｜2022-12-12 09:30")).toBe("2022-12-12");
  const [article] = parseText(
    "区委常委会召开会议\n您的位置:某某网 > 时政新闻 > 正文\n   |   2022-12-12   \n本网讯 12月8日,区委书记甲某某主持召开区委常委会会议,传达学习有关会议精神,研究审议相关工作议题。会议强调,要坚持稳中求进工作总基调,扎实推进各项工作落地见效。",
  );
  expect([article!.published, article!.date]).toEqual(["2022-12-12", "2022-12-08"]);
});

test("the national leader's visit a report goes on to study is its background: the meeting's own date follows", () => {
  const always = () => true;
  const context = { published: null, fileYears: [2031] };
  const lead =
    "5月16日下午,习近平总书记莅临松岭考察,并作出一系列重要指示。5月18日晚,区委书记甲主持召开区委常委会(扩大)会议,传达学习习近平总书记在松岭考察期间重要指示精神。";
  expect(eventDate(lead, null, context, always)).toBe("2031-05-18");
  // With no other date, the visit's is the report's.
  const visitOnly = "5月16日下午,习近平总书记在松岭考察调研。区委召开常委会会议传达学习。";
  expect(eventDate(visitOnly, null, context, always)).toBe("2031-05-16");
});

test("a text that hears a year's accounts (审计工作报告) is of the year after, at any month, named or not", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  const audit =
    "11月20日,旗人大常委会召开第九次会议。会议听取了关于2030年度旗本级财政预算执行和其他财政收支情况的审计工作报告。";
  expect(year(audit)).toEqual(["2031-11-20"]);
  // Named beside its own year, the year the text names most stands.
  expect(year(`${audit}会议还审议了2031年预算调整方案,2031年预算调整已报批。`)).toEqual(["2031-11-20"]);
  // Named beside the year after, less often than the accounts' year: the year after still.
  expect(year(`${audit}会议还听取了2030年度国有资产管理情况的报告和2031年预算调整方案的说明。`)).toEqual([
    "2031-11-20",
  ]);
});

test("final accounts approved without 年度 (批准2030年中央决算) are the year before's too", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  expect(year("6月27日,省人大常委会第五次会议闭幕。会议表决通过了关于批准2030年省级决算的决议。")).toEqual([
    "2031-06-27",
  ]);
  // A half year's budget is heard in its own year.
  expect(year("8月29日,省人大常委会第六次会议闭幕。会议听取了关于2031年上半年预算执行情况的报告。")).toEqual([
    "2031-08-29",
  ]);
});

test("a wire dateline without a year takes the year the file names, for the day and for 今天 counted from it", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  expect(
    year("本报北京3月4日讯 今天,部党组召开会议,传达学习总书记在2031年春节团拜会上的重要讲话精神。部长主持会议。"),
  ).toEqual(["2031-03-04"]);
  expect(
    year("新华社北京2月27日电 全国政协主席会议27日在北京召开。会议传达学习了2031年全国两会精神的有关安排。"),
  ).toEqual(["2031-02-27"]);
});

test("a text that calls a year past (过去的2030年) is of the year after; one about to pass (即将过去的2030年), of that year", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  expect(year("3月24日,县政协九届七次会议开幕。县委书记高文远说,过去的2030年是极不平凡的一年。")).toEqual([
    "2031-03-24",
  ]);
  expect(year("12月20日,县政协召开常委会议。县政协主席高文远说,即将过去的2030年是极不平凡的一年。")).toEqual([
    "2030-12-20",
  ]);
});

test("a meeting numbered within its year (主持召开2031年第14次厅务会) is of that year, whatever the page's date", () => {
  const dates = (text: string) => parseText(text).map((a) => a.date);
  expect(
    dates(
      "发布日期:2032-04-27\n8月13日,厅党组书记、厅长高文远主持召开2031年第14次厅务会。会议审议通过了门户网站管理办法,研究了有关议题。",
    ),
  ).toEqual(["2031-08-13"]);
  // A numbered meeting studied, not convened, leaves the page's date to decide.
  expect(
    dates(
      "发布日期:2032-09-01\n8月13日,厅党组召开会议,传达学习2031年第14次全省会议精神。厅长高文远主持会议并讲话,研究部署有关工作。",
    ),
  ).toEqual(["2032-08-13"]);
});

test("a year's review (2030年度民主生活会) in the first months is held the year after; in December, in its own year", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  const review = (day: string) =>
    `${day}下午,松岭县法院党组召开2030年度民主生活会。党组书记、院长甲主持,全体班子成员参加会议。会议通报了2029年度民主生活会整改措施落实情况。`;
  expect(year(review("2月28日"))).toEqual(["2031-02-28"]);
  expect(year(review("4月2日"))).toEqual(["2031-04-02"]);
  expect(year(review("12月28日"))).toEqual(["2030-12-28"]);
});

test("a meeting in April that reviews a year more often than it plans the next (职代会) is in the year it plans", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  const congress =
    "4月16日,松岭区人民医院第七届职工代表大会第一次会议召开。党委书记甲作工作报告,对医院2030年的主要工作进行回顾,并对2031年的工作进行了部署。会议审议了2030年职代会提案办理情况的报告和2030年财务预算执行情况的报告。";
  expect(year(congress)).toEqual(["2031-04-16"]);
});

test("the year a text says it is in by an anniversary (今年是党的百年华诞, 新中国成立75周年) dates a day written without one", () => {
  const year = (text: string) => parseText(text).map((a) => a.date);
  expect(
    year(
      "12月26日上午,我校第十一届教代会第一次会议开幕。校长甲指出,今年是中国共产党的百年华诞,也是我校办学140周年。会议审议了2020年学校财务工作报告。",
    ),
  ).toEqual(["2021-12-26"]);
  expect(year("9月20日,县委召开常委会会议。会议指出,今年是新中国成立75周年,要扎实做好各项工作。")).toEqual([
    "2024-09-20",
  ]);
  expect(year("11月5日,县委召开常委会会议。会议指出,明年是中国共产党成立100周年,要提前谋划相关工作。")).toEqual([
    "2020-11-05",
  ]);
});
