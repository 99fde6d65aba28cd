import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";

// Invented reports: every name, place and sentence here is made up for the tests.
const B1 = "会上,省长周明远主持会议并讲话。会议研究了春耕备耕工作,要求各地抓好农资供应,确保粮食生产稳定。";
const B2 = "会上,市长韩立川出席并讲话。会议听取了防汛工作汇报,要求压实责任,做好汛期各项准备工作。";
const B3 = "市委书记吴思远主持会议。会议审议了乡村振兴实施方案,强调要因地制宜发展特色产业,带动群众增收。";
const T1 = "湖南省政府召开常务会议";
const T2 = "长沙市召开防汛工作会议";
const T3 = "株洲市委召开常委会议";
const EXPECTED = [
  [T1, "2024-03-02", "2024-03-04", "湖南", ["周明远:主持"]],
  [T2, "2024-03-04", "2024-03-05", "湖南", ["韩立川:讲话"]],
  [T3, "2024-03-05", "2024-03-06", "湖南", ["吴思远:主持"]],
];

function summary(text: string, fileName: string) {
  return parseText(text, { fileName }).map((a) => [
    a.title,
    a.date,
    a.published,
    a.province,
    a.people.map((p) => `${p.name}:${p.role}`),
  ]);
}

describe("feeds: one article per item", () => {
  test("an RSS 2.0 feed, its texts in CDATA, escaped once more, or plain", () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>青川日报</title><link>http://example.org</link><description>新闻</description>
<item><title>${T1}</title><link>http://example.org/1</link><pubDate>Mon, 04 Mar 2024 09:30:00 +0800</pubDate><description><![CDATA[<p>3月2日,湖南省政府召开常务会议。${B1}</p>]]></description></item>
<item><title>${T2}</title><pubDate>Tue, 05 Mar 2024 10:00:00 +0800</pubDate><description>&lt;p&gt;3月4日,长沙市召开防汛工作会议。${B2}&lt;/p&gt;</description></item>
<item><title>${T3}</title><pubDate>Wed, 6 Mar 2024 08:00:00 +0800</pubDate><description>3月5日,株洲市委召开常委会议。${B3}</description></item>
</channel></rss>`;
    expect(summary(rss, "feed.xml")).toEqual(EXPECTED);
  });
  test("an Atom feed, dated by updated or published, its text in content or summary", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>江城新闻</title><updated>2024-03-09T08:00:00Z</updated>
<entry><title>${T1}</title><updated>2024-03-04T09:30:00+08:00</updated><content type="html">&lt;p&gt;3月2日,湖南省政府召开常务会议。${B1}&lt;/p&gt;</content></entry>
<entry><title type="text">${T2}</title><published>2024-03-05T10:00:00+08:00</published><summary>3月4日,长沙市召开防汛工作会议。${B2}</summary></entry>
</feed>`;
    expect(summary(atom, "feed.atom")).toEqual(EXPECTED.slice(0, 2));
  });
  test("an item left open at the end of a cut-off feed is not read", () => {
    const cut = `<rss version="2.0"><channel><item><title>${T1}</title><description>3月2日,湖南省政府召开常务会议。${B1}</description></item><item><title>${T2}`;
    expect(summary(cut, "cut.xml").map((a) => a[0])).toEqual([T1]);
  });
});

describe("data files: one article per record", () => {
  test("a JSON object holding its records deep inside, with publishTime, pubDate and source fields", () => {
    const answer = JSON.stringify({
      code: 200,
      data: {
        list: [
          {
            title: T1,
            publishTime: "2024-03-04 09:30:00",
            source: "湖南日报",
            content: `3月2日,湖南省政府召开常务会议。${B1}`,
          },
          {
            title: T2,
            pubDate: "2024/03/05",
            source: "长沙晚报",
            content: `<p>3月4日,长沙市召开防汛工作会议。${B2}</p>`,
          },
        ],
      },
    });
    expect(summary(answer, "news.json")).toEqual(EXPECTED.slice(0, 2));
  });
  test("publication times given as seconds or milliseconds since 1970 date the records, a publisherId does not", () => {
    const array = JSON.stringify([
      {
        title: T1,
        publisherId: 1709480000,
        publishTime: 1709516400000,
        content: `3月2日,湖南省政府召开常务会议。${B1}`,
      },
      { title: T2, createTime: 1709600000, content: `3月4日,长沙市召开防汛工作会议。${B2}` },
      { title: T3, publisherId: 1709480000, content: `3月5日,株洲市委召开常委会议。${B3}` },
    ]);
    expect(summary(array, "news.json").map((a) => [a[0], a[2]])).toEqual([
      [T1, "2024-03-04"],
      [T2, "2024-03-05"],
      [T3, null],
    ]);
  });
  test("a script that assigns its records to a variable, keys bare and strings single-quoted", () => {
    const script = `// 新闻列表
var news = [
  {title: "${T1}", pubDate: "2024-03-04", content: "3月2日,湖南省政府召开常务会议。${B1}"},
  {title: '${T2}', pubDate: '2024-03-05', content: '3月4日,长沙市召开防汛工作会议。${B2}'},
];`;
    expect(summary(script.replace(/^\/\/.*\n/, ""), "news.js")).toEqual(EXPECTED.slice(0, 2));
  });
});

