import "fake-indexeddb/auto";
import { expect, test } from "vitest";
import { aggregates, type AggregateName, type AggregateParams } from "../../src/analytics";
import { TifaDatabase } from "../../src/db/schema";
import { NO_FILTERS } from "../../src/model/filters";
import { PARAMS } from "../bench/aggregate-params";
import { openServices } from "../support/services";
import { storedRows } from "../support/stored-rows";

const henan = {
  name: "henan.txt",
  source: "user" as const,
  bytes: new TextEncoder().encode(
    "河南省政协召开党组会议\n2024年5月7日,河南省政协党组书记王明主持召开党组会议,强调“两个确立”。会议研究部署了今年的各项重点工作。",
  ).buffer as ArrayBuffer,
};

/** Every aggregate of the views, over what a service holds in memory. */
async function everyAggregate(service: ReturnType<typeof openServices>) {
  const results: Record<string, unknown> = {};
  for (const name of Object.keys(aggregates) as AggregateName[])
    results[name] = await service.aggregate(name, NO_FILTERS, PARAMS[name] as AggregateParams<AggregateName>);
  return results;
}

test("after a correction and after a restore, the rows taken as written answer as a fresh read of the database", async () => {
  const db = new TifaDatabase("adopt");
  const service = openServices(db);
  await service.importSeeds();
  await service.importFiles([henan]);
  const article = (await storedRows(db)).articles.find((a) => a.province === "河南")!;
  await service.corrections.add({
    articleId: article.id,
    change: { kind: "article", field: "province", old: "河南", value: "湖南" },
  });
  expect((await service.aggregate("meetingsByProvince", NO_FILTERS, {})).map((r) => r.province)).toContain("湖南");
  expect(await everyAggregate(service)).toEqual(await everyAggregate(openServices(db)));

  const backup = await service.backup();
  await service.clear();
  expect(await service.restore(JSON.stringify(backup), "backup.json")).toMatchObject({ ok: true });
  expect(await service.counts()).toMatchObject({ articles: 10 });
  expect(await everyAggregate(service)).toEqual(await everyAggregate(openServices(db)));
});
