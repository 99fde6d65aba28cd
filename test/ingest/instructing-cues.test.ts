import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

const roles = (text: string) => parseText(text)[0]!.people.map((p) => [p.name, p.role]);

test("who takes the meeting through a plan (对…方案进行学习培训) speaks", () => {
  expect(
    roles(
      "3月2日,某某镇召开村级建制调整改革工作会议。会上,该镇党委副书记、纪委书记鲁二平对该镇改革工作初步方案进行学习培训,并着重强调工作纪律。",
    ),
  ).toEqual([["鲁二平", "讲话"]]);
});

test("who assigns the work in a list of roles (甲主持会议,乙安排整改工作,丙等出席) speaks", () => {
  expect(
    roles(
      "5月2日,某某市整改工作领导小组会议召开。市委书记柯一民主持会议,市长邬三川出席。柯一民主持会议,邬三川安排整改工作,石四海、龙五江等出席会议。",
    ),
  ).toContainEqual(["邬三川", "讲话"]);
});
