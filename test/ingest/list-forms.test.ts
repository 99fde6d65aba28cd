import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";

// Invented list pages: every name, place and sentence here is made up for the tests.
const TEASERS = [
  "市长林一峰今(14)日主持市政会议,审议明年度总预算案,要求各局处撙节开支,并加强防汛整备工作,确保",
  "副市长张二明今(13)日出席产业论坛致词表示,市府将持续推动中小企业数位转型,协助业者开拓",
  "市府今(12)日召开防灾会报,由秘书长王三川主持,各区公所报告颱风整备情形,要求落实疏散撤离",
  "市议会第五次定期大会今(11)日开议,市长林一峰到会进行施政报告,说明各项市政建设的推动",
];
const people = (text: string) =>
  parseText(text, { fileName: "list.txt" }).map((a) => [a.title, a.people.map((p) => p.name).join(",")]);
const NAMES = ["林一峰", "张二明", "王三川", "林一峰"];

describe("list pages of teasers, each cut short with an ellipsis", () => {
  test("one article per teaser, a read-more link after it or not", () => {
    const page = ["最新消息", ...TEASERS.map((t, i) => (i % 2 ? `${t}......` : `${t}……【详全文】`))].join("\n");
    expect(people(page)).toEqual(NAMES.map((name) => [null, name]));
  });
  test("in traditional characters, with schedule lines between the teasers", () => {
    const page = [
      "地點:市府第一會議室不開放採訪",
      ...TEASERS.map((t) => `${t}......【詳全文】`),
      "地點:市議會議事廳",
    ].join("\n");
    expect(people(page)).toEqual(NAMES.map((name) => [null, name]));
  });
  test("a headline over its teaser is its title", () => {
    const titles = ["市政会议审议总预算案", "副市长出席产业论坛", "市府召开防灾会报", "市议会定期大会开议"];
    const page = TEASERS.map((t, i) => `${titles[i]}\n${t}...[详细]`).join("\n");
    expect(people(page)).toEqual(NAMES.map((name, i) => [titles[i], name]));
  });
  test("a report with an ellipsis in its text is one article", () => {
    const report = [
      "市政府召开常务会议",
      "会议强调,要抓好防汛……各项工作。",
      "会议指出,要做好以下工作……",
      "市长林一峰主持会议……",
    ].join("\n");
    expect(parseText(report).length).toBe(1);
  });
});

test("a relative day with its number in brackets (今(23)日) dates the report and keeps the name", () => {
  const report =
    "發布日期:2031-05-23\n市長林一峰今(23)日主持市政會議,審議明年度總預算案,要求各局處撙節開支,並加強防汛整備工作。";
  expect(parseText(report).map((a) => [a.date, a.people.map((p) => `${p.name}:${p.role}`).join(",")])).toEqual([
    ["2031-05-23", "林一峰:主持"],
  ]);
});

describe("a digest of headlines, each over the one paragraph of its story", () => {
  const stories: readonly (readonly [string, string])[] = [
    [
      "市府强烈反对所谓决议",
      "市政府强烈反对某议会通过的所谓决议,并就其无理指控予以强烈谴责,重申坚定维护本市的繁荣稳定。",
    ],
    [
      "客运公司输入司机符合要求",
      "运输局澄清,客运公司持有相关营业证,符合资格透过输入劳工计划输入司机,数目符合人手比例规定。",
    ],
    [
      "市长林一峰晤访问团团长",
      "市长林一峰在市府会见来访的经贸访问团团长高文远,就加强双方在贸易、投资和科技等方面的合作交换意见。",
    ],
    [
      "宋立安任市长办公室秘书长",
      "市政府宣布,现任市长私人秘书宋立安于5月14日出任市长办公室秘书长,接替展开退休前休假的钟明达。",
    ],
  ];
  test("each headline and its paragraph is an article", () => {
    const page = ["市府政情", "", ...stories.flatMap(([h, t]) => [h, "", t, ""])].join("\n");
    expect(parseText(page).map((a) => a.title)).toEqual(stories.map(([h]) => h));
  });
  test("a headline may exclaim and run on after a dash (携手同行!…——首站某地)", () => {
    const headed = stories.map(([h, t], i): [string, string] => [i === 2 ? `携手同行!${h}——首站松岭县` : h, t]);
    const page = ["市府政情", "", ...headed.flatMap(([h, t]) => [h, "", t, ""])].join("\n");
    expect(parseText(page).map((a) => a.title)).toEqual(headed.map(([h]) => h));
  });
  test("the last story cut short after a few words is its headline's story, not a headline", () => {
    const fifth = [
      "市长视察防汛工程",
      "市长林一峰视察防汛工程进度,听取工务局简报后表示,各项工程务必在汛期前如期完工。",
    ];
    const page = [
      ...[...stories, fifth].flatMap(([h, t]) => [h, "", t, ""]),
      "市府召开防灾会报",
      "",
      "市府今日(22日)召开防灾",
    ];
    expect(parseText(page.join("\n")).map((a) => a.title)).toEqual([
      ...[...stories, fifth].map(([h]) => h),
      "市府召开防灾会报",
    ]);
  });
  test("a report with a heading over each of its sections of several paragraphs is one article", () => {
    const report = [
      "市政府召开常务会议",
      "",
      ...stories.flatMap(([h, t]) => [h, "", t, "", t.replace("市", "县"), ""]),
    ].join("\n");
    expect(parseText(report).length).toBe(1);
  });
});

