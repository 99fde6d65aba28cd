import { expect, test } from "vitest";
import { parsePath, summarize } from "./summary";

test("000: a web page with navigation and 推荐阅读 teasers", () => {
  const articles = parsePath("seeds/000_af87460a2b7b720f.txt").map(summarize);
  expect(articles).toEqual([
    {
      title: "山东省民政系统第一批、第二批主题教育衔接联动暨模范机关建设工作推进会议召开",
      date: "2023-10-26",
      published: "2023-10-31",
      province: "山东",
      city: "滨州",
      isMeeting: true,
      meetingType: "推进会",
      people: [
        "刘渊:讲话:山东省委省直机关工委分管日常工作的副书记",
        "庄严:讲话:省民政厅党组书记、厅长",
        "李春田:致辞:滨州市委副书记、市长",
        "刘建武:主持:省民政厅党组成员、副厅长",
        "习近平:提及:总书记",
      ],
      phrases: ["三级联动", "必选科目", "自选科目"],
    },
  ]);
});

test("001: a PDF newsletter with hard-wrapped lines, three items and a title moved after its item", () => {
  const articles = parsePath("seeds/001_6484ed3ad0c945e9.txt").map(summarize);
  expect(articles.map((a) => [a.title, a.date, a.province, a.meetingType])).toEqual([
    ["山东省民政系统第一批、第二批主题教育衔接联动暨模范机关建设工作推进会议召开", "--10-26", "山东", "推进会"],
    [null, null, "江苏", "理论学习中心组学习会"],
    ["吉林省社会组织联合党委举办省级社会组织负责人主题教育示范培训班", "--10-23", "吉林", "培训班"],
  ]);
  expect(articles[1]!.people).toEqual([
    "张政文:讲话:省委讲师团兼职教授、南京陆军指挥学院教授",
    "谢晓军:出席:厅党组书记、厅长",
    "戚锡生:主持:厅一级巡视员、机关党委书记",
    "习近平:提及:总书记",
  ]);
  expect(articles[1]!.phrases).toEqual([
    "坚持总体国家安全观科学研判国家安全形势",
    "安全阀",
    "两个确立",
    "四个意识",
    "四个自信",
    "两个维护",
  ]);
  expect(articles[2]!.people).toEqual(["习近平:提及:总书记", "杜文革:讲话:省社会组织联合党委书记、省民政厅副厅长"]);
});

test("002: a speech whose named people are all only mentioned", () => {
  const [speech] = parsePath("seeds/002_f27198843cf5619a.txt").map(summarize);
  expect(speech).toMatchObject({
    title: "民政厅长在四季度例会暨职工大会上的讲话",
    date: null,
    published: "2024-11-15",
    province: "重庆",
    isMeeting: true,
    meetingType: "例会",
  });
  expect(speech!.people).toEqual(["陆治原:提及:部长", "彦铮:提及:副市长"]);
  expect(speech!.phrases).toContain("渝悦·救助通");
  expect(speech!.phrases).not.toContain("赏赞");
});

test("003: a traditional-Chinese page with converter pinyin and a reporters' byline", () => {
  const [article] = parsePath("seeds/003_1af901b8fa6e4dc4.txt").map(summarize);
  expect(article).toMatchObject({
    title: null,
    date: null,
    published: "2020-05-20",
    province: "山东",
    isMeeting: false,
    meetingType: null,
  });
  expect(article!.people).toEqual(["袁玉芳:提及:91岁离休干部", "程凤:提及:军嫂"]);
  expect(article!.phrases.slice(0, 4)).toEqual(["四级联动", "规定动作得满分", "不忘初心、牢记使命", "我和我的祖国"]);
});

test("003's normalized text is simplified, without pinyin or page furniture", () => {
  const [article] = parsePath("seeds/003_1af901b8fa6e4dc4.txt");
  expect(article!.text.startsWith("齐鲁网·闪电新闻5月20日讯2019年以来,山东省政府办公厅")).toBe(true);
  expect(article!.text).not.toMatch(/[(（][a-zāáǎà]+[)）]|記者|刘晨|新闻热线/);
});

test("004: a markdown digest of three reports", () => {
  const articles = parsePath("seeds/004_512dbbe89473570f.txt").map(summarize);
  expect(articles.map((a) => [a.province, a.date, a.meetingType, a.people])).toEqual([
    [
      "浙江",
      "2024-03-14",
      "党组会议",
      [
        "陈斌:主持:厅党组书记、厅长",
        "习近平:提及:总书记",
        "李强:提及:总理",
        "陆治原:提及:民政部部长",
        "易炼红:提及:省委书记",
      ],
    ],
    ["江苏", "2024-03-14", "党组会议", ["习近平:提及:总书记", "谢晓军:主持:省民政厅党组书记、厅长"]],
    ["湖北", "2024-03-13", "干部大会", ["习近平:提及:总书记", "杨泽发:主持:厅党组书记", "李丽:传达:厅长"]],
  ]);
});
