import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { extractPeople } from "../../src/ingest/people";

// Invented reports: every name, place and sentence here is made up for the tests.
function summary(text: string) {
  return parseText(text, { fileName: "x.txt" }).map((a) => [a.date, a.people.map((p) => `${p.name}:${p.role}`)]);
}

test("a report run on under another with 又讯 is a report of its own, naming the first one's people bare", () => {
  const text = [
    "本报讯 5月12日,青川开发区党工委理论学习中心组召开集中学习会议,区党工委书记高文远主持会议,区领导、各乡镇党委书记参加学习。",
    "会上,区党工委副书记宋立安,党工委委员钟明达分别领学了有关文件,并结合工作实际谈了体会。",
    "(某某 某某)",
    "又讯 5月12日下午,高文远率队到青川开发区企业调研安全生产工作,察看了生产车间和仓储设施,要求各企业压实主体责任,确保安全。",
    "(某某 某某)",
  ].join("\n");
  expect(summary(text)).toEqual([
    ["--05-12", ["高文远:主持", "宋立安:讲话", "钟明达:讲话"]],
    ["--05-12", ["高文远:出席"]],
  ]);
});

test("a bare list of names closed by unnamed office-holders and their verb (甲、乙、丙,各工作机构负责人参加学习) is present", () => {
  const roles = extractPeople("高文远、宋立安、钟明达,省人大常委会各工作机构负责人参加学习。", {
    isSpeech: false,
    fullNamesInFile: () => [],
  }).map((p) => [p.name, p.role]);
  expect(roles).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("a paper's dateline right after a sentence within a line opens the next report (…出席。本报讯(记者 某某)…)", () => {
  const text = [
    "某市新闻",
    "市政协5月15日举行主席会议,市政协主席周立新主持。",
    "会议协商了有关人事事项,审议通过了常委会议议程(草案)。",
    "市政协副主席郑海涛、钱国平,秘书长孙立明出席。本报讯(记者 某某)某市政协工作回顾展昨天开幕,市政协主席周立新为回顾展揭幕。展览分四个部分,共有300多幅图片。",
  ].join("\n");
  expect(summary(text)).toEqual([
    ["--05-15", ["周立新:主持", "郑海涛:出席", "钱国平:出席", "孙立明:出席"]],
    [null, ["周立新:出席"]],
  ]);
});

test("【又讯】 in brackets, right after a sentence within a line, opens the next report too", () => {
  const text = [
    "某市新闻",
    "市政协5月15日举行主席会议,市政协主席周立新主持。市政协副主席郑海涛出席。【又讯】市政协副主席钱国平昨日率调研组到某县调研乡村振兴工作,实地察看了产业园区和农业基地的建设情况。",
  ].join("\n");
  expect(summary(text)).toEqual([
    ["--05-15", ["周立新:主持", "郑海涛:出席"]],
    [null, ["钱国平:出席"]],
  ]);
});
