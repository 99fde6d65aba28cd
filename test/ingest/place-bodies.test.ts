import { expect, test } from "vitest";
import { pickPlace, placesIn } from "../../src/ingest/places";
import { parseText } from "../../src/ingest";

const province = (text: string) => pickPlace(placesIn(text, 2)).province;

test("offices only one region has name it: 政务司 is Hong Kong's, 行政法务司 Macau's, 行政院 Taiwan's", () => {
  expect(province("政务司司长出席论坛并致辞")).toBe("香港");
  expect(province("经济财政司司长出席论坛并致辞")).toBe("澳门");
  expect(province("行政法务司司长主持会议")).toBe("澳门");
  expect(province("行政院召开院会")).toBe("台湾");
  expect(province("财政部预算司召开座谈会")).toBeNull();
});

test("an acting head (代县长, 任县长) is a title, not the county 代县 or 任县", () => {
  expect(province("县委副书记、代县长王某主持会议")).toBeNull();
  expect(province("他曾任县长多年")).toBeNull();
  expect(province("代县县长主持会议")).toBe("山西");
});

test("who leads a delegation to another place hosts it: the place visited is the topic", () => {
  const text = [
    "政务司司长率特区政府代表团赴福建出席合作会议",
    "合作会议于十一月三日在福州举行。在福建期间,代表团亦会与福建省和泉州市的官员会面,并到武夷山考察,与在福建工作和学习的青年会面。",
    "代表团成员包括教育局副局长宋立安博士和运输局局长钟明达。",
  ].join("\n");
  expect(parseText(text)[0]?.province).toBe("香港");
});

test("率先 is no delegation", () => {
  const text = [
    "甘肃省率先完成改革任务",
    "近日,甘肃省在全国率先完成改革任务,省委召开会议研究部署下一步工作,要求各地各部门认真抓好落实,巩固扩大改革成果。",
  ].join("\n");
  expect(parseText(text)[0]?.province).toBe("甘肃");
});

test("a local outlet reports on its own place's officials, however often the place they visit is named", () => {
  const text = [
    "宜宾网讯(记者 某某)为推进区域合作,5月6日,市委书记高文远率市党政代表团赴浙江省温州市学习考察。温州市委书记钟明达陪同考察。",
    "代表团一行先后考察了温州市的产业园区、温州港和温州大学,详细了解温州在民营经济发展方面的做法。在温州期间,双方举行座谈,温州市有关负责人介绍了情况。",
  ].join("\n");
  expect(parseText(text)[0]?.province).toBe("四川");
});
