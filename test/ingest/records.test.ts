import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { newsRecords } from "../../src/ingest/records";

const BODY = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";

describe("data files of news records", () => {
  test("an API answer with an array of articles deep inside gives one text per record", () => {
    const answer = JSON.stringify({
      code: 0,
      body: {
        articles: [
          { title: "甲市召开常务会议", issueDate: "2017-06-15", summary: `3月9日,甲市召开常务会议。${BODY}` },
          {
            title: "乙县召开推进会",
            issueDate: "2017-06-16 09:30:00",
            content: `<p>3月10日,乙县召开推进会。${BODY}</p>`,
          },
          { title: "no text", id: 3 },
        ],
      },
    });
    expect(newsRecords(answer)).toEqual([
      `甲市召开常务会议\n发布时间:2017-06-15\n3月9日,甲市召开常务会议。${BODY}`,
      `乙县召开推进会\n发布时间:2017-06-16\n<p>3月10日,乙县召开推进会。${BODY}</p>`,
    ]);
  });
  test("each record is an article, its HTML read as a page", () => {
    const array = JSON.stringify([
      { headline: "滨州市召开推进会议", date: "2023-10-31", body: `<p>10月26日,滨州市召开推进会议。${BODY}</p>` },
      { headline: "延吉市举办培训班", date: "2023-10-25", body: `10月23日,延吉市举办培训班。${BODY}` },
    ]);
    expect(parseText(array).map((a) => [a.title, a.date, a.published, a.province])).toEqual([
      ["滨州市召开推进会议", "2023-10-26", "2023-10-31", "山东"],
      ["延吉市举办培训班", "2023-10-23", "2023-10-25", "吉林"],
    ]);
  });
  test("a record's source (来源) is the page's source line: evidence of its province", () => {
    const array = JSON.stringify([
      {
        title: "市政府召开常务会议",
        pubDate: "2031-03-02",
        source: "合肥日报",
        content: `3月1日,市政府召开常务会议。${BODY}`,
      },
    ]);
    expect(parseText(array).map((a) => [a.title, a.date, a.province])).toEqual([
      ["市政府召开常务会议", "2031-03-01", "安徽"],
    ]);
    // A sentence under a source key is no source.
    const sentenceAsSource = JSON.stringify([
      { title: "市委召开会议", pubDate: "2031-03-05", source: `合肥${BODY}`, content: `3月4日,市委召开会议。${BODY}` },
    ]);
    expect(parseText(sentenceAsSource).map((a) => [a.title, a.date, a.province])).toEqual([
      ["市委召开会议", "2031-03-04", null],
    ]);
    const feed =
      `<?xml version="1.0"?><rss version="2.0"><channel><title>新闻</title><item><title>区委召开常委会会议</title>` +
      `<source url="http://example.org">成都日报</source><description>5月6日,区委召开常委会会议。${BODY}</description></item></channel></rss>`;
    expect(parseText(feed, { fileName: "feed.xml" }).map((a) => [a.title, a.province])).toEqual([
      ["区委召开常委会会议", "四川"],
    ]);
  });
  test("a record that names no place takes the province the file's other records name, if they name only one", () => {
    const records = (first: string, third: string) => [
      { title: first, time: "2031-05-24", message: `5月23日下午,学校召开干部教师会议。${BODY}` },
      { title: "我校教师获评优秀教师", time: "2031-05-20", message: `近日,我校两名教师获评优秀教师。${BODY}` },
      { title: third, time: "2031-05-18", message: `5月17日,学校召开党委常委会。${BODY}` },
    ];
    const oneSite = parseText(JSON.stringify(records("西南石油大学召开干部教师会议", "学校召开党委常委会")));
    expect(oneSite.map((a) => a.province)).toEqual(["四川", "四川", "四川"]);
    expect(oneSite[1]!.evidence.province).toEqual({ quote: "西南石油大学", span: null, confidence: 0.25 });
    // Records that name two provinces, however unequally, are many sites' news: they tell nothing of the others.
    const withTopic = records("西南石油大学召开干部教师会议", "学校召开党委常委会");
    withTopic[2]!.message = `5月17日,学校召开党委常委会,传达学习赴哈尔滨市考察学习的体会。${BODY}`;
    expect(parseText(JSON.stringify(withTopic)).map((a) => a.province)).toEqual(["四川", null, "黑龙江"]);
    const twoSites = records("西南石油大学召开干部教师会议", "东北石油大学召开党委常委会");
    expect(parseText(JSON.stringify(twoSites)).map((a) => a.province)).toEqual(["四川", null, "黑龙江"]);
    // A record read as two reports (又讯) takes them too.
    const runOn = parseText(
      JSON.stringify([
        records("西南石油大学召开干部教师会议", "")[0],
        {
          title: "学校召开党委常委会",
          time: "2031-05-18",
          message: `<p>5月17日,学校召开党委常委会。${BODY}</p><p>又讯 5月18日,学校召开校长办公会。${BODY}</p>`,
        },
      ]),
    );
    expect(runOn.map((a) => [a.title, a.date, a.province])).toEqual([
      ["西南石油大学召开干部教师会议", "2031-05-23", "四川"],
      ["学校召开党委常委会", "2031-05-17", "四川"],
      [null, "2031-05-18", "四川"],
    ]);
    // One record is a page of its own: it has named its places already.
    expect(parseText(JSON.stringify(twoSites.slice(1, 2))).map((a) => a.province)).toEqual([null]);
  });
  test("records under keys of their own: the field with the most Chinese is the text, the longest short one the headline, a feed_source_name the source", () => {
    const module = [
      "/** mock data */",
      "module.exports = {",
      "",
      "}",
      "var discovery= {",
      '  "data": [',
      ...["县委召开常委会会议", "县政府召开常务会议"].map(
        (headline, i) =>
          `    { "question_id": ${i + 1}, "feed_source_name": "宁都县融媒体中心", "question": "${headline}", "answer_ctnt": "5月${i + 6}日,${headline.slice(0, 3)}召开会议。${BODY}", "good_num": "112" },`,
      ),
      "  ]",
      "}",
    ].join("\n");
    expect(parseText(module, { fileName: "mock.js" }).map((a) => [a.title, a.date, a.province])).toEqual([
      ["县委召开常委会会议", "--05-06", "江西"],
      ["县政府召开常务会议", "--05-07", "江西"],
    ]);
  });
  test("a headline list's records, a headline and a date each, are articles of their headlines alone", () => {
    const list = `const msgList = [
  { name: '市政府党组召开巡视整改专题民主生活会', time: '2031年08月31日' },
  { name: '市七届人大常委会第十一次会议闭幕', time: '2031年08月31日' },
  { name: '我市首个提存制度出台', time: '2031年08月30日' },
];`;
    expect(parseText(list, { fileName: "news.vue" }).map((a) => [a.title, a.published, a.isMeeting])).toEqual([
      ["市政府党组召开巡视整改专题民主生活会", "2031-08-31", true],
      ["市七届人大常委会第十一次会议闭幕", "2031-08-31", true],
      ["我市首个提存制度出台", "2031-08-30", false],
    ]);
    // A record whose text is a line too short to be a report's (详见…) is an article of its headline too.
    const notices = `const news = [
  { title: '关于召开各部门负责人会议的通知', add_date: '2031-03-23', content: '详见校园网办公系统通知公告。' },
  { title: '关于开通专题数据库试用的通知', add_date: '2031-05-20', content: '详见图书馆网站。' },
];`;
    expect(parseText(notices, { fileName: "news.js" }).map((a) => [a.title, a.published])).toEqual([
      ["关于召开各部门负责人会议的通知", "2031-03-23"],
      ["关于开通专题数据库试用的通知", "2031-05-20"],
    ]);
    // A name without a date is no headline of a list: a person's record, a menu's item.
    expect(newsRecords(`const people = [{ name: '高文远同志的简历' }, { name: '宋立安同志的简历' }];`)).toBeNull();
  });

  test("records cut from an array, with commas between and no brackets around, are still its records", () => {
    const slice = `{"subject":"甲大学召开毕业生座谈会","summary":"6月22日,甲大学毕业生代表座谈会召开。${BODY}"},{"subject":"甲大学举行毕业典礼","summary":"7月4日下午,甲大学毕业典礼举行。${BODY}"}`;
    expect(newsRecords(slice)?.map((text) => text.split("\n")[0])).toEqual([
      "甲大学召开毕业生座谈会",
      "甲大学举行毕业典礼",
    ]);
    expect(newsRecords(slice.replace(/"/g, "'"))?.length).toBe(2);
  });

  test("one record written again and again is a template's placeholder, not a list: the page is read", () => {
    const placeholder = "{ title: '全国首家互联网公证处在杭州揭牌', time: '2031-12-05' }";
    expect(newsRecords(`const data = [${placeholder}, ${placeholder}, ${placeholder}];`)).toBeNull();
  });

  test("text that is not a JSON document of records is left to the page reader", () => {
    expect(newsRecords("[1, 2, 3]")).toBeNull();
    expect(newsRecords("{ not json")).toBeNull();
    expect(newsRecords("山东省民政厅召开会议")).toBeNull();
  });
});

describe("SQL dumps of a site's articles", () => {
  test("a row whose lead stands in a column of its own (summary) opens with it", () => {
    const dump =
      "INSERT INTO `cms_article`(`id`,`title`,`summary`,`content`,`publish_date`) VALUES " +
      `(115,'校党委专题学习重要文章','4月11日下午,我校在行政楼第一会议室召开党委常委会,集中学习重要文章。','<p>校党委书记甲乙丙主持会议。${BODY}</p>','2031-04-14');`;
    expect(newsRecords(dump)).toEqual([
      `校党委专题学习重要文章\n发布时间:2031-04-14\n4月11日下午,我校在行政楼第一会议室召开党委常委会,集中学习重要文章。\n<p>校党委书记甲乙丙主持会议。${BODY}</p>`,
    ]);
    expect(parseText(dump, { fileName: "dump.sql" })[0]!.date).toBe("2031-04-11");
  });
  test("a summary the text opens with is not written twice", () => {
    const record = `[{"title": "甲市召开常务会议", "summary": "3月9日,甲市召开常务会议,研究部署春耕生产工作。", "content": "3月9日,甲市召开常务会议,研究部署春耕生产工作。${BODY}"}, {"title": "乙县召开推进会", "summary": "3月10日,乙县召开推进会,部署当前重点工作。", "content": "县长丁戊己主持会议。${BODY}"}]`;
    expect(newsRecords(record)).toEqual([
      `甲市召开常务会议\n3月9日,甲市召开常务会议,研究部署春耕生产工作。${BODY}`,
      `乙县召开推进会\n3月10日,乙县召开推进会,部署当前重点工作。\n县长丁戊己主持会议。${BODY}`,
    ]);
  });
  test("each INSERT row is an article: its title, its date and its text", () => {
    const dump = [
      "SET NAMES utf8mb4;",
      "INSERT INTO `article` VALUES (2, '甲市召开常务会议', '作者', '3月9日,甲市召开常务会议。" +
        BODY +
        "\\r\\n会议要求,要抓好落实。', '2.jpg', '2020-10-01 00:00:00', 3),",
      "(3, 'It\\'s 乙县召开推进会', '作者', '3月10日,乙县召开推进会,县长说:''抓落实''。" +
        BODY +
        "', NULL, '2020-10-02', 1);",
    ].join("\n");
    expect(newsRecords(dump)).toEqual([
      `甲市召开常务会议\n发布时间:2020-10-01\n3月9日,甲市召开常务会议。${BODY}\r\n会议要求,要抓好落实。`,
      `It's 乙县召开推进会\n发布时间:2020-10-02\n3月10日,乙县召开推进会,县长说:'抓落实'。${BODY}`,
    ]);
  });
  test("MySQL's REPLACE INTO and INSERT IGNORE INTO insert a dump's rows as INSERT does", () => {
    const row = (id: number, lead: string) => `('${id}','${lead}${BODY}','2016-04-14')`;
    for (const statement of ["REPLACE INTO", "INSERT IGNORE INTO"])
      expect(
        newsRecords(
          `${statement} \`cms_item_addon\` VALUES ${row(42, "12月12日,甲市召开工作座谈会。")};\n${statement} \`cms_item_addon\` VALUES ${row(43, "12月13日,乙县召开推进会。")};`,
        ),
      ).toEqual([
        `发布时间:2016-04-14\n12月12日,甲市召开工作座谈会。${BODY}`,
        `发布时间:2016-04-14\n12月13日,乙县召开推进会。${BODY}`,
      ]);
  });
  test("rows cut out of an INSERT without its statement, a row a line, are its records; text in brackets is not", () => {
    const rows = [
      `\t(5, '资产处置工作小组会议', '管理员2', '5月16日上午,资产处召开资产处置工作小组会议。${BODY}', '2019.5.17'),`,
      `\t(6, '教务处客人来访', '管理员2', '5月16日下午,乙大学教务处处长一行来校区交流。${BODY}', '2019.5.16'),`,
    ].join("\n");
    expect(newsRecords(rows)).toEqual([
      `资产处置工作小组会议\n发布时间:2019-05-17\n5月16日上午,资产处召开资产处置工作小组会议。${BODY}`,
      `教务处客人来访\n发布时间:2019-05-16\n5月16日下午,乙大学教务处处长一行来校区交流。${BODY}`,
    ]);
    expect(newsRecords(`(图为会议现场)\n5月16日上午,资产处召开资产处置工作小组会议。${BODY}`)).toBeNull();
  });
  test("a row's text is its value with the most Chinese, not its longest: an image's address may be longer", () => {
    const image = `http://cms-bucket.example.net/catchpic/4/41/${"0123456789abcdef".repeat(5)}.jpg?imageView&thumbnail=550x0`;
    const dump =
      "INSERT INTO `news` (`id`, `title`, `content`, `image`) VALUES " +
      `(3, '丁县召开安全生产会议', '12月28日,丁县召开安全生产会议。${BODY}', '${image}');`;
    expect(newsRecords(dump)).toEqual([`丁县召开安全生产会议\n12月28日,丁县召开安全生产会议。${BODY}`]);
  });
  test("a timestamp every row of a table shares to the second, in one statement or several, is when the rows were loaded, not a publication date", () => {
    const row = (id: number, body: string, stamp: string) => `(${id}, '丙县召开推进会', '${body}${BODY}', '${stamp}')`;
    const loaded = [
      row(1, "2月12日,丙县召开推进会。", "2024-03-11 14:19:28"),
      row(2, "6月14日,丙县召开推进会。", "2024-03-11 14:19:28"),
      row(3, "7月2日,丙县召开推进会。", "2024-03-11 14:19:28"),
    ]
      .map((values) => `INSERT INTO \`news\` VALUES ${values};`)
      .join("\n");
    expect(newsRecords(loaded)).toEqual([
      `丙县召开推进会\n2月12日,丙县召开推进会。${BODY}`,
      `丙县召开推进会\n6月14日,丙县召开推进会。${BODY}`,
      `丙县召开推进会\n7月2日,丙县召开推进会。${BODY}`,
    ]);
    const published = `INSERT INTO \`news\` VALUES ${[
      row(1, "2月12日,丙县召开推进会。", "2013-02-13 09:10:00"),
      row(2, "6月14日,丙县召开推进会。", "2013-06-15 10:02:41"),
      row(3, "7月2日,丙县召开推进会。", "2013-07-02 16:45:09"),
    ].join(",")};`;
    expect(newsRecords(published)?.map((record) => record.split("\n")[1])).toEqual([
      "发布时间:2013-02-13",
      "发布时间:2013-06-15",
      "发布时间:2013-07-02",
    ]);
  });
  test("rows with no report text are left out", () => {
    expect(newsRecords("INSERT INTO `user` VALUES (1, 'admin', 'secret');")).toBeNull();
  });
});

describe("dumps of several tables and PostgreSQL COPY blocks", () => {
  test("when a dump names a news table, rows of its other tables (a question bank) are no reports", () => {
    const dump = [
      "INSERT INTO daily_articles (doc_id, title, body) VALUES ((SELECT id FROM docs WHERE name = '甲.docx'), '甲市召开常务会议',",
      `  '3月9日,甲市召开常务会议。${BODY}');`,
      "INSERT INTO quiz_questions (doc_id, prompt, options_json, answer) VALUES ((SELECT id FROM docs WHERE name = '甲.docx'),",
      `  '3月9日,甲市召开常务会议。下列说法正确的是（  ）。${BODY}', '[{"key":"A","text":"对"}]', 'A');`,
    ].join("\n");
    expect(newsRecords(dump)).toEqual([`甲市召开常务会议\n3月9日,甲市召开常务会议。${BODY}`]);
  });
  test("each row of a COPY … FROM stdin block is a record: tab-separated, \\N for null, to its \\. line or the file's end", () => {
    const dump = [
      "COPY public.page (id, title, body, created_at) FROM stdin;",
      `4\t乙县年中工作会议\t<p>9月15日,乙县在丙镇召开年中工作会议。${BODY}</p>\\n\t2024-10-14 06:56:07`,
      "5\t\\N\t\\N\t2024-10-14 06:57:00",
      "\\.",
      "COPY public.item (id, title, body, created_at) FROM stdin;",
      `9\t丁县半年工作会议\t<p>8月1日,丁县召开半年工作会议。${BODY}</p>\t2024-10-14 07:10:08`,
    ].join("\n");
    expect(newsRecords(dump)).toEqual([
      `乙县年中工作会议\n发布时间:2024-10-14\n<p>9月15日,乙县在丙镇召开年中工作会议。${BODY}</p>\n`,
      `丁县半年工作会议\n发布时间:2024-10-14\n<p>8月1日,丁县召开半年工作会议。${BODY}</p>`,
    ]);
  });
});

describe("a script's mock data", () => {
  test("an array of records a script assigns after a comment and serves with functions is read", () => {
    const script = [
      "// 新闻模拟数据源",
      "const news = [",
      `  { id: '1', title: '甲市召开常务会议', content: '3月9日,甲市召开常务会议。${BODY}', add_date: '2026-03-10' },`,
      `  { id: '2', title: '乙县召开推进会', content: "3月10日,乙县召开推进会。${BODY}", add_date: '2026-03-11' }`,
      "];",
      "function getNewList() { return news.filter((n) => n.id !== '[{'); }",
      "module.exports = { getNewList: getNewList }",
    ].join("\n");
    expect(newsRecords(script)).toEqual([
      `甲市召开常务会议\n发布时间:2026-03-10\n3月9日,甲市召开常务会议。${BODY}`,
      `乙县召开推进会\n发布时间:2026-03-11\n3月10日,乙县召开推进会。${BODY}`,
    ]);
  });
  test("a Python view's dict of records (True, False, None) is read as a script's literal", () => {
    const view = [
      '@app.route("/api/news", methods=["GET"])',
      "def news():",
      "    obj = {",
      '        "list": [',
      `            {"id": 1, "title": "甲市召开常务会议", "description": "3月9日,甲市召开常务会议。${BODY}", "date": "2026-03-10", "is_read": False, "image": None},`,
      `            {"id": 2, "title": "乙县召开推进会", "description": "3月10日,乙县召开推进会。${BODY}", "date": "2026-03-11", "top": True}`,
      "        ]",
      "    }",
      "    return jsonify(obj)",
    ].join("\n");
    expect(newsRecords(view)).toEqual([
      `甲市召开常务会议\n发布时间:2026-03-10\n3月9日,甲市召开常务会议。${BODY}`,
      `乙县召开推进会\n发布时间:2026-03-11\n3月10日,乙县召开推进会。${BODY}`,
    ]);
  });
  test("records in groups (article_groups: [{name, list: […]}, …]) are every group's", () => {
    const record = (title: string, day: number) =>
      `{"title": "${title}", "content": "3月${day}日,${title}。${BODY}", "date": "2026-03-${day + 1}"}`;
    const groups = `{"article_groups": [{"name": "常务会议", "list": [${record("甲市召开常务会议", 9)}]}, {"name": "专题会议", "list": [${record("乙县召开推进会", 10)}, ${record("丙区召开座谈会", 12)}]}]}`;
    expect(newsRecords(groups)?.map((r) => r.split("\n")[0])).toEqual([
      "甲市召开常务会议",
      "乙县召开推进会",
      "丙区召开座谈会",
    ]);
    // Records that carry lists of their own (related stories) are the records, not their lists together.
    const withRelated = (title: string) =>
      `{"title": "${title}", "content": "3月9日,${title}。${BODY}", "related": [${record("乙县召开推进会", 10)}, ${record("丙区召开座谈会", 12)}, ${record("丁镇召开动员会", 14)}]}`;
    const related = `[${withRelated("甲市召开常务会议")}, ${withRelated("戊市召开全会")}]`;
    expect(newsRecords(related)?.map((r) => r.split("\n")[0])).toEqual(["甲市召开常务会议", "戊市召开全会"]);
  });
  test("a record's title is its first line whatever its shape (看！某某真美！), not the first line of its text", () => {
    const records = `[{"title": "看！甲市这场会议真精彩！", "message": "3月9日,甲市召开常务会议。${BODY}\\n\\n会议要求,各部门要抓好落实。"}, {"title": "乙县召开推进会", "message": "3月10日,乙县召开推进会。${BODY}"}]`;
    const articles = parseText(records, { fileName: "news.json" });
    expect(articles.map((a) => a.title)).toEqual(["看!甲市这场会议真精彩!", "乙县召开推进会"]);
    expect(articles[0]!.text.split("\n")[1]).toBe(`3月9日,甲市召开常务会议。${BODY}`);
  });
  test("a page's scripts are not read for records", () => {
    expect(
      newsRecords(`<p>甲市召开常务会议。${BODY}</p><script>var list = [{ title: '乙', content: '丙' }];</script>`),
    ).toBeNull();
  });
});

test("a record a loop pushes (list.push({ title: `…${i}`, content })) is read, the template's placeholder left out", () => {
  const jsx = [
    "import React from 'react';",
    "const listData = [];",
    "for (let i = 0; i < 6; i++) {",
    "  listData.push({",
    "    title: `甲公司召开第四届董事会第三次会议 ${i}`,",
    "    avatar: 'https://example.com/a.png',",
    `    content: '7月31日下午，甲公司第四届董事会第三次会议在本部召开。${BODY}',`,
    "  });",
    "}",
    "export default () => <div>{listData.map((item) => <p key={item.title}>{item.content}</p>)}</div>;",
  ].join("\n");
  expect(newsRecords(jsx)).toEqual([
    `甲公司召开第四届董事会第三次会议 \n7月31日下午，甲公司第四届董事会第三次会议在本部召开。${BODY}`,
  ]);
});
