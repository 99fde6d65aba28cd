import { expect, test } from "vitest";
import { summarizeSeeds } from "../../src/services/seed-summary";
import { PARSER_VERSION } from "../../src/ingest";

test("the bundled articles' summary is what the services count of them, for this parser", async () => {
  expect(await summarizeSeeds()).toEqual({
    parserVersion: PARSER_VERSION,
    meetingsByProvince: [
      { province: "江苏", meetings: 2, articles: 2 },
      { province: "山东", meetings: 1, articles: 3 },
      { province: "重庆", meetings: 1, articles: 1 },
      { province: "湖北", meetings: 1, articles: 1 },
      { province: "吉林", meetings: 1, articles: 1 },
      { province: "浙江", meetings: 1, articles: 1 },
    ],
  });
});
