import { expect, test } from "vitest";
import { extractPeople } from "../../src/ingest/people";

const roles = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role]);

const titled = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role, p.titles]);

test("named leaders followed by unnamed office-holders (副秘书长, 各委室主任) share their verb", () => {
  expect(roles("市政协副主席高文远、宋立安,秘书长钟明达,市政协副秘书长,各委室主任参加会议。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("a list closed by 领导等应邀出席 places everyone named in it", () => {
  expect(roles("区委书记高文远,区长宋立安,以及区委、区人大常委会领导等应邀出席并在主席台就座。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("a list closed by others following the meeting in a room (在某会议室收听收看) places the named", () => {
  expect(roles("副县长高文远,各乡镇、县直有关单位负责人等在县政府三楼会议室收听收看。")).toEqual([["高文远", "出席"]]);
});

test("a speaker invited from a central body's office (办公厅研究室副主任) speaks at a province's study session", () => {
  expect(titled("此次学习邀请了全国人大常委会办公厅研究室副主任高文远作专题辅导。")).toEqual([
    ["高文远", "讲话", ["全国人大常委会办公厅研究室副主任"]],
  ]);
});

test("a member named before 委员 who speaks for a party at a plenary (甲委员代表某党派市委发言) speaks there", () => {
  expect(roles("高文远委员代表民盟青川市委发言,提出了建议;宋立安委员代表市工商联发言。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
  expect(roles("市政协经济委员会主任钟明达出席。")).toEqual([["钟明达", "出席"]]);
});
