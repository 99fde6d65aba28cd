import { expect, test } from "vitest";
import { layoutFile } from "../../src/ingest/layout";
import { headingText } from "../../src/ingest/markdown-headings";
import { parseText } from "../../src/ingest";
import { isHardWrapped } from "../../src/ingest/normalize/rewrap";

test("markdown headings split a digest and title its articles", () => {
  const drafts = layoutFile(
    "# 甲省召开会议\n\n3月1日,甲省民政厅召开党组会议,研究部署今年的各项重点工作任务,要求抓好落实。\n\n## 乙省召开会议\n\n3月2日,乙省民政厅召开干部大会,传达学习全国两会精神,部署贯彻落实各项工作。",
  );
  expect(drafts.map((d) => [d.title, d.paragraphs.length])).toEqual([
    ["甲省召开会议", 1],
    ["乙省召开会议", 1],
  ]);
});

test("a markdown note whose one heading opens it is read as the page without the #: a chronicle's entries stay apart", () => {
  const page = [
    "2031年12月某市大事记",
    "来源:市委党史研究室 时间:2032年01月20日",
    "[字体: ] 打印",
    "12月1日 市委书记甲某某主持召开市委常委会会议,传达学习省委全会精神,研究部署全市重点工作。",
    "同日 市长乙某某主持召开市政府常务会议,研究部署安全生产工作。",
    "12月2日 市人大常委会召开第二十次会议,市人大常委会主任丙某某主持会议。",
  ];
  const read = (text: string) => parseText(text).map((a) => [a.date, a.text.slice(0, 7)]);
  const plain = read(page.join("\n\n"));
  expect(plain).toEqual([
    ["2031-12-01", "12月1日市委"],
    ["2031-12-01", "同日市长乙某某"],
    ["2031-12-02", "12月2日市人"],
  ]);
  expect(read(`# ${page[0]}\n\n${page.slice(1).join("\n\n")}`)).toEqual(plain);
});

test("newsletter items end at their (据…) line; an untitled item keeps no title", () => {
  const body = (n: number) => `${n}月1日,省民政厅召开会议,研究部署工作,会议强调要抓好落实,确保各项任务完成见效。`;
  const drafts = layoutFile(`${body(1)}\n(据甲省民政厅)\n${body(2)}\n(据乙省民政厅)`);
  expect(drafts.map((d) => [d.title, d.paragraphs.at(-1)])).toEqual([
    [null, "(据甲省民政厅)"],
    [null, "(据乙省民政厅)"],
  ]);
});

test("a web page: date line is the publication date, furniture goes, the first line is the title", () => {
  const [draft] = layoutFile(
    "人民网\n人民网>>山东频道>>要闻\n山东省召开推进会议\n2023年10月31日10:28 |\n小字号\n10月26日,山东省民政厅在滨州市召开推进会议,研究部署工作任务,会议要求抓好落实见到实效。\n推荐阅读\n另一篇文章的标题",
  );
  expect(draft).toEqual({
    title: "山东省召开推进会议",
    published: "2023-10-31",
    // The site's name at the top is a source line too, and so is the breadcrumb it opens.
    meta: "人民网 人民网>>山东频道>>要闻 2023年10月31日10:28 |",
    paragraphs: ["10月26日,山东省民政厅在滨州市召开推进会议,研究部署工作任务,会议要求抓好落实见到实效。"],
  });
});

test("an e-paper's page bar and headline menu over the title are furniture, never the title", () => {
  const [article] = parseText(
    "第A1版:要闻 4下一版\n标题导航\n2032年02月19日 星期六\n3 上一篇 下一篇 4 放大 缩小 默认\n市委召开全体会议\n昨天下午,市委召开全体会议,市委书记高文远讲话,会议要求抓好落实见到实效。",
  );
  expect([article!.title, article!.date]).toEqual(["市委召开全体会议", "2032-02-18"]);
});

