import { expect, test } from "vitest";
import { extractPhrases } from "../../src/ingest/phrases";

test("holidays quoted by name (“中秋”“国庆”期间) are not formulations; a slogan beside them is", () => {
  const phrases = extractPhrases("会议安排部署“中秋”“国庆”期间和“两节”假期的“三查三改”工作。").map((p) => p.phrase);
  expect(phrases).toEqual(["三查三改"]);
});
