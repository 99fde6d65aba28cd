import { describe, expect, test } from "vitest";
import { sameMeeting, titleSimilarity } from "../../src/db/entities/meetings";
import { datesAgree, preciserDate } from "../../src/model/partial-date";
import { isNationalFigure, personId } from "../../src/db/entities/people";

describe("meetings", () => {
  const base = {
    province: "山东",
    date: "2023-10-26",
    meetingType: "推进会",
    title: "山东省民政系统推进会议召开",
    presentNames: ["庄严", "刘渊"],
  };
  test("two reports of one meeting match, even when one lacks the year", () => {
    expect(sameMeeting(base, { ...base, date: "--10-26", title: null })).toBe(true);
  });
  test("another province, day or type is another meeting", () => {
    expect(sameMeeting(base, { ...base, province: "江苏" })).toBe(false);
    expect(sameMeeting(base, { ...base, date: "2023-10-27" })).toBe(false);
    expect(sameMeeting(base, { ...base, meetingType: "座谈会" })).toBe(false);
  });
  test("same day and type but nothing in common is another meeting", () => {
    expect(sameMeeting(base, { ...base, title: "山东省财政厅党组会议", presentNames: ["张三"] })).toBe(false);
  });
  test("undated reports are never merged", () => {
    expect(sameMeeting({ ...base, date: null }, { ...base, date: null })).toBe(false);
    expect(datesAgree("2023-10", "2023-10")).toBe(false);
  });
  test("title similarity and the preciser date", () => {
    expect(titleSimilarity("浙江省民政厅召开党组会议", "浙江省民政厅召开党组会议")).toBe(1);
    expect(titleSimilarity("浙江省民政厅召开党组会议", "湖北干部大会")).toBe(0);
    expect(preciserDate("--10-26", "2023-10-26")).toBe("2023-10-26");
    expect(preciserDate("2023-10-26", null)).toBe("2023-10-26");
  });
});

describe("people", () => {
  test("matched by name within a province", () => {
    expect(personId("谢晓军", "江苏", ["厅长"])).toBe("江苏:谢晓军");
    expect(personId("谢晓军", "河南", ["厅长"])).toBe("河南:谢晓军");
    expect(personId("张三", null, [])).toBe("?:张三");
  });
  test("national figures are one person everywhere", () => {
    expect(personId("习近平", "山东", ["总书记"])).toBe("*:习近平");
    expect(personId("王五", "山东", ["省委常委", "组织部部长"])).toBe("山东:王五");
    expect(personId("赵六", "山东", ["国家乡村振兴局局长"])).toBe("*:赵六");
    expect(personId("陆治原", "山东", ["民政部党组书记", "部长"])).toBe("*:陆治原");
    expect(isNationalFigure("陆治原", ["民政部部长"])).toBe(true);
    expect(isNationalFigure("李强", ["总理"])).toBe(true);
    expect(isNationalFigure("王五", ["省委组织部部长"])).toBe(false);
    expect(isNationalFigure("陆治原", ["部长"])).toBe(true);
  });
});