test("an e-paper's switches between a page's stories and the whole page are furniture: a week's ● items under them are items", () => {
  const said =
    "他强调,要全面贯彻落实重要讲话精神,切实抓好反馈问题整改,持续巩固提升全区生态环境质量,切实增强群众满意度。";
  const items = [
    `●第六届西部投资贸易洽谈会开幕。区委书记林一峰参加开幕式,区长张二明参加开幕式并到松岭展厅巡展。${said}`,
    `●区委书记林一峰主持召开区规划委员会全体会议,审议有关文件,安排有关工作。区长张二明等出席。${said}`,
    `●区委书记林一峰,区长张二明调研蔬菜产业并召开座谈会。${said}`,
    `●区委书记林一峰前往松岭街道,调研督导环保督察反馈问题整改工作。${said}`,
    "● 区长张二明带队调研督导重点交办",
  ];
  const articles = parseText(
    ["通版阅读请点击:", "展开通版", "收缩通版", "当前版:01版", "要 闻 周 报", "(5月20日—5月24日)", ...items].join("\n"),
  );
  expect(articles.map((a) => a.isMeeting)).toEqual([false, true, true, false, false]);
});

test("a share bar and a font-size bar over the title are furniture, never the title", () => {
  const [article] = parseText(
    "分享到:微信 微博 QQ空间\n小字号 大字号\n某县召开推进会\n2031年5月7日,某县召开推进会,县长吕一平主持会议,研究部署工作任务,会议要求抓好落实见到实效。",
  );
  expect([article!.title, article!.date]).toEqual(["某县召开推进会", "2031-05-07"]);
});

test("photo captions left where the photos stood (会议现场, 主席台) are neither the title nor text", () => {
  const [article] = parseText(
    "会议现场\n主席台\n某县委理论学习中心组召开专题学习会\n2031年4月2日,某县委理论学习中心组召开专题学习会,县委书记龚一平主持会议并讲话。\n座谈会现场\n会议强调,要深入学习。",
  );
  expect([article!.title, article!.meetingType, article!.text.includes("现场")]).toEqual([
    "某县委理论学习中心组召开专题学习会",
    "理论学习中心组学习会",
    false,
  ]);
});

test("a long line that stops mid-sentence is joined to the next", () => {
  const [draft] = layoutFile(
    "标题在此处召开会议\n会议强调,全省民政系统要把传达学习好、贯彻落实好重要讲话精神作为当前一项重大政治任务,按照省委部署要\n求,在全面学习上强化意识。\n新段落。",
  );
  expect(draft!.paragraphs).toEqual([
    "会议强调,全省民政系统要把传达学习好、贯彻落实好重要讲话精神作为当前一项重大政治任务,按照省委部署要求,在全面学习上强化意识。",
    "新段落。",
  ]);
});

test("a photo's caption that ends with its credit (摄影/甲乙) is not joined to the line after it", () => {
  const [draft] = layoutFile(
    "标题在此处召开会议\n在全市领导干部会议上,高文远指出,全国两会审议通过的报告对做好全市工作具有重要指导意义 摄影/宋立安\n市委书记高文远主持会议并讲话。市长钟明达传达会议精神。",
  );
  expect(draft!.paragraphs).toEqual([
    "在全市领导干部会议上,高文远指出,全国两会审议通过的报告对做好全市工作具有重要指导意义 摄影/宋立安",
    "市委书记高文远主持会议并讲话。市长钟明达传达会议精神。",
  ]);
});

