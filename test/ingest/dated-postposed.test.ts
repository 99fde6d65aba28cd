import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

test("a name after a day and before its title (4月20日甲总理主持召开…精神) is a mention of that leader", () => {
  const [article] = parseText(
    "4月22日,某某市召开市政府常务会议,传达学习4月19日柏一仁总书记在主持召开某某委员会会议时的重要讲话精神,4月20日葛二川总理主持召开国务院常务会议精神。市长柯一民主持会议。",
  );
  expect(article!.people.map((p) => [p.name, p.titles, p.role])).toEqual([
    ["柏一仁", ["总书记"], "提及"],
    ["葛二川", ["总理"], "提及"],
    ["柯一民", ["市长"], "主持"],
  ]);
});
