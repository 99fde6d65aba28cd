import { describe, expect, test } from "vitest";
import { parseText } from "../../src/ingest";

/** An article's body needs some length to be one. */
const BODY = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效。";

const first = (text: string) => {
  const [article] = parseText(`${text}${BODY}`);
  return { province: article!.province, people: article!.people.map((p) => [p.name, p.role]) };
};

describe("the province is the host's", () => {
  test("a topic province in the title does not move the meeting", () => {
    expect(
      first(
        "湖南省委常委会召开会议 传达学习中央关于西藏工作的座谈会精神\n9月11日,省委常委会召开会议,传达学习中央关于西藏工作座谈会精神。省委书记沈明主持会议。推动对口支援西藏工作,援藏干部赴西藏、赴西藏考察。",
      ).province,
    ).toBe("湖南");
  });
  test("a person's name that holds a city is not a place", () => {
    expect(first("省委常委会召开会议\n省委副书记李南宁、省委常委王安庆、刘云、陈东出席。来源:江西日报").province).toBe(
      "江西",
    );
  });
  test("a national body's meeting has no province, and its leaders take part", () => {
    expect(
      first("国务院召开常务会议 部署稳就业工作\n新华社北京3月8日电 国务院总理李明3月7日主持召开国务院常务会议。"),
    ).toEqual({
      province: null,
      people: [["李明", "主持"]],
    });
  });
  test("a national body named with a province is the province's: 国家税务总局山东省税务局", () => {
    expect(first("国家税务总局山东省税务局召开党委会议\n局党委书记、局长王东主持会议。").province).toBe("山东");
  });
  test("in a province's report national leaders are only mentioned", () => {
    expect(
      first("河北省委常委会召开会议\n会议传达学习国务院总理李明在全国两会上的讲话精神。省委书记张东主持会议。").people,
    ).toEqual([
      ["李明", "提及"],
      ["张东", "主持"],
    ]);
  });
});