test("a date or time a hard-wrapped text cuts between two lines is whole again (…2031年1 + 2月31日,…; 时间:2032-01- + 02; 20 + 31年)", () => {
  const wrapped = (cut: string) =>
    [
      "岁序常易,万象更新。2031年",
      `${cut}全省各界人士新年茶话`,
      "会在省会举行。省委书记甲某某出",
      "席茶话会并发表讲话。省委副书记、",
      "省长乙某某出席,省政协主席丙某某",
      "主持。各界人士欢聚一堂,共叙情",
      "谊、喜迎新年。一年来,全省上下凝",
      "心聚力,各项事业取得新的成绩。新",
      "的一年,全省上下将继续团结奋斗,",
      "推动各项工作迈上新台阶。",
    ].join("\n");
  const [article] = parseText(wrapped("12月31日,"));
  expect([article!.date, article!.text.split("。")[1]]).toEqual([
    "2031-12-31",
    "2031年12月31日,全省各界人士新年茶话会在省会举行",
  ]);
  const cutInTheMonth = parseText(wrapped("12月31日,").replace("2031年\n1", "2031年1\n"));
  expect(cutInTheMonth.map((a) => a.date)).toEqual(["2031-12-31"]);
  // A page's date line cut in two is its publication date.
  const dateLineCut = parseText(`来源:某某日报时间:2032-01-\n02\n${wrapped("12月31日,")}`);
  expect(dateLineCut.map((a) => [a.published, a.date])).toEqual([["2032-01-02", "2031-12-31"]]);
  for (const cut of [
    "来源:某某日报 时间:2032-01\n-02 浏览量:28",
    "来源:某某日报 发布日期\n: 2032-01-02",
    // The label cut inside, across a blank line too.
    "作者:某某 发布时\n\n间:2032-01-02",
  ])
    expect(parseText(`${cut}\n${wrapped("12月31日,")}`).map((a) => a.published)).toEqual(["2032-01-02"]);
  // A date line far down a page, its source's label cut from its colon: the publication date still.
  const menu = "首页|要闻|政务|民生|专题\n".repeat(16);
  const sourceCut = parseText(`${menu}2032-01-02 10:32:05 来源\n\n:某某日报\n${wrapped("12月31日,")}`);
  expect(sourceCut.map((a) => a.published)).toEqual(["2032-01-02"]);
  // A lead's date at the top, cut from the sentence it opens: the lead's date, not a publication date.
  const leadCut = parseText(wrapped("12月31日下午\n\n,").replace("岁序常易,万象更新。2031年\n", "2031年"));
  expect(leadCut.map((a) => [a.published, a.date])).toEqual([[null, "2031-12-31"]]);
  // A day cut from its 日, a year cut in its figures, a stamp's time cut: whole again.
  const lead = wrapped("12月31日,");
  expect(parseText(lead.replace("2031年\n12月31日", "2031年\n12月31\n日")).map((a) => a.date)).toEqual(["2031-12-31"]);
  expect(parseText(`召开20\n31年第一次会议。\n${lead.replace("2031年\n", "\n")}`).map((a) => a.date)).toEqual([
    "2031-12-31",
  ]);
  expect(parseText(`某某日报 2032-01-02 1\n0:32:05\n${lead}`).map((a) => a.published)).toEqual(["2032-01-02"]);
  // A span of days cut after its first day, on a line of its own (2031年12月29日- + 30日,…): one span,
  // dated by its first day, not a date line.
  const span = lead.replace("岁序常易,万象更新。2031年\n12月31日,", "岁序常易,万象更新。\n2031年12月29日-\n30日,");
  expect(parseText(span).map((a) => [a.date, a.published])).toEqual([["2031-12-29", null]]);
  // A stamp's time whole at a line's end and a date opening the next line are two things, not one cut.
  const stamped = parseText(`某某日报2032-01-26 10:48:29\n\n1月25日,${lead.split("12月31日,")[1]}`);
  expect(stamped.map((a) => [a.published, a.date])).toEqual([["2032-01-26", "2032-01-25"]]);
  // A line cut after a year that no date goes on from is not joined to a dated item after it.
  expect(parseText(wrapped("3日,").replace("2031年", "2031年是关键一年,")).length).toBe(1);
});

