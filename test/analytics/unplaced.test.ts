import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { NO_FILTERS } from "../../src/model/filters";
import { openServices } from "../support/services";

const BODY = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
const file = (name: string, text: string) => ({
  name,
  source: "user" as const,
  bytes: new TextEncoder().encode(text).buffer as ArrayBuffer,
});

test("meetings the map cannot place are counted: a national body's, and one whose province the text does not tell", async () => {
  const service = openServices(new TifaDatabase("unplaced-meetings"));
  await service.importSeeds();
  expect(await service.aggregate("unplacedMeetings", NO_FILTERS, {})).toBe(0);
  await service.importFiles([
    file("state-council.txt", `国务院召开常务会议\n3月7日,国务院总理李明主持召开国务院常务会议。${BODY}`),
    file("no-place.txt", `召开党组会议\n2024年3月8日,厅党组召开会议,交流了江苏的经验,浙江的做法。${BODY}`),
    file("shandong.txt", `山东省民政厅召开党组会议\n2024年3月9日,山东省民政厅召开党组会议。${BODY}`),
  ]);
  expect(await service.aggregate("unplacedMeetings", NO_FILTERS, {})).toBe(2);
  expect(await service.aggregate("unplacedMeetings", { ...NO_FILTERS, provinces: ["山东"] }, {})).toBe(0);
});