describe("saved list pages: one article per item", () => {
  test("an HTML list whose items print headline and date on one line, then a summary", () => {
    const page = `<html><head><title>工作动态</title></head><body><div class="nav">首页 | 新闻中心 | 工作动态</div>
<ul class="list">
<li><a href="/a/1.html">${T1}</a><span>2024-03-04</span><p>3月2日,湖南省政府召开常务会议。${B1}</p></li>
<li><a href="/a/2.html">${T2}</a><span>[2024-03-05]</span><p>3月4日,长沙市召开防汛工作会议。${B2}</p></li>
<li><a href="/a/3.html">${T3}</a><span>2024-03-06</span><p>3月5日,株洲市委召开常委会议。${B3}</p></li>
</ul><div>上一页 1 2 3 下一页</div></body></html>`;
    expect(summary(page, "list.html")).toEqual(EXPECTED);
  });
  test("a text list, each headline followed by its date on the same line", () => {
    const page = [
      `${T1} 2024-03-04`,
      `3月2日,湖南省政府召开常务会议。${B1}`,
      `${T2} (2024-03-05)`,
      `3月4日,长沙市召开防汛工作会议。${B2}`,
      `${T3} 2024-03-06`,
      `3月5日,株洲市委召开常委会议。${B3}`,
    ].join("\n");
    expect(summary(page, "list.txt")).toEqual(EXPECTED);
  });
});

describe("newsletters: one article per item", () => {
  const items = [
    [T1, `3月2日,湖南省政府召开常务会议。${B1}`],
    [T2, `3月4日,长沙市召开防汛工作会议。${B2}`],
    [T3, `3月5日,株洲市委召开常委会议。${B3}`],
  ];
  const dated = (rows: readonly (readonly unknown[])[]) => rows.map((row) => [row[0], row[1]]);
  test("numbered headlines, each over its dated item, under the newsletter's own head", () => {
    const brief = `工作简报\n第5期\n青川县人民政府办公室 2024年3月8日\n\n${items.map(([t, b], i) => `${"一二三"[i]}、${t}\n${b}`).join("\n")}`;
    expect(dated(summary(brief, "brief.txt"))).toEqual(dated(EXPECTED));
  });
  test("bare headlines, each over its dated item", () => {
    const brief = `政务信息\n2024年3月8日\n\n${items.map(([t, b]) => `${t}\n\n${b}`).join("\n\n")}`;
    expect(dated(summary(brief, "brief.txt"))).toEqual(dated(EXPECTED));
  });
  test("headlines over their issuer and date in brackets, then the dated item", () => {
    const dates = ["2024年3月4日", "2024年3月5日", "2024年3月6日"];
    const issuers = ["省政府办公厅", "长沙市政府办", "株洲市委办"];
    const brief = `政务信息\n${items.map(([t, b], i) => `${t}\n(${issuers[i]} ${dates[i]})\n${b}`).join("\n")}`;
    expect(summary(brief, "brief.txt")).toEqual(EXPECTED);
  });
  test("a markdown digest, one ## heading per item", () => {
    const digest = `# 一周要闻\n\n${items.map(([t, b]) => `## ${t}\n\n${b}`).join("\n\n")}`;
    expect(summary(digest, "digest.md").map((a) => [a[0], a[1]])).toEqual([
      [T1, "--03-02"],
      [T2, "--03-04"],
      [T3, "--03-05"],
    ]);
  });
});