test("a PDF's text with a blank line after every printed line is joined as its column's lines are", () => {
  const printed = [
    "某县召开县委常委会会议",
    "5月6日,县委书记甲某某主持召开",
    "县委常委会会议,传达学习省委全会",
    "精神,研究部署当前重点工作。县委",
    "副书记、县长乙某某,县委副书记丙",
    "某某等县委常委出席会议。会议强调",
    ",要坚持稳中求进工作总基调,扎实",
    "推进各项工作落地见效,确保各项任",
    "务按期完成,以优异成绩回报全县人",
    "民的期待。会议还研究了其他事项。",
  ];
  const [spaced] = parseText(printed.join("\n\n"));
  const [joined] = parseText(printed.join("\n"));
  expect(spaced!.text).toBe(joined!.text);
  expect(spaced!.text.split("\n")).toEqual([printed[0], printed.slice(1).join("")]);
  // A newsletter's column of a dozen characters.
  const narrow = printed
    .slice(1)
    .join("")
    .match(/.{1,12}/g)!;
  const [spacedNarrow] = parseText([printed[0], ...narrow].join("\n\n"));
  expect(spacedNarrow!.text).toBe(joined!.text);
  // Traditional text with a converter's glosses (调(diào)), cut at the column's width with them: once they
  // are taken out, its lines are a few characters short of the column, each by its own glosses.
  const glossed = printed
    .slice(1)
    .join("")
    .replace(/调/g, "调(diào)")
    .replace(/项/g, "项(xiàng)")
    .match(/.{1,16}/g)!;
  const [spacedGlossed] = parseText([printed[0], ...glossed].join("\n\n"));
  expect(spacedGlossed!.text).toBe(joined!.text);
  // Glossed so densely that its lines, glosses gone, are each of a width of its own: the column is
  // read in the lines as they came.
  const dense = printed
    .slice(1)
    .join("")
    .replace(
      /([会议县书记长常委])/g,
      (c) =>
        `${c}(${{ 会: "huì", 议: "yì", 县: "xiàn", 书: "shū", 记: "jì", 长: "zhǎng", 常: "cháng", 委: "wěi" }[c]})`,
    )
    .match(/.{1,14}/g)!;
  const [spacedDense] = parseText([printed[0], ...dense].join("\n\n"));
  expect([spacedDense!.text, spacedDense!.date]).toEqual([joined!.text, "--05-06"]);
  // Headlines and paragraphs each between blank lines are not a column's lines.
  const page = ["某县召开县委常委会会议", "5月6日,县委书记甲某某主持召开县委常委会会议。", "会议强调,要坚持稳中求进。"];
  expect(parseText(page.join("\n\n"))[0]!.text.split("\n")).toEqual(page);
});

test("a paper's lead that opens with its dateline goes on past a short line, and its 今天 is the dateline's day", () => {
  const text = [
    "松岭日报松岭3月21日讯 今天上午,县政协十一届三次",
    "主席会议召开。县政协主席甲乙丙主持会议并讲话。",
    "会议审议通过了常委会议议程,决定会议3月26日在县城召开。",
  ].join("\n");
  const [article] = parseText(text);
  expect(article!.text.split("\n")[0]).toBe(
    "松岭日报松岭3月21日讯今天上午,县政协十一届三次主席会议召开。县政协主席甲乙丙主持会议并讲话。",
  );
  expect(article!.date).toBe("--03-21");
});

test("a paragraph that lost its full stop is not joined to the next across a blank line", () => {
  const text =
    "松岭省人大常委会党组举行集中学习\n\n5月30日,松岭省人大常委会党组举行集中学习,党组副书记、常务副主任高文远主持学习,强调要推动人大工作再上新台阶 \n\n  宋立安、钟明达、林海涛,省人大常委会委员参加学习。";
  const [draft] = layoutFile(text);
  expect(draft!.paragraphs).toEqual([
    "5月30日,松岭省人大常委会党组举行集中学习,党组副书记、常务副主任高文远主持学习,强调要推动人大工作再上新台阶",
    "宋立安、钟明达、林海涛,省人大常委会委员参加学习。",
  ]);
  expect(parseText(text)[0]!.people.map((p) => `${p.name}:${p.role}`)).toEqual([
    "高文远:主持",
    "宋立安:出席",
    "钟明达:出席",
    "林海涛:出席",
  ]);
});

test("a markdown heading's text: up to six #, closing #s and spaces dropped", () => {
  expect(headingText("## 乙省召开会议 ##")).toBe("乙省召开会议");
  expect(headingText("#######七级标题")).toBe("#七级标题");
  expect(headingText("#\t标题\t#")).toBe("标题");
  expect(headingText("# a # #")).toBe("a #");
  expect(headingText("###")).toBe("#");
  expect(headingText("#")).toBeNull();
  expect(headingText("正文#")).toBeNull();
});