describe("list pages in traditional characters, each item a headline over its own date line", () => {
  const items = [
    [
      "臺中市政府召開市政會議 審議年度預算案",
      "市長林一峰今天主持市政會議,審議明年度總預算案,要求各局處撙節開支,並加強防汛整備工作。",
      5,
    ],
    [
      "副市長出席產業論壇 強調數位轉型",
      "副市長張二明今天出席產業論壇致詞表示,市府將持續推動中小企業數位轉型,協助業者開拓市場。",
      7,
    ],
    [
      "市府召開防災會報 部署颱風應變",
      "市府今天召開防災會報,由秘書長王三川主持,各區公所報告颱風整備情形,要求落實疏散撤離。",
      11,
    ],
    [
      "市長視察防汛工程 要求如期完工",
      "市長林一峰今天視察防汛工程進度,聽取工務局簡報後表示,各項工程務必在汛期前如期完工。",
      14,
    ],
  ] as const;
  const page = (dateLine: (day: number) => string) =>
    ["最新消息", ...items.map(([title, text, day]) => `${title}\n${dateLine(day)}\n${text}`)].join("\n");
  const published = (text: string) => parseText(text, { fileName: "list.txt" }).map((a) => a.published);
  const DAYS = ["2024-03-05", "2024-03-07", "2024-03-11", "2024-03-14"];
  test("a labelled date line under each headline", () => {
    expect(published(page((d) => `發佈日期:2024-03-${String(d).padStart(2, "0")}`))).toEqual(DAYS);
  });
  test("a date alone in brackets, or with its weekday", () => {
    expect(published(page((d) => `[2024-03-${String(d).padStart(2, "0")}]`))).toEqual(DAYS);
    expect(published(page((d) => `2024年3月${d}日 星期二`))).toEqual(DAYS);
  });
  test("a date alone in years of the Republic (113-03-05)", () => {
    expect(published(page((d) => `113-03-${String(d).padStart(2, "0")}`))).toEqual(DAYS);
  });
});

test("headlines that name no event, each over its own labelled date line, are items when the page repeats that shape", () => {
  const items = [
    [
      "林一峰:交通建设加速推动",
      "市长林一峰今天表示,市府将加速推动各项交通建设,让市民通勤更便利,并请交通局定期检讨进度。",
    ],
    [
      "市府盼民众多加利用公共运输",
      "交通局长张二明今天呼吁民众多加利用公共运输,市府将增开公车班次,并在尖峰时段加派人力疏导。",
    ],
    [
      "市立美术馆今起展出百件馆藏",
      "市立美术馆今天起展出百件馆藏作品,馆长王三川表示,展期至年底,欢迎市民踊跃前往参观欣赏。",
    ],
    ["四季蔬果丰收农会办展售", "农会总干事宋立安今天表示,今年四季蔬果丰收,农会将在假日举办展售活动,协助农民拓展销路。"],
  ];
  const page = ["新闻稿", ...items.map(([h, t], i) => `${h}\n发布日期:2031-03-0${i + 1}\n${t}`)].join("\n");
  expect(parseText(page).map((a) => [a.title, a.published])).toEqual(items.map(([h], i) => [h, `2031-03-0${i + 1}`]));
});

