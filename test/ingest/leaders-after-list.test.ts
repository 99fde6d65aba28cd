import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

test("names listed bare before 等市四班子领导 each take that title", () => {
  const [article] = parseText(
    "6月28日,我市在某某县召开某某工作推进会。柯一民、鲁二平、邬三川等市四班子领导,市中级人民法院院长、市人民检察院检察长等出席。",
  );
  expect(article!.people.map((p) => [p.name, p.titles, p.role])).toEqual([
    ["柯一民", ["市四班子领导"], "出席"],
    ["鲁二平", ["市四班子领导"], "出席"],
    ["邬三川", ["市四班子领导"], "出席"],
  ]);
});