test("a page of daily briefs is one article per dated paragraph", () => {
  const page = [
    "12月18日,副省长王东亮出席全省网络货运大会并讲话。要把网络货运这个平台搭建好、培育好、发展好。",
    "12月18日,省人大常委会召开第56次主任会议,研究代表专题调研情况的报告,决定转省政府研究办理。",
    "省人大常委会有关工作委员会负责同志列席会议,并就有关事项作了说明。",
    "2.全省大气污染防治调度会召开",
    "12月17日,省政府召开全省大气污染防治视频调度会,副省长贺天才出席会议并讲话,要求坚决兑现整改承诺。",
  ].join("\n");
  expect(layoutFile(page).map((d) => [d.title, d.paragraphs.length, d.paragraphs[0]!.slice(0, 7)])).toEqual([
    [null, 1, "12月18日,"],
    [null, 2, "12月18日,"],
    ["全省大气污染防治调度会召开", 1, "12月17日,"],
  ]);
});

test("bracketed labels (【发布日期】:…, 【来源】:…) make a date and source line", () => {
  const [draft] = layoutFile(
    "宁都县召开农村工作会议\n【发布日期】:2031-09-23 【来源】:宁都政府网\n9月22日,县委召开农村工作会议,部署秋冬季农业生产工作,要求各乡镇抓好落实。",
  );
  expect([draft!.title, draft!.published, draft!.meta]).toEqual([
    "宁都县召开农村工作会议",
    "2031-09-23",
    "发布日期:2031-09-23 来源:宁都政府网",
  ]);
});

test("accessibility links at the top of a page are not its title", () => {
  const [draft] = layoutFile(
    "跳至主要内容\n行政长官前往外地述职\n行政长官将于明日下午前往外地述职,向有关方面汇报最新情况,行政长官办公室主任陪同。",
  );
  expect(draft!.title).toBe("行政长官前往外地述职");
});

test("a headline printed right above the page's date line is the title, whatever furniture stands above it", () => {
  const [draft] = layoutFile(
    "国内时事 Ads.\n\n李明主持召开省政府第三次全体会议\n\nhttp://www.example.cn 2031年2月3日10:32 晚报\n据报道,省长李明昨天下午主持召开省政府第三次全体会议,\n讨论即将提请审议的政府工作报告征求意见稿。",
  );
  expect([draft!.title, draft!.published]).toEqual(["李明主持召开省政府第三次全体会议", "2031-02-03"]);
});

test("a site's name at the top and its owner in the footer are the page's source lines, not its text", () => {
  const [draft] = layoutFile(
    [
      "某某政务网",
      "局党组召开会议传达学习有关精神",
      "4月3日,局党组召开会议,传达学习有关文件精神,研究部署下一阶段重点工作。",
      "版权所有:某某省某某厅",
    ].join("\n"),
  );
  expect(draft).toMatchObject({ title: "局党组召开会议传达学习有关精神", meta: "某某政务网 版权所有:某某省某某厅" });
  expect(draft?.paragraphs).toEqual(["4月3日,局党组召开会议,传达学习有关文件精神,研究部署下一阶段重点工作。"]);
});

test("a page's date printed alone under its text is its publication date when none stands at its top", () => {
  const [draft] = layoutFile(
    "某某召开专题会议\n\n4月3日,某某召开专题会议,研究部署下一阶段重点工作,要求各单位狠抓落实。\n\n2031年4月4日(星期五)\n",
  );
  expect(draft?.published).toBe("2031-04-04");
});

test("an e-paper's record line under its text (date, times, page name, file, headline) dates the page", () => {
  const [draft] = layoutFile(
    "某县召开专题会议\n\n本报讯 4月3日,某县召开专题会议,研究部署下一阶段重点工作,要求各单位狠抓落实。\n\n2031-04-05 14 14 某某日报 content_123456.html 1 3 某县召开专题会议 /enpproperty-->\n",
  );
  expect(draft?.published).toBe("2031-04-05");
  expect(draft?.paragraphs.join("")).not.toContain("content_123456");
});

test("a crawler's stamp at the top gives way to the page's own labelled publication line", () => {
  const page = [
    "2031-11-24 11:27:13",
    "首页 国际 港澳 社会 地方",
    "松岭县政协召开常委会议",
    "文章来源:松岭新闻网 作者: 发布时间:2029-03-01 16:06",
    "3月1日,松岭县政协召开常委会议,县政协主席高文远主持会议,审议了有关文件。",
  ].join("\n");
  expect(parseText(page).map((a) => [a.title, a.published, a.date])).toEqual([
    ["松岭县政协召开常委会议", "2029-03-01", "2029-03-01"],
  ]);
});

