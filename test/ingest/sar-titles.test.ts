import { describe, expect, test } from "vitest";
import { extractPeople } from "../../src/ingest/people";

const people = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.titles.join("、")]);

const roles = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role]);

describe("Hong Kong and Macau offices and how their press releases name people", () => {
  test("行政长官 and 议员 are titles", () => {
    expect(people("行政长官高文远今日出席行政会议。")).toEqual([["高文远", "行政长官"]]);
    expect(people("立法会议员宋立安、钟明达出席座谈会。")).toEqual([
      ["宋立安", "立法会议员"],
      ["钟明达", "立法会议员"],
    ]);
  });
  test("the foreign ministry's commissioner: 副特派员 before a name, 特派员 after one", () => {
    expect(people("外交部驻松岭特派员公署副特派员高文远出席酒会。")).toEqual([
      ["高文远", "外交部驻松岭特派员公署副特派员"],
    ]);
    expect(people("他向钟明达特派员、公署全体同仁致以崇高敬意。")).toEqual([["钟明达", "特派员"]]);
  });
  test("a name followed by 博士, 先生 or 女士 is still a name", () => {
    expect(people("代表团成员包括教育局副局长宋立安博士和运输局局长钟明达先生。")).toEqual([
      ["宋立安", "教育局副局长"],
      ["钟明达", "运输局局长"],
    ]);
    expect(people("民政局局长林佩仪女士陪同考察。")).toEqual([["林佩仪", "民政局局长"]]);
  });
  test("a name followed by 于 and its date is still a name", () => {
    expect(people("办公室主任高文远于五月三日上午出席座谈会。")).toEqual([["高文远", "办公室主任"]]);
  });
  test("but 关于 after a name is not part of it", () => {
    expect(people("传达学习市委书记高文远关于防汛工作的讲话精神。")).toEqual([["高文远", "市委书记"]]);
  });
  test("a date in brackets after 今日 stands between the name and its verb", () => {
    expect(roles("行政长官高文远今日(五月九日)上午出席行政会议前会见传媒。")).toEqual([["高文远", "出席"]]);
    expect(roles("办公室主任钟明达于五月三日上午主持座谈会。")).toEqual([["钟明达", "主持"]]);
  });
});