test("a report with a labelled date line is one article, whatever short lines stand above it", () => {
  const page = [
    "首页",
    "新闻中心",
    "市政府召开常务会议",
    "发布日期:2031-03-01",
    "3月1日,市长林一峰主持召开市政府常务会议,研究部署近期重点工作,审议有关文件。",
  ].join("\n");
  expect(parseText(page).length).toBe(1);
});

describe("a list page whose rows print the date before the headline (2031/05/12 …会议召开)", () => {
  const body = (who: string, day: string) =>
    `${day},${who}召开会议,传达学习上级会议精神,研究部署下一阶段重点工作,市委书记林一峰主持会议并讲话,要求抓好落实。`;
  test("each row opens an item dated by it, under its headline", () => {
    const page = [
      "2031/05/12 松岭市委召开常委会会议",
      body("松岭市委", "12日"),
      "2031/05/10 松岭市政府召开常务会议",
      body("松岭市政府", "10日"),
      "2031/05/08 松岭市政协召开主席会议",
      body("松岭市政协", "8日"),
    ].join("\n");
    expect(parseText(page, { fileName: "list.txt" }).map((a) => [a.title, a.date])).toEqual([
      ["松岭市委召开常委会会议", "2031-05-12"],
      ["松岭市政府召开常务会议", "2031-05-10"],
      ["松岭市政协召开主席会议", "2031-05-08"],
    ]);
  });
  test("a page's date line that goes on with its source is no headline", () => {
    const page = ["松岭市委召开常委会会议", "2031-05-12 来源:松岭日报", body("松岭市委", "11日")].join("\n");
    expect(parseText(page).map((a) => [a.title, a.date, a.published])).toEqual([
      ["松岭市委召开常委会会议", "2031-05-11", "2031-05-12"],
    ]);
  });
});

test("two headlines, each over its own date line and its text, are two reports", () => {
  const page = [
    "工作动态",
    "某县政府召开第五次常务会议",
    "2031-05-10",
    "5月9日,县长姜一平主持召开县政府第五次常务会议,研究部署防汛救灾、安全生产等工作,会议强调要压紧压实防汛责任。",
    "某县委召开理论学习中心组学习会",
    "2031-05-12",
    "5月11日,县委书记孔一民主持召开县委理论学习中心组学习会,深入学习贯彻有关精神,会议强调要抓好落实见到实效。",
  ].join("\n");
  expect(parseText(page).map((a) => [a.title, a.date, a.published])).toEqual([
    ["某县政府召开第五次常务会议", "2031-05-09", "2031-05-10"],
    ["某县委召开理论学习中心组学习会", "2031-05-11", "2031-05-12"],
  ]);
  // One report with its date at the top and again under its text stays one.
  const one = [
    "某县政府召开第五次常务会议",
    "2031-05-10",
    "5月9日,县长姜一平主持召开县政府第五次常务会议,研究部署防汛救灾、安全生产等工作,会议强调要压紧压实防汛责任。",
    "2031-05-10",
  ].join("\n");
  expect(parseText(one)).toHaveLength(1);
});

test("a paper's name and a date alone on a line (某某日报 2031年7月15日) is its source and publication line", () => {
  const [article] = parseText(
    "省委召开党外人士座谈会\n昨日(14日)下午,省委召开党外人士座谈会,通报全省经济形势,省委书记尹一平主持并讲话,听取意见建议。\n四川日报 2031年7月15日",
  );
  expect([article!.date, article!.published, article!.province]).toEqual(["2031-07-14", "2031-07-15", "四川"]);
});