test("a headline with the page's date and source after it on one line: the title, the publication date, and 昨天 the day before", () => {
  const [article] = parseText(
    "松岭省人大常委会第十次会议举行扩大会议 2031-08-21 来源:松岭日报\n记者 高文\n松岭省人大常委会第十次会议昨天下午在省人民会堂举行扩大会议。省人大常委会主任宋立安主持会议。",
  );
  expect([article!.title, article!.published, article!.date]).toEqual([
    "松岭省人大常委会第十次会议举行扩大会议",
    "2031-08-21",
    "2031-08-20",
  ]);
});
test("a # line that goes on past its first sentence is a paragraph (a report in a script's comment), not a markdown heading", () => {
  const script = [
    "def summary(text):",
    "    return text",
    "",
    '# text="（记者 甲乙 摄影 丙丁）1月13日下午，第三次党代会主席团第二次会议在综合楼举行。梁同甫同志主持会议。会议听取了各团长的汇报。"',
  ].join("\n");
  const [article] = parseText(script);
  expect([article?.date, article?.people.map((p) => [p.name, p.role])]).toEqual(["--01-13", [["梁同甫", "主持"]]]);
  expect(headingText("## 甲省召开会议。 ##")).toBe("甲省召开会议。");
});

test("bulleted headlines of other stories above the report are links: their names and slogans are not the report's", () => {
  const page = [
    "- 全省某某工作座谈会在松岭召开 林一峰张二明出席并讲话",
    "- 王三川在某某研究院调研时强调 以科技创新“赋能增效”",
    "- 省政协机关党组理论学习中心组开展集中研讨",
    "1月18日,省政协召开党组会议,省政协党组书记、主席赵四海主持会议,学习贯彻全国政协会议精神。",
  ].join("\n");
  const [article, ...more] = parseText(page, { fileName: "links.txt" });
  expect(more).toEqual([]);
  expect(article!.title).toBeNull();
  expect(article!.people.map((p) => p.name)).toEqual(["赵四海"]);
  expect(article!.phrases).toEqual([]);
  // One bulleted line is the report's own point, kept.
  const one = parseText(page.split("\n").slice(2).join("\n"), { fileName: "one.txt" });
  expect(one[0]!.text).toContain("理论学习中心组开展集中研讨");
});

test("a site's menu over the title (首页 | 新闻中心 | 政务公开, or items apart by spaces) is furniture", () => {
  const body = "8月31日,甲市市委召开常委会会议,研究部署下半年各项重点工作任务,要求抓好落实。";
  for (const menu of [
    "首页 | 新闻中心 | 政务公开",
    "首页｜机构概况｜新闻中心｜办事服务",
    "首页 机构概况 新闻中心 政务公开",
  ])
    expect(
      parseText(`${menu}\n甲市市委常委会召开会议\n分享到:微信 微博\n2031-09-01 10:12:33\n${body}`).map((a) => a.title),
    ).toEqual(["甲市市委常委会召开会议"]);
  // A headline of three parts apart by spaces is still the headline.
  expect(parseText(`甲市召开 防汛会议 部署工作\n2031-09-01\n${body}`).map((a) => a.title)).toEqual([
    "甲市召开防汛会议部署工作",
  ]);
});

test("an item of a numbered list is titled by its headline, not its number; a figure opening a headline stays", () => {
  const item = (head: string) =>
    `${head}\n2031-05-06 | 来源:市委办\n5月5日,甲市市委召开常委会会议,传达学习省委全会精神,研究部署贯彻落实工作。`;
  expect(
    parseText(`${item("1. 甲市市委常委会召开会议")}\n\n${item("2. 甲市市政府召开常务会议")}`).map((a) => a.title),
  ).toEqual(["甲市市委常委会召开会议", "甲市市政府召开常务会议"]);
  expect(parseText(item("2.5亿元项目集中开工")).map((a) => a.title)).toEqual(["2.5亿元项目集中开工"]);
});

