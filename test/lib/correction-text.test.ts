import { expect, test } from "vitest";
import { changeText, personIdText } from "../../src/lib/correction-text";
import { nationalPersonId, personIdOf } from "../../src/model/person-id";

test("each kind of correction in words, in both languages", () => {
  expect(changeText({ kind: "article", field: "province", old: "吉林", value: "河南" }, "en")).toEqual({
    field: "Province",
    from: "Jilin",
    to: "Henan",
  });
  expect(changeText({ kind: "article", field: "isMeeting", old: true, value: false }, "zh")).toEqual({
    field: "是否会议",
    from: "是",
    to: "否",
  });
  expect(changeText({ kind: "article", field: "date", old: null, value: "2023-10" }, "en")).toEqual({
    field: "Date",
    from: "(none)",
    to: "2023-10",
  });
  expect(changeText({ kind: "person", name: "李明", field: "role", old: "出席", value: "讲话" }, "en")).toEqual({
    field: "李明 · role",
    from: "attended",
    to: "spoke",
  });
  expect(
    changeText({ kind: "person", name: "李明", field: "titles", old: ["副厅长"], value: ["副厅长", "党组成员"] }, "zh"),
  ).toEqual({ field: "李明 · 职务", from: "副厅长", to: "副厅长、党组成员" });
  expect(changeText({ kind: "addPerson", name: "张三", role: "主持", titles: [], start: 0, end: 2 }, "zh")).toEqual({
    field: "添加人物",
    from: "—",
    to: "张三 · 主持",
  });
  expect(changeText({ kind: "removePhrase", phrase: "两个确立" }, "en")).toEqual({
    field: "Removed phrase",
    from: "两个确立",
    to: "—",
  });
  expect(
    changeText(
      { kind: "samePerson", personId: personIdOf("刘渊", "山东"), sameAs: personIdOf("谢晓军", "江苏") },
      "en",
    ),
  ).toEqual({ field: "Same person", from: "刘渊 (Shandong)", to: "谢晓军 (Jiangsu)" });
});

test("a person id names the province, national or unknown", () => {
  expect(personIdText(nationalPersonId("习近平"), "zh")).toBe("习近平 (全国)");
  expect(personIdText(personIdOf("王五", null), "en")).toBe("王五 (?)");
});