describe("a page of untitled leads, each dated after its subject or its purpose", () => {
  test("one article per lead: 为贯彻…,4月23日,…举行; 某常委会2月27日上午召开会议; 5月8日下午,…召开", () => {
    const page = [
      "为贯彻落实松岭发展大会精神,4月23日,由松岭省委主办的边贸合作论坛在松原市举行。省委书记高文远出席论坛并致辞。",
      "省委理论学习中心组3月2日举行专题学习会,集中学习研讨乡村振兴有关文件精神,推动各项工作落地见效。",
      "省委常委会2月27日上午召开会议,研究部署社会稳定和统一战线工作。省委书记高文远主持会议。",
      "2月24日下午,全省组织部长会议召开,省委副书记宋立安出席会议并讲话,强调要提升组织工作整体效能。",
    ].join("\n");
    const articles = parseText(page, { fileName: "leads.txt" });
    expect(articles.map((a) => [a.date, a.people.map((p) => `${p.name}:${p.role}`).join(",")])).toEqual([
      ["--04-23", "高文远:致辞"],
      ["--03-02", ""],
      ["--02-27", "高文远:主持"],
      ["--02-24", "宋立安:讲话"],
    ]);
  });
  test("a report whose later paragraphs are no leads stays one article", () => {
    const report = [
      "为贯彻落实松岭发展大会精神,4月23日,松岭省委召开常委会会议。省委书记高文远主持会议。",
      "会议指出,要坚持稳中求进,扎实推进各项工作。",
      "会议强调,要压实责任,狠抓落实。",
    ].join("\n");
    expect(parseText(report, { fileName: "one.txt" })).toHaveLength(1);
  });
});

describe("list pages that run each headline into its lede on one line", () => {
  const page = [
    "松岭县政府召开常务会议 5月31日,县长甲一平主持召开县政府常务会议,研究加快建设“山海松岭”等工作。会议强调,要抓好园区建设",
    "松岭县委常委会召开会议 5月31日,县委书记乙二强主持召开县委常委会会议,研究部署旅游发展等工作。会议强调,要持续深化合作",
  ].join("\n");
  test("each line is an article, its headline the title", () => {
    expect(people(page)).toEqual([
      ["松岭县政府召开常务会议", "甲一平"],
      ["松岭县委常委会召开会议", "乙二强"],
    ]);
    expect(parseText(page).map((a) => a.date)).toEqual(["--05-31", "--05-31"]);
  });
  test("one such line is a report's headline and lede, not a list", () => {
    expect(parseText(page.split("\n")[0]!).length).toBe(1);
  });
  test("a sentence naming a meeting before its date (会议5月31日召开) is no headline", () => {
    const report = [
      "县政府常务会议5月31日召开,县长甲一平主持会议。",
      "县委常委会会议5月31日召开,县委书记乙二强主持会议。",
    ].join("\n");
    expect(parseText(report).length).toBe(1);
  });
});

test("a newsletter's item whose lede gives no date is still an item under its headline", () => {
  const page = [
    "松岭县防汛抗旱指挥部召开全县防汛工作视频会议 县长甲一平出席会议并讲话",
    "6月17日,松岭县防汛抗旱指挥部召开全县防汛工作视频会议,县长甲一平出席会议并讲话,对做好全县防汛备汛工作进行再研究、再部署、再落实。",
    "松岭县政府党组召开会议 研究部署全县疫情防控工作及安全生产工作",
    "6月17日,县政府党组书记、县长甲一平主持召开县政府党组会议,研究部署全县安全生产工作。",
    "乙二强出席2031年松岭县扶贫济困日活动重点企业座谈会",
    "6月16日,松岭县扶贫济困日活动重点企业座谈会在县城召开,县委书记乙二强出席会议,动员各方力量积极参与扶贫济困日活动。",
    "松岭县政府党组召开会议 传达学习贯彻省委全会精神",
    "要坚持问题导向,深入查找短板弱项,推动省委全会各项部署在松岭落地见效。",
  ].join("\n");
  expect(parseText(page).map((a) => [a.title, a.people.map((p) => p.name).join(",")])).toEqual([
    ["松岭县防汛抗旱指挥部召开全县防汛工作视频会议县长甲一平出席会议并讲话", "甲一平"],
    ["松岭县政府党组召开会议研究部署全县疫情防控工作及安全生产工作", "甲一平"],
    ["乙二强出席2031年松岭县扶贫济困日活动重点企业座谈会", "乙二强"],
    ["松岭县政府党组召开会议传达学习贯彻省委全会精神", ""],
  ]);
});

