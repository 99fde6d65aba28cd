import "fake-indexeddb/auto";
import { beforeAll, describe, expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";
import { NO_FILTERS, type Filters } from "../../src/model/filters";
import type { AggregateName, AggregateParams, AggregateResult } from "../../src/analytics";

let service: ReturnType<typeof openServices>;
beforeAll(async () => {
  service = openServices(new TifaDatabase("seed-aggregates"));
  await service.importSeeds();
});

const run = <K extends AggregateName>(
  name: K,
  params: AggregateParams<K>,
  filters: Filters = NO_FILTERS,
): Promise<AggregateResult<K>> => service.aggregate(name, filters, params);
const shandong: Filters = { ...NO_FILTERS, provinces: ["山东"] };

describe("meetings by province", () => {
  test("six provinces; 山东's two reports of one meeting count once", async () => {
    expect(await run("meetingsByProvince", {})).toEqual([
      { province: "江苏", meetings: 2, articles: 2 },
      { province: "山东", meetings: 1, articles: 3 },
      { province: "重庆", meetings: 1, articles: 1 },
      { province: "湖北", meetings: 1, articles: 1 },
      { province: "吉林", meetings: 1, articles: 1 },
      { province: "浙江", meetings: 1, articles: 1 },
    ]);
  });
  test("the timeline by province, with undated meetings counted apart", async () => {
    const timeline = await run("meetingsByMonth", { stackBy: "province" });
    expect(timeline.months).toEqual([
      "2023-10",
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
    ]);
    expect(timeline.series.map((s) => [s.key, s.counts.join("")])).toEqual([
      ["重庆", "00000000000001"],
      ["湖北", "00000100000000"],
      ["江苏", "00000100000000"],
      ["山东", "10000000000000"],
      ["浙江", "00000100000000"],
    ]);
    expect(timeline.undated).toBe(2);
  });
});

describe("leader network", () => {
  test("links the four present at the 山东 meeting, without people only mentioned", async () => {
    const net = await run("network", { includeMentioned: false, limit: 100, search: "" }, shandong);
    expect(net.nodes.map((n) => n.name).sort()).toEqual(["刘建武", "刘渊", "庄严", "李春田"].sort());
    expect(net.edges).toHaveLength(6);
    expect(net.edges.every((e) => e.weight === 1 && !e.mentioned)).toBe(true);
  });
  test("谢晓军 attended two meetings; 习近平 joins only with the mentioned toggle", async () => {
    const without = await run("network", { includeMentioned: false, limit: 100, search: "" });
    expect(without.nodes.find((n) => n.name === "谢晓军")?.meetings).toBe(2);
    expect(without.nodes.some((n) => n.name === "习近平")).toBe(false);
    const withMentioned = await run("network", { includeMentioned: true, limit: 100, search: "" });
    expect(withMentioned.nodes.find((n) => n.name === "习近平")).toMatchObject({
      meetings: 0,
      mentionedOnly: true,
      mentions: 6,
    });
    expect(withMentioned.nodes.filter((n) => n.name === "陆治原")).toHaveLength(1);
  });
  test("limits say how many were left out", async () => {
    const net = await run("network", { includeMentioned: false, limit: 3, search: "" });
    expect([net.nodes.length, net.total]).toEqual([3, 11]);
    expect(net.nodes[0]).toMatchObject({ name: "谢晓军", meetings: 2 });
  });
  test("a limit keeps the head of the whole ranking, the name order breaking ties at its edge", async () => {
    const everyone = (await run("network", { includeMentioned: false, limit: 100, search: "" })).nodes;
    expect(everyone.map((n) => n.meetings)).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    for (const limit of [2, 3, 6])
      expect((await run("network", { includeMentioned: false, limit, search: "" })).nodes.map((n) => n.id)).toEqual(
        everyone.slice(0, limit).map((n) => n.id),
      );
  });
  test("each link carries the role each person took at their meetings together", async () => {
    const net = await run("network", { includeMentioned: false, limit: 100, search: "" }, shandong);
    const link = net.edges.find((e) => e.source === "山东:刘渊" && e.target === "山东:刘建武");
    expect(link?.roles).toEqual([{ 讲话: 1 }, { 主持: 1 }]);
  });
  test("a search keeps its first match and everyone they met, beyond the limit", async () => {
    const net = await run("network", { includeMentioned: false, limit: 3, search: "庄" });
    expect(net.matches).toEqual(["山东:庄严"]);
    expect(net.nodes.map((n) => n.name)).toEqual(["谢晓军", "陈斌", "杜文革", "李春田", "刘建武", "刘渊", "庄严"]);
    expect(net.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });
  test("a person's detail lists titles and appearances", async () => {
    const detail = await run("personDetail", { personId: "江苏:谢晓军" });
    expect(detail?.appearances.map((a) => [a.role, a.titles.join("、")])).toEqual([
      ["出席", "厅党组书记、厅长"],
      ["主持", "省民政厅党组书记、厅长"],
    ]);
  });
});

describe("recurring phrases", () => {
  test("the four formulations shared by several provinces rank first", async () => {
    const { items } = await run("phraseRanking", { limit: 6 });
    expect(items.map((s) => [s.phrase, s.articles, s.provinces])).toEqual([
      ["两个确立", 3, 3],
      ["两个维护", 3, 3],
      ["十四五", 3, 3],
      ["一盘棋", 2, 2],
      ["四个意识", 2, 2],
      ["四个自信", 2, 2],
    ]);
  });
  test("clicking 山东 narrows the phrases", async () => {
    const { items } = await run("phraseRanking", { limit: 100 }, shandong);
    expect(items.some((s) => s.phrase === "两个确立")).toBe(false);
    expect(items.slice(0, 3).map((s) => s.phrase)).toEqual(["必选科目", "三级联动", "自选科目"]);
  });
  test("first use and spread of a phrase, with its sentences", async () => {
    const detail = await run("phraseDetail", { phrase: "两个确立", limit: 10 });
    expect(detail.spread.map((s) => s.province)).toEqual(["湖北", "江苏", "吉林"]);
    expect(detail.sentences[0]!.sentence).toContain("“两个确立”");
  });
  test("recurring unquoted expressions are found across articles, the most unusual first", async () => {
    const expressions = await run("expressions", { limit: 50 });
    expect(expressions.length).toBeGreaterThan(0);
    expect(expressions.every((e) => e.articles >= 2)).toBe(true);
    // provinces × ln(9 / articles): 3 × ln 3 = 3.30 before 4 × ln 2.25 = 3.24 before 2 × ln 4.5 = 3.01.
    expect(expressions.slice(0, 6).map((e) => [e.expression, e.articles, e.provinces])).toEqual([
      ["全面从严治党", 3, 3],
      ["分层分类", 3, 3],
      ["中国式现代化", 4, 4],
      ["社会救助", 4, 4],
      ["民政领域安全生产治本攻坚三年行动", 2, 2],
      ["积极应对人口老龄化国家战略", 2, 2],
    ]);
    // Job titles, the groups officials come in and stock phrases, all frequent in the seeds, are left out.
    const found = expressions.map((e) => e.expression);
    for (const stock of ["党员干部", "厅党组书记", "领导班子成员", "重要讲话", "决策部署", "认真贯彻落实", "工作任务"])
      expect(found).not.toContain(stock);
    expect(expressions.map((e) => e.expression)).toContain("全面从严治党");
    expect(expressions.some((e) => ["两个确立", "三级联动"].some((q) => e.expression.includes(q)))).toBe(false);
  });
});

test("the article list searches titles, people and phrases", async () => {
  const all = await run("articleList", { q: "", limit: 50 });
  expect(all.total).toBe(9);
  const found = await run("articleList", { q: "谢晓军", limit: 50 });
  expect(found.items.map((i) => i.province)).toEqual(["江苏", "江苏"]);
});

describe("reports a date axis cannot place", () => {
  test("the trends count the months' articles and the reports left out for want of a year", async () => {
    const trends = await run("phraseTrends", { phrases: ["两个确立", "十四五"] });
    expect(trends.months).toEqual(["2024-03"]);
    expect(trends.totals.join(",")).toBe("3");
    expect(trends.series.map((s) => [s.phrase, s.counts.join("")])).toEqual([
      ["两个确立", "1"],
      ["十四五", "3"],
    ]);
    expect(trends.undated).toBe(2);
  });
  test("the spread counts its phrase's undated reports", async () => {
    const detail = await run("phraseDetail", { phrase: "两个确立", limit: 10 });
    expect(detail.undated).toBe(2);
  });
  test("the article list's undated filter holds exactly those reports", async () => {
    const list = await run("articleList", { q: "", limit: 50 }, { ...NO_FILTERS, dating: ["undated"] });
    expect(list.items.map((i) => i.date)).toEqual([null, "--10-23", "--10-26"]);
    const dated = await run("articleList", { q: "", limit: 50 }, { ...NO_FILTERS, dating: ["dated"] });
    expect(dated.total + list.total).toBe(9);
  });
});
