import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { FIRST_DRAW_KEY, parseFirstDrawValue } from "../../src/db/first-draw-summary";
import { REVISION_KEY } from "../../src/db/revision";
import { TifaDatabase } from "../../src/db/schema";
import { NO_FILTERS } from "../../src/model/filters";
import { openServices } from "../support/services";

const body = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";

/** The stored summary as the page reads it: only when it is of the database's revision. */
async function stored(db: TifaDatabase) {
  const [summary, revision] = await Promise.all([db.meta.get(FIRST_DRAW_KEY), db.meta.get(REVISION_KEY)]);
  return parseFirstDrawValue(summary?.value, revision?.value ?? null);
}
const storedCounts = async (db: TifaDatabase) => (await stored(db))?.meetingsByProvince;
const storedMonths = async (db: TifaDatabase) => (await stored(db))?.meetingsByMonth;

test("after every change the unfiltered map's counts and timeline's months are stored for the page's next first draw", async () => {
  const db = new TifaDatabase("first-draw-summary");
  const service = openServices(db);
  await service.importSeeds();
  await expect.poll(() => storedCounts(db)).toHaveLength(6);
  await service.importFiles([
    {
      name: "henan.txt",
      source: "user",
      bytes: new TextEncoder().encode(
        `河南省政协召开党组会议\n2024年5月7日,河南省政协党组书记王明主持召开党组会议。${body}`,
      ).buffer as ArrayBuffer,
    },
  ]);
  await expect
    .poll(async () => (await storedCounts(db))?.find((r) => r.province === "河南"))
    .toEqual({
      province: "河南",
      meetings: 1,
      articles: 1,
    });
  // The months as the worker answers the unfiltered timeline stacked by province.
  await expect
    .poll(() => storedMonths(db))
    .toEqual(await service.aggregate("meetingsByMonth", NO_FILTERS, { stackBy: "province" }));
  const months = await storedMonths(db);
  expect(months?.series.find((s) => s.key === "河南")?.counts[months.months.indexOf("2024-05")]).toBe(1);
  await service.clear();
  await expect.poll(() => storedCounts(db)).toEqual([]);
  await expect.poll(() => storedMonths(db)).toEqual({ months: [], series: [], undated: 0 });
});