test("a numbered newsletter item whose lede gives no date is an item of its own, not the tail of the one before", () => {
  const page = [
    "松岭市生态环境局一周要闻",
    "1.市生态环境局党组举行理论学习中心组集体学习",
    "8月21日,市生态环境局党组举行理论学习中心组集体学习,局党组书记、局长甲一平主持并讲话。",
    "2.甲一平局长做客电视专题节目:守护绿水青山",
    "为深入宣传生态文明建设成效,松岭广播电视台推出专题节目,市生态环境局局长甲一平出席节目录制并讲话。",
    "3.市生态环境局召开环境执法工作推进会",
    "8月20日,市生态环境局召开环境执法工作推进会,副局长乙二强出席会议并讲话。",
    "4.市生态环境局召开第三季度安全生产工作会",
    "8月18日,市生态环境局召开第三季度安全生产工作会,副局长丙三川主持会议。",
  ].join("\n\n");
  expect(parseText(page).map((a) => [a.title, a.date, a.people.map((p) => p.name).join(",")])).toEqual([
    ["市生态环境局党组举行理论学习中心组集体学习", "--08-21", "甲一平"],
    ["甲一平局长做客电视专题节目:守护绿水青山", null, "甲一平"],
    ["市生态环境局召开环境执法工作推进会", "--08-20", "乙二强"],
    ["市生态环境局召开第三季度安全生产工作会", "--08-18", "丙三川"],
  ]);
});

describe("a list page of dated leads, none under a headline of its own", () => {
  const leads = [
    "11月12日,市政协主席甲一平出席县域经济发展座谈会并讲话,强调要找准发展定位......",
    "11月11日,市政协举行理论研讨会,传达学习上级会议精神,总结部署理论研究工作。",
    "根据市委批准的年度协商计划,11月11日,市政协召开月度专题协商会。市政协副主席乙二强主持会议。",
    "11月10日,松岭茶产业大会举行。市政协副主席丙三川出席并宣布开幕。",
  ];
  const read = (page: string[]) =>
    parseText(page.join("\n")).map((a) => [a.title, a.date, a.people.map((p) => p.name).join(",")]);
  test("a lead that names its basis before its date (根据…计划,11月11日,…召开…) opens an item", () => {
    expect(read(leads)).toEqual([
      [null, "--11-12", "甲一平"],
      [null, "--11-11", ""],
      [null, "--11-11", "乙二强"],
      [null, "--11-10", "丙三川"],
    ]);
  });
  test("a headline between the leads is an item printed as its headline alone", () => {
    const page = [
      ...leads.slice(0, 2),
      "在协商议政中交出政协答卷——市政协常委会会议为全市高质量发展建言",
      ...leads.slice(2),
    ];
    expect(read(page)).toEqual([
      [null, "--11-12", "甲一平"],
      [null, "--11-11", ""],
      ["在协商议政中交出政协答卷——市政协常委会会议为全市高质量发展建言", null, ""],
      [null, "--11-11", "乙二强"],
      [null, "--11-10", "丙三川"],
    ]);
  });
});

describe("reports run one after another, each a lede of its own meeting by the day before", () => {
  const page = [
    "松岭市人大常委会在市人民大会堂举行会议,传达贯彻第十四届全国人民代表大会第一次会议精神",
    "昨天上午,市人大常委会在市人民大会堂举行会议,传达贯彻全国人大会议精神。市人大常委会主任高文远主持会议并讲话。",
    "高文远强调,要根据大会精神,完善好人大常委会今年工作计划。",
    "昨天,市人大常委会召开第四次主任会议。市人大常委会主任高文远主持会议。",
    "市人大常委会副主任宋立安、钟明达出席。",
  ];
  const read = (lines: string[]) =>
    parseText(lines.join("\n")).map((a) => a.people.map((p) => `${p.name}:${p.role}`).join(","));
  test("each is an article, the headline over the first not joined to its lede", () => {
    expect(read(page)).toEqual(["高文远:主持", "高文远:主持,宋立安:出席,钟明达:出席"]);
  });
  test("two ledes of one meeting (a session's days) are one report", () => {
    const sameMeeting = [
      page[0]!,
      page[1]!,
      "昨天下午,市人大常委会举行会议,传达贯彻全国人大会议精神。副主任宋立安出席。",
    ];
    expect(read(sameMeeting)).toHaveLength(1);
  });
});

