import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";

test("a body's name joined by 和 inside a long title stays whole", () => {
  const [article] = parseText(
    "3月2日,某某镇召开改革工作动员会。某某县乡镇行政区划和村组建制调整改革工作指导组组长、县水务局局长柯一民出席会议。",
  );
  expect(article!.people[0]!.titles).toEqual(["某某县乡镇行政区划和村组建制调整改革工作指导组组长", "县水务局局长"]);
});

test("what is studied before 和 is no part of the title after it", () => {
  const [article] = parseText(
    "3月2日,某某县召开会议。会议传达学习了全省经济工作会议和全省民政工作会议精神和县委书记柯一民出席会议。",
  );
  expect(article!.people[0]!.titles).toEqual(["县委书记"]);
});
