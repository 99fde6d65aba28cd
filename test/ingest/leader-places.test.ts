import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

const provinceOf = (text: string) => parseText(text)[0]?.province ?? null;
const evidenceOf = (text: string) => parseText(text)[0]?.evidence.province?.quote ?? null;

const body = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";

test("a report that names no place but its province's leader by a bare top post is in that province", () => {
  const county = [
    "县委常委会召开会议",
    `3月2日,县委书记周某主持召开县委常委会会议,传达学习省委书记蒋超良在全省经济工作会议上的讲话精神。${body}`,
  ].join("\n");
  expect(provinceOf(county)).toBe("湖北");
  expect(evidenceOf(county)).toBe("蒋超良");
  // The head of an autonomous region's government; a municipality's secretary, named in a district's report.
  expect(provinceOf(`区政府召开常务会议\n5月6日,区政府召开常务会议,学习自治区主席王莉霞讲话。${body}`)).toBe("内蒙古");
  expect(provinceOf(`区委召开理论学习中心组会议\n5月6日,区委传达市委书记蔡奇在市委全会上的讲话。${body}`)).toBe("北京");
  expect(provinceOf(`县政府召开常务会议\n6月8日,县政府传达学习省长毛伟明调研时的讲话精神。${body}`)).toBe("湖南");
});

test("the post must be the one the leader held, and a name two units had in it tells nothing", () => {
  // 蒋超良 headed 吉林's government and was 湖北's secretary: as 省长 he is 吉林's.
  expect(provinceOf(`县政府召开常务会议\n3月2日,县政府传达学习省长蒋超良讲话精神。${body}`)).toBe("吉林");
  // A county's own 市委书记 (of its prefecture) shares no name with a municipality's: no province.
  expect(provinceOf(`县委召开常委会会议\n3月2日,县委传达学习市委书记周某讲话精神。${body}`)).toBeNull();
  // 李强 headed 浙江's government, was 江苏's secretary and 上海's.
  expect(provinceOf(`县委召开常委会会议\n3月2日,县委传达学习省长李强讲话精神。${body}`)).toBe("浙江");
  expect(provinceOf(`县委召开常委会会议\n3月2日,县委传达学习省委书记李强讲话精神。${body}`)).toBe("江苏");
  expect(provinceOf(`区委召开常委会会议\n3月2日,区委传达学习市委书记李强讲话精神。${body}`)).toBe("上海");
  // 张庆伟 was secretary of 黑龙江 and of 湖南.
  expect(provinceOf(`县委召开常委会会议\n3月2日,县委传达学习省委书记张庆伟讲话精神。${body}`)).toBeNull();
  // Not a province's post: a 书记 alone, a 市长 of a city that is no municipality's.
  expect(provinceOf(`县委召开常委会会议\n3月2日,县委传达学习书记蒋超良讲话精神。${body}`)).toBeNull();
});

test("a province the text names as host is not outweighed by a leader it quotes", () => {
  const text = [
    "江西省政协召开党组会议",
    `3月2日,江西省政协党组召开会议,传达学习省委书记蒋超良在湖北考察时的讲话。${body}`,
  ].join("\n");
  expect(provinceOf(text)).toBe("江西");
});

test("a provincial leader named under a provincial body's title or as the chair, not by a bare post, tells half as much", () => {
  const presidium = `省十三届人大一次会议主席团举行第二次会议\n1月27日,省十三届人大一次会议主席团举行第二次会议。大会主席团常务主席谢伏瞻、陈润儿出席会议。谢伏瞻主持会议。${body}`;
  expect(provinceOf(presidium)).toBe("河南");
  expect(evidenceOf(presidium)).toBe("谢伏瞻");
  expect(provinceOf(`省政协召开主席会议\n4月25日,省政协召开主席会议。谢伏瞻主持会议。${body}`)).toBe("河南");
  // A namesake in a city's body, or a former governor now at a ministry, tells nothing.
  expect(provinceOf(`市政协召开党组会议\n10月21日,市政协召开党组会议。市政协秘书长李建华出席会议。${body}`)).toBeNull();
  expect(provinceOf(`部党组召开会议\n7月27日,国土资源部部长、党组书记姜大明主持召开部党组会议。${body}`)).toBeNull();
});

test("the chairs of a province's 政协, and of its 人大 where the secretary is not, tell it as its leaders do", () => {
  const cppcc = `省政协召开常委会会议\n1月28日,省政协常委会会议召开。省政协主席张连珍主持会议。${body}`;
  expect(provinceOf(cppcc)).toBe("江苏");
  expect(evidenceOf(cppcc)).toBe("张连珍");
  expect(provinceOf(`自治区政协召开主席会议\n3月6日,自治区政协召开主席会议。陈光林主持会议。${body}`)).toBe("内蒙古");
  expect(
    provinceOf(`市人大常委会召开党组会议\n2月3日,市人大常委会召开党组会议。市人大常委会主任殷一璀主持。${body}`),
  ).toBe("上海");
  // The post split by the Party group's (省政协党组书记、主席): the name under a provincial title.
  expect(
    provinceOf(`省政协召开党组会议\n8月20日,省政协召开党组会议。省政协党组书记、主席朱国贤主持会议。${body}`),
  ).toBe("吉林");
  // A chair's name of two characters tells by the post alone: 李江 chairing untitled tells nothing.
  expect(provinceOf(`省政协召开主席会议\n3月6日,省政协召开主席会议。省政协主席李江主持会议。${body}`)).toBe("云南");
  expect(provinceOf(`政协召开主席会议\n3月6日,政协召开主席会议。李江主持会议。${body}`)).toBeNull();
  // 刘伟 chaired the 政协 of 山东 and of 河南; a prefecture's 市政协主席 is no municipality's.
  expect(provinceOf(`省政协召开主席会议\n3月6日,省政协召开主席会议。省政协主席刘伟主持会议。${body}`)).toBeNull();
  expect(provinceOf(`市政协召开主席会议\n3月6日,市政协召开主席会议。市政协主席周某主持会议。${body}`)).toBeNull();
});