describe("a page of two reports, each an event's headline over its story, a later story dated", () => {
  test("each report is an article", () => {
    const page = [
      "松岭县第五届人民代表大会第一次会议闭幕",
      "大会主席团常务主席、执行主席林一峰主持会议并讲话。林一峰强调,全县上下要牢记“三个务必”,勇毅前行。",
      "县委常委会召开会议",
      "1月16日,县委书记林一峰主持召开县委常委会会议,认真传达学习上级会议精神,研究贯彻落实措施。",
    ].join("\n");
    expect(parseText(page).map((a) => [a.title, a.date])).toEqual([
      ["松岭县第五届人民代表大会第一次会议闭幕", null],
      ["县委常委会召开会议", "--01-16"],
    ]);
  });
  test("a report with a subheading over an undated paragraph stays one article", () => {
    const report = [
      "县委常委会召开会议",
      "1月16日,县委书记林一峰主持召开县委常委会会议,认真传达学习上级会议精神,研究贯彻落实措施。",
      "扎实推动会议精神落地见效",
      "会议强调,要把学习贯彻会议精神同做好当前各项工作结合起来,确保各项部署落到实处。",
    ].join("\n");
    expect(parseText(report).length).toBe(1);
  });
});

describe("a brief page of marked items, each opening with its date", () => {
  const page = [
    "●3月14日,松岭市政府召开滨江公园方案评审会。与会专家逐项审阅了公园的总体方案,并就绿道和水系布局提出修改建议。",
    "副市长林一峰参加汇报会。",
    "(甲乙 丙丁)",
    "●3月14日,市政协副主席张二明带队到青禾县察看重点提案的落实进度,听取了县里关于农贸市场改造的情况介绍。(戊己)",
    "●3月12日至13日,省档案局评估组在松岭开展档案工作评估,查阅了六个部门的归档资料,反馈了整改意见。(庚辛)",
    "新闻推荐",
    "3月12日,青禾县职业学校举行烹饪技能比赛,四十名学生参赛...",
  ].join("\n");
  test("each item is a report of its own, its credit line and its one-line tail in it, the furniture after not one", () => {
    const articles = parseText(page, { fileName: "brief.txt" });
    expect(articles.map((a) => [a.date, a.people.map((p) => p.name).join(",")])).toEqual([
      ["--03-14", "林一峰"],
      ["--03-14", "张二明"],
      ["--03-12", ""],
    ]);
  });
  test("▲ before a date opens an item as ● does", () => {
    expect(parseText(page.replaceAll("●", "▲"), { fileName: "brief.txt" }).length).toBe(3);
  });
});

describe("tag pages that print each headline twice, as its link and its heading", () => {
  const page = [
    "松岭市委召开全市领导干部大会,宣布市委主要领导调整决定",
    "",
    "松岭市委召开全市领导干部大会,宣布市委主要领导调整决定",
    "",
    "要闻 312 0",
    "",
    "11月3日上午,松岭市委召开全市领导干部大会。省委组织部副部长林一峰出席会议并讲话。",
    "",
    "松岭再次部署防汛工作:全力以赴打赢防汛攻坚战",
    "",
    "松岭再次部署防汛工作:全力以赴打赢防汛攻坚战",
    "",
    "要闻 208 0",
    "",
    "今天上午,市委召开全市防汛工作会议。市委书记张二明主持会议并讲话。",
  ].join("\n");
  test("each doubled headline opens an article, titled by it", () => {
    expect(people(page)).toEqual([
      ["松岭市委召开全市领导干部大会,宣布市委主要领导调整决定", "林一峰"],
      ["松岭再次部署防汛工作:全力以赴打赢防汛攻坚战", "张二明"],
    ]);
  });
  test("one headline printed twice over its own text is one article", () => {
    expect(people(page.split("\n").slice(0, 7).join("\n"))).toHaveLength(1);
  });
});