describe("pages of several full reports", () => {
  test("each headline over its own source, byline and date line opens a report of its own", () => {
    const page = `工作动态
${T1}
来源:湖南日报 作者:李青 发布时间:2024-03-04
3月2日,湖南省政府召开常务会议。${B1}

${T2}
来源:长沙晚报 作者:王川 发布时间:2024-03-05
3月4日,长沙市召开防汛工作会议。${B2}

${T3}
来源:株洲新闻网 发布时间:2024-03-06
3月5日,株洲市委召开常委会议。${B3}
`;
    expect(summary(page, "reports.txt")).toEqual(EXPECTED);
  });
  test("a line of furniture above the only report, long as it is, is not a report", () => {
    const page = `青川在线青川新闻青川视频青川论坛青川图片青川专题青川政务青川旅游青川美食青川教育\n${T2}\n发布时间:2024-03-05 来源:长沙晚报\n3月4日,长沙市召开防汛工作会议。${B2}`;
    expect(summary(page, "one.txt")).toEqual([EXPECTED[1]]);
  });
  test("a headline and date line with no text after them stay with the report before", () => {
    const page = `${T2}\n发布时间:2024-03-05\n3月4日,长沙市召开防汛工作会议。${B2}\n${T3}\n发布时间:2024-03-06\n`;
    expect(summary(page, "teaser.txt").map((a) => [a.length, a[0]])).toEqual([[5, T2]]);
  });
});

describe("one report is not split", () => {
  test("a speech with numbered sections", () => {
    const speech = `在全省春耕工作会议上的讲话
省长 周明远
(2024年3月2日)
同志们:
一、充分认识做好春耕工作的重要意义
今年是关键之年,做好春耕工作意义重大,各地要高度重视,切实把思想统一到省委部署上来。
二、突出抓好春耕备耕重点工作
要抓好农资供应,确保化肥种子及时到位,加强农技服务,帮助群众解决实际困难和问题。
三、切实加强组织领导
各级党委政府要压实责任,主要负责同志要亲自抓,确保各项措施落到实处,取得实效。
`;
    expect(parseText(speech, { fileName: "speech.txt" }).map((a) => [a.title, a.date])).toEqual([[null, "2024-03-02"]]);
  });
  test("a report whose requirements are numbered", () => {
    const report = `${T2}\n发布时间:2024-03-05\n3月4日,长沙市召开防汛工作会议。${B2}\n会议要求:
1、压实防汛责任,各级各部门要切实担负起防汛责任。
2、加强隐患排查,对重点部位逐一排查,及时整改到位。
3、做好应急准备,储备足够的防汛物资,确保关键时刻拉得出用得上。`;
    expect(parseText(report, { fileName: "report.txt" }).map((a) => [a.title, a.date])).toEqual([[T2, "2024-03-04"]]);
  });
  test("a report closed by a list of those who attended, one per line", () => {
    const report = `${T3}\n2024-03-06\n3月5日,株洲市委召开常委会议。${B3}\n出席会议的有:
吴思远 市委书记
陈向东 市长
刘海平 市委副书记
张文清 常务副市长`;
    expect(parseText(report, { fileName: "att.txt" }).map((a) => [a.title, a.date])).toEqual([[T3, "2024-03-05"]]);
  });
});

describe("a week's round-up under furniture and an introduction", () => {
  const roundUp = [
    "logo",
    "联系我们:0101-12345678",
    "本周,松岭都市圈各市书记市长在忙这些事",
    "学习贯彻全会精神,走访慰问部队官兵,调研重点项目建设情况……松岭都市圈各市书记市长在忙这些事——",
    "甲市",
    "7月30日,甲市市委书记高文远带队走访慰问驻地部队官兵和一线作业人员。",
    "高文远慰问驻地部队。图源:甲市发布",
    "7月31日,甲市市委书记高文远主持召开市委常委会会议,研究部署防汛救灾工作。",
    "8月2日,甲市消费季启动仪式举行,副市长宋立安出席并致辞。",
    "乙市",
    "7月27日上午,乙市召开理论学习中心组学习会议,市委书记钟明达主持会议并讲话。",
  ].join("\n");
  test("each dated event is an item", () => {
    expect(parseText(roundUp, { fileName: "week.txt" }).map((a) => a.people.map((p) => p.name))).toEqual([
      ["高文远"],
      ["高文远"],
      ["宋立安"],
      ["钟明达"],
    ]);
  });
  test("a titled report of a visit over several days stays one", () => {
    const visit = [
      "省长高文远在松岭市调研",
      "发布时间:2031-08-03",
      "7月30日至8月1日,省长高文远在松岭市调研经济社会发展工作。",
      "7月30日,高文远来到松岭经济开发区,调研重点项目建设情况。",
      "7月31日,高文远深入乡村,走访慰问困难群众。",
      "8月1日,高文远主持召开座谈会,听取市里工作汇报。",
    ].join("\n");
    expect(parseText(visit, { fileName: "visit.txt" }).length).toBe(1);
  });
});

