import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

const roles = (text: string) => parseText(text)[0]!.people.map((p) => [p.name, p.role]);

test("a leader's speech at another event, relayed (传达了…参加…审议时的讲话精神), is a mention", () => {
  const lead =
    "3月17日上午,某某党中央机关召开“两会”精神学习会。某某党中央常务副主席柯一民,副主席鲁二平、邬三川(兼秘书长)出席会议并分别传达了刚刚闭幕的全国人大会议和全国政协会议的主要精神。";
  const relay =
    "鲁二平、邬三川传达了柏一仁总书记参加全国人大某某代表团,葛二川总理参加全国人大某某代表团、某某代表团审议时的讲话精神,并着重介绍了今年的工作部署。";
  expect(roles(`${lead}\n${relay}`).slice(3)).toEqual([
    ["柏一仁", "提及"],
    ["葛二川", "提及"],
  ]);
});

test("the author of a relayed report is a mention unless placed at the meeting otherwise", () => {
  const lead = "5月6日,某某县人大常委会召开党组会议。县人大常委会主任石一川主持会议。";
  const relay = "党代会代表田二妹同志传达会议精神,全文传达学习了龙三强书记代表中共某某市第十届委员会所作的大会报告。";
  expect(roles(lead + relay)).toEqual([
    ["石一川", "主持"],
    ["田二妹", "传达"],
    ["龙三强", "提及"],
  ]);
  expect(roles(lead + relay + "市委书记龙三强出席会议并讲话。")).toContainEqual(["龙三强", "讲话"]);
});

test("the speech a leader gave on an earlier visit, relayed or carried out, is a mention (…到我县督导检查…时的讲话精神)", () => {
  const lead = "10月20日,县委书记石一川主持召开县委常委会会议。";
  expect(roles(`${lead}会议传达市委常委、秘书长田二妹到我县督导检查维稳安保工作时的讲话精神。`)).toEqual([
    ["石一川", "主持"],
    ["田二妹", "提及"],
  ]);
  expect(roles(`${lead}会议要求,各单位要落实好市委常委田二妹到我县督导检查维稳安保工作时的讲话精神。`)).toEqual([
    ["石一川", "主持"],
    ["田二妹", "提及"],
  ]);
  // 传达…参加…的讲话, without 时: the speech at that other meeting.
  expect(roles(`${lead}会议传达省委书记龙三强参加市委常委班子专题民主生活会的重要讲话精神。`)).toEqual([
    ["石一川", "主持"],
    ["龙三强", "提及"],
  ]);
  // Who comes and speaks at this meeting is there.
  expect(roles(`${lead}市委常委田二妹到我县督导检查工作,出席会议并讲话。`)).toContainEqual(["田二妹", "出席"]);
});

test("a leader's instructions on an earlier visit, and their 要求 a meeting is to follow, are mentions", () => {
  const lead = "3月21日,某某县委书记石一川主持召开县委常委会会议。";
  expect(roles(`${lead}传达学习柏一仁书记调研我县时的指示和全省有关会议精神。`)).toEqual([
    ["石一川", "主持"],
    ["柏一仁", "提及"],
  ]);
  expect(roles(`${lead}会议强调,要按照省委部署和柏一仁书记要求,切实增强责任感。`)).toEqual([
    ["石一川", "主持"],
    ["柏一仁", "提及"],
  ]);
  // Asking at the meeting itself: the leader speaks.
  expect(roles(`${lead}柏一仁书记要求,要切实增强责任感。`)).toEqual([
    ["石一川", "主持"],
    ["柏一仁", "讲话"],
  ]);
});