describe("a weekly digest's issue header and the photo captions between its items", () => {
  const page = [
    "松岭要闻",
    "2031年第23期(总第142期)",
    "2031年5月31日—2031年6月6日",
    "5月31日,省委书记林一峰前往松岭市调研。他强调,要坚定信心,扎实推动各项工作落地见效。",
    "5月31日,省委书记林一峰到某某县某某村调研,察看村容村貌(松岭日报记者王三川摄,图片来源:松岭日报)",
    "6月1日,省长张二明主持召开省政府常务会议,研究部署防汛工作。",
    "6月2日,省政协主席赵四海主持召开省政协党组会议,传达学习全国政协会议精神。",
  ].join("\n");
  test("the issue's dates are no item, and a caption goes with the item above it", () => {
    expect(people(page)).toEqual([
      [null, "林一峰"],
      [null, "张二明"],
      [null, "赵四海"],
    ]);
  });
});

test("a digest's period in dotted dates (2031.2.27-2031.3.5) gives its items' year", () => {
  const page = [
    "松岭县委书记的一周(2031.2.27-2031.3.5)_松岭_要闻",
    "",
    "松岭县委书记的一周",
    "",
    "2月28日,县委召开常委会会议,县委书记林一峰主持会议并讲话,研究部署春耕生产工作。",
    "",
    "3月1日,县政府召开常务会议,县长张二明主持会议,研究部署安全生产工作。",
    "",
    "3月3日,县政协召开主席会议,县政协主席王三川主持会议,协商年度工作要点。",
    "",
    "3月4日,县人大常委会召开主任会议,县人大常委会主任赵四海主持会议。",
    "",
    "3月5日,县委召开理论学习中心组学习会,县委书记林一峰主持会议并讲话。",
  ].join("\n");
  expect(parseText(page, { fileName: "week.txt" }).map((a) => a.date)).toEqual([
    "2031-02-28",
    "2031-03-01",
    "2031-03-03",
    "2031-03-04",
    "2031-03-05",
  ]);
});

describe("a round-up of labelled captions, one a paragraph", () => {
  const roundUp = [
    "2031年9月26日至10月2日政府主要活动图片",
    "剪彩仪式: 财政司司长林一峰9月26日在东区出席大楼开幕典礼,与嘉宾主持剪彩仪式。",
    "祝酒: 行政长官张二明9月26日出席国庆酒会,与各界嘉宾祝酒,庆祝国庆。",
    "交流意见: 政务司司长王三川9月27日在西区与访问团会面,就经贸合作交换意见。",
  ].join("\n\n");
  test("each labelled caption is an item, titled by its label and dated by its day", () => {
    expect(parseText(roundUp).map((a) => [a.title, a.date, a.people.map((p) => p.name).join(",")])).toEqual([
      ["剪彩仪式", "2031-09-26", "林一峰"],
      ["祝酒", "2031-09-26", "张二明"],
      ["交流意见", "2031-09-27", "王三川"],
    ]);
  });
  test("a notice's fields (时间: …, 地点: …) are no captions", () => {
    const notice = [
      "关于召开全市防汛工作会议的通知",
      "时间: 2031年6月2日上午9时,会期半天,请各单位准时参加会议。",
      "地点: 市政府三楼会议室,请各单位于6月1日前报送参会人员名单。",
      "参加人员: 各区县分管负责同志,市防汛指挥部各成员单位主要负责同志。",
    ].join("\n\n");
    expect(parseText(notice)).toHaveLength(1);
  });
});

describe("a digest that heads each item with its keywords", () => {
  const digest = [
    "带你了解松岭各市市委书记一周动态(5.22-5.28)",
    "上周,多市市委书记组织收听收看专题党课报告会。本期继续带你走进各市市委书记的一周。",
    "一、省委常委、东岭市委书记甲一平",
    "关键词:高校毕业生就业座谈会",
    "5月23日上午,高校毕业生就业座谈会在东岭召开。省委常委、市委书记甲一平出席座谈会并讲话。副市长乙二强参加。",
    "关键词:项目签约",
    "5月23日中午,东岭市与某集团签署合作协议。市领导丙三川参加签约仪式。",
    "二、西岭市委书记丁四海",
    "【关键词】城中村改造",
    "5月24日下午,市委书记丁四海主持召开城中村改造工作推进会。",
  ].join("\n\n");
  test("each item is an article titled by its keywords; the introduction and the section headings head none", () => {
    expect(parseText(digest).map((a) => [a.title, a.date, a.people.map((p) => p.name).join(",")])).toEqual([
      ["高校毕业生就业座谈会", "--05-23", "甲一平,乙二强"],
      ["项目签约", "--05-23", "丙三川"],
      ["城中村改造", "--05-24", "丁四海"],
    ]);
  });
  test("one keywords line is a report's own, not a digest", () => {
    const report = [
      "松岭市召开城中村改造工作推进会",
      "关键词:城中村改造",
      "5月24日下午,市委书记丁四海主持召开城中村改造工作推进会。副市长乙二强参加。",
      "会议强调,要扎实推进城中村改造各项工作。",
    ].join("\n\n");
    expect(parseText(report)).toHaveLength(1);
  });
});

