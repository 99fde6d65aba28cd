import { expect, test } from "vitest";
import { extractPhrases } from "../../src/ingest/phrases";

const phrases = (text: string) => extractPhrases(text).map((p) => p.phrase);

test("quoted formulations in every kind of quotation mark", () => {
  expect(phrases('拥护“两个确立”,做到「两个维护」,落实"三级联动"和『一老一小』。')).toEqual([
    "两个确立",
    "两个维护",
    "三级联动",
    "一老一小",
  ]);
});

test("each formulation once per article, with every place it occurs", () => {
  const text = "“三级联动”是品牌,“三级联动”走在前列。";
  expect(extractPhrases(text)).toEqual([
    {
      phrase: "三级联动",
      spans: [
        { start: 1, end: 5 },
        { start: 11, end: 15 },
      ],
    },
  ]);
});

test("titles in 《》, single characters, sentences and long enumerations are not formulations", () => {
  expect(phrases("学习《中华人民共和国国家安全法》,以“新”主导,他说“今天的会议很重要。”")).toEqual([]);
  expect(phrases("形成了“厅党组统一领导、创建办和工作专班统筹协调、活动组各负其责、处室(单位)齐抓共管”的机制")).toEqual(
    [],
  );
});

test("digits and middle dots are kept as written", () => {
  expect(phrases("“885”工作体系和“新重庆·老地名·边界行”活动")).toEqual(["885", "新重庆·老地名·边界行"]);
});

test("markup, templates and words without Chinese are not formulations", () => {
  expect(
    phrases("“<img src=x onerror=alert(1)>落实”和“{b}{c}{a}模板”,“__proto__”“constructor”“=1+2”“hasOwnProperty”"),
  ).toEqual([]);
  expect(phrases("“${name}工作”“两个&维护”“`落实`”")).toEqual([]);
  expect(phrases("“AI”“PPP”“i”")).toEqual([]);
});

test("Chinese and numbered formulations still are", () => {
  expect(phrases("拥护“两个确立”,落实“三级联动”、“1+N”政策、“12345”热线和“AI+民政”")).toEqual([
    "两个确立",
    "三级联动",
    "1+N",
    "12345",
    "AI+民政",
  ]);
});

test("a curly quote closed by a straight one, as a page that mixes its marks writes it", () => {
  expect(phrases('全面落实“一地两策"、“松岭治松"、高度自治方针,推动“一地两策”事业。')).toEqual([
    "一地两策",
    "松岭治松",
  ]);
});
test("a meeting's name in quotes and a quoted count are not formulations", () => {
  expect(phrases("公司在甲市召开“某某经纪2021年度年中工作会议”,落实“三级联动”。")).toEqual(["三级联动"]);
  expect(phrases("患者因“间断反复发作胸痛2天”就诊,医生提出“三个一”要求。")).toEqual(["三个一"]);
});

test("a formulation may open with a count (“15分钟生活圈”)", () => {
  expect(phrases("打造“15分钟生活圈”。")).toEqual(["15分钟生活圈"]);
});

test("a building's short name in quotes (“三省堂”) is a place, not a formulation; a programme named for a hall is one", () => {
  expect(phrases("检查组调研了青禾村“三省堂”和“望江楼”,推广“道德讲堂”做法,落实“三级联动”。")).toEqual([
    "道德讲堂",
    "三级联动",
  ]);
});