describe("chronicles: one article per entry", () => {
  test("a chronicle of two entries, the second of the same day, dated by the year its title names", () => {
    const page = `你当前的位置:首页正文
青川市大事记(2031年3月)
3月
3月2日 市委书记吴思远主持召开市委全面深化改革委员会第三次会议并讲话。会议审议了有关改革方案,强调要抓好改革任务落实。
同日 市委党建工作领导小组会议召开,市长陈向东出席会议并讲话,会议听取了有关单位工作情况汇报,研究部署下一步工作。`;
    expect(parseText(page, { fileName: "chronicle.txt" }).map((a) => [a.title, a.date])).toEqual([
      [null, "2031-03-02"],
      [null, "2031-03-02"],
    ]);
  });
});

describe("a saved HTML page of several full reports", () => {
  test("each <h2> headline over its info line and text is an article", () => {
    const page = `<html><head><title>专题</title></head><body><div class="nav">首页 > 专题</div>
<div class="art"><h2>${T1}</h2><p class="info">来源:湖南日报\u3000发布时间:2024-03-04 09:30</p><p>3月2日,湖南省政府召开常务会议。${B1}</p></div>
<div class="art"><h2>${T2}</h2><p class="info">作者:王川\u3000发布时间:2024-03-05 10:00</p><p>3月4日,长沙市召开防汛工作会议。${B2}</p></div>
<div class="art"><h2>${T3}</h2><p class="info">发布时间:2024-03-06</p><p>3月5日,株洲市委召开常委会议。${B3}</p></div>
</body></html>`;
    expect(summary(page, "reports.html")).toEqual(EXPECTED);
  });
});

describe("furniture is no title", () => {
  test("a navigation trail over a page whose lines stand between blank lines", () => {
    const page = `青川频道 > 头条新闻\n\n${T2}\n\n来源: 长沙晚报  作者:王川\n2024-03-05 15:11:24\n分享:\n\n3月4日,长沙市召开防汛工作会议。${B2}\n\n会议要求各地加强值班值守,及时发布预警信息,确保群众安全。\n\n会议还研究了其他事项。`;
    expect(parseText(page, { fileName: "page.txt" }).map((a) => [a.title, a.date])).toEqual([[T2, "2024-03-04"]]);
  });
});

test("a bulletin's page of two reports broken every dozen characters, under its issue number, is two reports", () => {
  const wrap = (text: string) => text.match(/.{1,13}/g)!.join("\n");
  const page = [
    "某县工作简报",
    "第12期",
    "2031年5月10日",
    "县委常委会召开会议",
    wrap(
      "5月6日,县委书记鲁一平主持召开县委常委会会议,传达学习有关精神,研究部署全县重点工作。县委副书记、县长薛二明出席会议。",
    ),
    "县政府召开常务会议",
    wrap("5月8日,县长薛二明主持召开县政府第八次常务会议,研究部署安全生产工作。副县长滕四平、殷五华出席会议。"),
  ].join("\n");
  expect(summary(page, "bulletin.txt")).toEqual([
    ["县委常委会召开会议", "2031-05-06", "2031-05-10", null, ["鲁一平:主持", "薛二明:出席"]],
    // 四平 in 滕四平 names no place: the page names none, and neither report has a province.
    ["县政府召开常务会议", "2031-05-08", "2031-05-10", null, ["薛二明:主持", "滕四平:出席", "殷五华:出席"]],
  ]);
});

describe("an untitled page of two reports, each a dated paragraph that holds its own meeting", () => {
  const award =
    "5月7日,公司隆重召开庆祝建团周年暨五四表彰大会,表彰先进典型,团结引领全司青年坚定信念跟党走。公司党委副书记、总经理甲乙丙出席。";
  const study =
    "5月6日,公司召开2031年二季度党委理论学习中心组学习(扩大会),研究部署公司近期生产经营重点工作。党委书记、董事长丁戊己领学并讲党课。";
  test("is two articles, each of its own day", () => {
    expect(parseText([award, study].join("\n")).map((a) => a.date)).toEqual(["2031-05-07", "2031-05-06"]);
  });
  test("a report of one session's two days, the second holding no meeting of its own, is one article", () => {
    const closing =
      "5月8日,大会圆满完成各项议程后闭幕。大会号召全司青年坚定信念跟党走,以优异成绩迎接新的挑战。甲乙丙出席闭幕式。";
    expect(parseText([award, closing].join("\n")).length).toBe(1);
  });
  test("two paragraphs of one meeting, each dated, are one article", () => {
    const again = award.replace("5月7日", "5月8日");
    expect(parseText([award, again].join("\n")).length).toBe(1);
  });
});