test("wire reports one after another, each opening with its dateline, are an article each", () => {
  const page = [
    "新华社北京2月24日电 日前,中国人民政治协商会议第三十届全国委员会召开第三十三次主席会议,研究了有关事项,主席会议成员出席会议。",
    "新华社长春11月7日电 吉林省政府11月6日召开常务会议,省长林一峰主持会议,研究部署冬季安全生产工作。",
  ].join("\n\n");
  expect(parseText(page).map((a) => [a.province, a.isMeeting])).toEqual([
    [null, true],
    ["吉林", true],
  ]);
});

test("a week's brief under its title, five items numbered 一、二、… each opening with its date, is one article per item", () => {
  const page = [
    "(一周简讯)2031.11.15-11.21",
    "",
    "日期:2031-11-22",
    "",
    "一、11月17日,市发改委到我区调研老旧小区改造项目。",
    "",
    "二、11月18日,区城建攻坚组副组长林一峰召集有关单位人员,就东门街区提升项目前期工作进行安排部署。",
    "",
    "三、11月18日,市农业农村局认定松岭农场为市级良种场。",
    "",
    "四、11月19日,区政协主席张二明召集有关单位主要负责人,召开城区停车项目工作专题会议。",
    "",
    "五、11月20日,省、市有关部门到我区开展城市建设品质提升考核工作。",
  ].join("\n");
  expect(parseText(page, { fileName: "brief.txt" }).map((a) => [a.date, a.isMeeting])).toEqual([
    ["2031-11-17", false],
    ["2031-11-18", false],
    ["2031-11-18", false],
    ["2031-11-19", true],
    ["2031-11-20", false],
  ]);
});

test("a page titled by its first item's headline, said again in that item, has no title of its own: its ● items are articles", () => {
  const page = [
    "月日下午省政府召开预防溺水工作电视电话会",
    "[摘要] 本市要闻",
    "●7月2日下午,省政府召开预防溺水工作电视电话会议,全面部署预防溺水工作。会后,我市立即召开全市预防溺水工作会议。市长林一峰出席会议。",
    "●7月2日,副市长张二明召集有关单位负责人,对迁建项目进行实地调研,并召开协调会议,提出具体意见。",
    "●7月2日上午,市文明办就即将举办的道德模范评选活动召开新闻发布会。",
    "●市政协副主席王三川日前出席松岭街道社区议事会成立大会。",
  ].join("\n");
  expect(parseText(page, { fileName: "brief.txt" }).map((a) => a.date)).toEqual([
    "--07-02",
    "--07-02",
    "--07-02",
    null,
  ]);
});

test("a brief's ● headlines over dated items are their titles, one that names no event too; section labels between them are no items", () => {
  const page = [
    "松岭区经济工作简报",
    "(第二期)",
    "【领导动态】",
    "●全区项目建设调度会召开",
    "3月13日,全区项目建设调度会召开,区委书记林一峰、区长张二明出席,区领导王三川及相关单位负责人参加。",
    "【工作亮点】",
    "●某传媒公司来区考察",
    "3月16日,某传媒公司来区考察,区委书记林一峰陪同。考察团先后来到体育公园、码头等地,实地了解我区特色旅游产品。",
    "●争资争项跑出加速度",
    "3月10日-14日,区发改局局长赵四海带队前往国家部委对接项目,力争应报尽报,本年度到位资金同比增长15%以上。",
  ].join("\n");
  expect(parseText(page, { fileName: "brief.txt" }).map((a) => [a.title, a.date])).toEqual([
    ["全区项目建设调度会召开", "--03-13"],
    ["某传媒公司来区考察", "--03-16"],
    ["争资争项跑出加速度", "--03-10"],
  ]);
});
