import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

test("a name after its title and before 前来 (委员长甲前来某地出席…) is a name", () => {
  const [article] = parseText(
    "5月12日,某某会主席柯一民就下周会议的安排会见传媒。他表示,人大常委会委员长葛二川前来本市出席高峰论坛,下周的会议会照常召开。",
  );
  expect(article!.people.map((p) => [p.name, p.titles, p.role])).toContainEqual([
    "葛二川",
    ["人大常委会委员长"],
    "提及",
  ]);
});