test("a report that opens with its headline in brackets (【…】5月8日,…) is titled by it, one such report or several", () => {
  const report = (head: string, day: string) =>
    `【${head}】${day},甲市${head.slice(2)},研究部署下半年各项重点工作任务,要求抓好落实。(来源:市委办 2031-05-09)`;
  expect(
    parseText([report("甲市召开常务会议", "5月8日"), report("甲市召开防汛会议", "5月9日")].join("\n")).map((a) => [
      a.title,
      a.date,
    ]),
  ).toEqual([
    ["甲市召开常务会议", "--05-08"],
    ["甲市召开防汛会议", "--05-09"],
  ]);
  // A bracketed label that is no headline (【编者按】) titles nothing.
  expect(
    parseText("【编者按】5月8日,甲市召开常务会议,研究部署下半年各项重点工作任务,要求抓好落实。")[0]!.title,
  ).toBeNull();
});

test("a headline in square brackets before a dated lede ([…] 4月3日,…) titles its item, whatever its words", () => {
  const page = [
    "疫情防控工作",
    "[全市复学疫情防控实战演练举行] 4月2日,全市复学疫情防控实战演练在第一高级中学举行。副市长高文远现场指导工作。",
    "[全市41名援鄂医疗队队员平安健康回家] 4月3日,全市41名援鄂医疗队队员结束集中休养,平安健康回家。市长宋立安前往集中休养点迎接。",
    "[市防控指挥部召开第74次日例会] 4月7日,市防控指挥部召开第74次日例会。市长宋立安主持会议并讲话。",
    "[钟明达调研复学工作] 4月8日,市委副书记钟明达到第一",
  ].join("\n");
  expect(parseText(page).map((a) => [a.title, a.date])).toEqual([
    ["全市复学疫情防控实战演练举行", "--04-02"],
    ["全市41名援鄂医疗队队员平安健康回家", "--04-03"],
    ["市防控指挥部召开第74次日例会", "--04-07"],
    ["钟明达调研复学工作", "--04-08"],
  ]);
});

test("a page of short headlines over paragraphs on lines of their own is no hard-wrapped text", () => {
  const sentence = "会议强调,要坚持稳中求进工作总基调,扎实推进各项工作落地见效。";
  const page = [
    "省政协某次会议主席团举行第二次会议",
    "28.01.2031  13:50",
    `1月27日晚,省政协某次会议主席团举行第二次会议。${sentence}`,
    sentence.repeat(6),
    sentence.repeat(4),
    "民盟某省委全会在省会召开",
    "2月8日,民盟某省委十四届二次全会在省会召开",
    "省政协召开新老班子交接会",
    "1月29日,省政协十二届一次会议",
  ];
  expect(isHardWrapped(page)).toBe(false);
  // Lines cut at one width are a hard-wrapped text, however many headlines stand among them.
  const printed = sentence.repeat(12).match(/.{1,24}/g)!;
  expect(isHardWrapped([...page.slice(0, 2), ...printed])).toBe(true);
});

test("a page's meta line its text runs on from (…责任编辑:某某12月22日,某县…) is the meta line, then the lead", () => {
  const [article] = parseText(
    "松岭县举行项目集中签约仪式\n发布时间:2031-12-27 14:27:11 | 来源:某某网 | 作者:松岭县委统战部 | 责任编辑:林一峰12月22日,松岭县项目集中签约仪式在县会议中心举行。县委书记张二明出席。",
  );
  expect([article!.published, article!.date, article!.text.includes("责任编辑")]).toEqual([
    "2031-12-27",
    "2031-12-22",
    false,
  ]);
});

test("a chronicle whose first entry runs on from the page's date line, right after its time's seconds (18:23:541月1日,…), starts with that entry", () => {
  const page = [
    "2031年1月大事记(杂志版)",
    "发布日期:2032-01-31 18:23:541月1日,市发改委发布统计,全市有24个百亿元项目落地开工。",
    "1月2日,市委全体(扩大)会议暨全市经济工作会议召开。市委书记林一峰主持会议并讲话。",
    "1月3日,市长张二明主持召开推进会,研究部署长江大保护工作。",
  ].join("\n");
  expect(parseText(page, { fileName: "chronicle.txt" }).map((a) => a.date)).toEqual([
    "2031-01-01",
    "2031-01-02",
    "2031-01-03",
  ]);
});
