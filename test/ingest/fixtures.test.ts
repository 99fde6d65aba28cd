import { expect, test } from "vitest";
import { parsePath, summarize } from "./summary";

// Reports of other provinces and forms than the bundled seeds, to keep the rules general.

test("广西: an autonomous region's work meeting with a regional vice-chair", () => {
  expect(parsePath("test/fixtures/ingest/guangxi-work-meeting.txt").map(summarize)).toEqual([
    {
      title: "广西壮族自治区民政厅召开2024年全区民政工作会议",
      date: "2024-01-18",
      published: "2024-01-19",
      province: "广西",
      city: "南宁",
      isMeeting: true,
      meetingType: "工作会议",
      people: [
        "习近平:提及:总书记",
        "黄俊华:讲话:自治区人民政府副主席",
        "谢林:讲话:自治区民政厅党组书记、厅长",
        "黄华:主持:自治区民政厅党组成员、副厅长",
      ],
      phrases: ["民生三件事", "一老一小", "稳中求进"],
    },
  ]);
});

test("南宁: a municipal standing committee in markdown, year unknown", () => {
  expect(parsePath("test/fixtures/ingest/nanning-standing-committee.md").map(summarize)).toEqual([
    {
      title: "南宁市委常委会召开会议传达学习全国两会精神",
      date: "--03-12",
      published: null,
      province: "广西",
      city: "南宁",
      isMeeting: true,
      meetingType: "常委会会议",
      people: ["农生文:主持:市委书记", "习近平:提及:总书记", "陈伟俊:出席:市长", "王新:出席:市委副书记"],
      phrases: ["三大定位", "闯出新路子", "强首府"],
    },
  ]);
});

test("内蒙古: a GBK-encoded symposium with a list of speakers", () => {
  const [article] = parsePath("test/fixtures/ingest/inner-mongolia-symposium.gbk.txt").map(summarize);
  expect(article).toMatchObject({
    province: "内蒙古",
    city: "呼和浩特",
    date: "2024-05-07",
    published: "2024-05-08",
    meetingType: "座谈会",
  });
  expect(article!.people).toEqual([
    "邵云峰:讲话:厅党组书记、厅长",
    "包文华:主持:副厅长",
    "李建国:讲话:呼和浩特市民政局局长",
    "赵海燕:讲话:包头市民政局局长",
    "高志刚:讲话:鄂尔多斯市民政局局长",
  ]);
});

test("湖南: an HTML page whose scripts, navigation and related news are not the article", () => {
  const articles = parsePath("test/fixtures/ingest/hunan-training.html");
  expect(articles.map(summarize)).toEqual([
    {
      title: "湖南省民政厅举办全省民政系统干部能力提升培训班",
      date: "2023-09-11",
      published: "2023-09-14",
      province: "湖南",
      city: "长沙",
      isMeeting: true,
      meetingType: "培训班",
      people: ["唐白玉:讲话:厅党组书记、厅长", "刘世凯:主持:厅党组成员、副厅长", "王晓东:讲话:中南大学教授"],
      phrases: ["两个确立", "四个意识", "四个自信", "两个维护", "三高四新"],
    },
  ]);
  expect(articles[0]!.text).not.toMatch(/analytics|沈晓明|ICP|首页/);
});

test("a county executive meeting: a byline in brackets, names sharing one title, a labelled publication date", () => {
  const [article] = parsePath("test/fixtures/ingest/county-executive-meeting.txt").map(summarize);
  expect(article).toMatchObject({
    title: "县政府召开第15次常务会议",
    date: "2024-06-03",
    published: "2024-06-05",
    province: "江西",
    isMeeting: true,
    meetingType: "常务会议",
  });
  expect(article!.people).toEqual([
    "曾春华:主持:宁都县县长",
    "刘伟:出席:副县长",
    "陈晓东:出席:副县长",
    "王磊:出席:县政府党组成员",
    "习近平:提及:总书记",
    "尹弘:提及:省委书记",
  ]);
  expect(article!.phrases).toEqual(["人民至上、生命至上", "三个责任", "不死人、少伤人", "百日攻坚"]);
});

test("a provincial symposium: leaders by rank, speakers listed before 等…先后发言, 会议由…主持", () => {
  const [article] = parsePath("test/fixtures/ingest/fujian-symposium.txt").map(summarize);
  expect(article).toMatchObject({
    date: "2024-02-19",
    published: "2024-02-20",
    province: "福建",
    city: "福州",
    meetingType: "座谈会",
  });
  expect(article!.people).toEqual([
    "周祖翼:讲话:省委书记",
    "赵龙:主持:省委副书记、省长",
    "郭宁宁:出席:省委常委、常务副省长",
    "林瑞良:出席:副省长",
    "曹德旺:讲话:福耀玻璃集团董事长",
    "曾毓群:讲话:宁德时代董事长",
    "张彦:主持:省委秘书长",
  ]);
  expect(article!.phrases).toEqual(["两个毫不动摇", "晋江经验"]);
});

test("a department web page: breadcrumbs, font-size and print links, 上一篇/下一篇, a December meeting published in January", () => {
  expect(parsePath("test/fixtures/ingest/sichuan-web-page.txt").map(summarize)).toEqual([
    {
      title: "四川省民政厅召开2023年第四季度养老服务工作推进会",
      date: "2023-12-28",
      published: "2024-01-05",
      province: "四川",
      city: "成都",
      isMeeting: true,
      meetingType: "推进会",
      people: ["谭明华:讲话:厅党组成员、副厅长", "周勇:主持:养老服务处处长"],
      phrases: ["幸福美好生活十大工程", "养老服务补短板", "15分钟养老服务圈"],
    },
  ]);
});

test("a traditional-Chinese page with 「」 quotes", () => {
  const [article] = parsePath("test/fixtures/ingest/guangdong-traditional.txt").map(summarize);
  expect(article).toMatchObject({
    title: "广东省民政厅召开党组理论学习中心组学习会",
    date: "2023-09-08",
    province: "广东",
    meetingType: "理论学习中心组学习会",
  });
  expect(article!.people).toEqual(["习近平:提及:总书记", "王胜:主持:厅党组书记、厅长", "李浩:出席:厅党组成员、副厅长"]);
  expect(article!.phrases).toEqual(["百县千镇万村高质量发展工程", "大民政"]);
});

test("a region named only on its source line; an inspector listed with unnamed others shares their verb and speaks (在点评时指出)", () => {
  const [article] = parsePath("test/fixtures/ingest/ningxia-democratic-life.txt").map(summarize);
  expect(article).toMatchObject({
    date: "2023-12-20",
    published: "2023-12-22",
    province: "宁夏",
    meetingType: "民主生活会",
  });
  expect(article!.people).toEqual([
    "马建军:讲话:自治区纪委监委驻自治区民政厅纪检监察组组长",
    "王宏伟:主持:厅党组书记、厅长",
  ]);
  expect(article!.phrases).toEqual(["红红脸、出出汗", "当下改", "长久立"]);
});
