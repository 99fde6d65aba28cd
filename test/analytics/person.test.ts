import "fake-indexeddb/auto";
import { beforeAll, describe, expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";
import { NO_FILTERS, type Filters } from "../../src/model/filters";
import { aggregates, type AggregateName, type AggregateParams, type AggregateResult } from "../../src/analytics";
import { DatasetStore } from "../../src/analytics/dataset-store";
import { deriveRows } from "../../src/db/derive";
import { parseText } from "../../src/ingest";

let service: ReturnType<typeof openServices>;
beforeAll(async () => {
  service = openServices(new TifaDatabase("person-page"));
  await service.importSeeds();
});

const run = <K extends AggregateName>(
  name: K,
  params: AggregateParams<K>,
  filters: Filters = NO_FILTERS,
): Promise<AggregateResult<K>> => service.aggregate(name, filters, params);

const SHANDONG_TITLE = "山东省民政系统第一批、第二批主题教育衔接联动暨模范机关建设工作推进会议召开";

describe("person page", () => {
  test("庄严's career line: two titles, each dated, with the sentence it came from", async () => {
    const page = await run("personPage", { personId: "山东:庄严" });
    const sentence = "山东省委省直机关工委分管日常工作的副书记刘渊,省民政厅党组书记、厅长庄严出席会议并讲话。";
    expect(page?.career).toEqual(
      ["省民政厅党组书记", "厅长"].map((title) => ({
        title,
        from: "2023-10-26",
        to: "2023-10-26",
        source: { articleId: "8b0b99d99ee9537f-0", title: SHANDONG_TITLE, date: "2023-10-26", sentence },
      })),
    );
  });

  test("谢晓军's shorter 厅党组书记 merges into 省民政厅党组书记", async () => {
    const page = await run("personPage", { personId: "江苏:谢晓军" });
    expect(page?.career.map((c) => c.title)).toEqual(["省民政厅党组书记", "厅长"]);
    expect(page?.career[0]?.source.sentence).toBe("省民政厅党组书记、厅长谢晓军主持会议并讲话。");
  });

  test("庄严 met three people once, each in their role, with the dated sentence naming them", async () => {
    const page = await run("personPage", { personId: "山东:庄严" });
    expect(
      page?.met.map((m) => [m.name, m.meetings, m.ownRoles, m.theirRoles, m.sources.map((s) => [s.date, s.sentence])]),
    ).toEqual([
      ["李春田", 1, { 讲话: 1 }, { 致辞: 1 }, [["2023-10-26", "滨州市委副书记、市长李春田出席会议并致辞。"]]],
      ["刘建武", 1, { 讲话: 1 }, { 主持: 1 }, [["2023-10-26", "省民政厅党组成员、副厅长刘建武主持会议。"]]],
      [
        "刘渊",
        1,
        { 讲话: 1 },
        { 讲话: 1 },
        [["2023-10-26", "山东省委省直机关工委分管日常工作的副书记刘渊,省民政厅党组书记、厅长庄严出席会议并讲话。"]],
      ],
    ]);
  });

  test("谢晓军 attended the 江苏 study session with 戚锡生 (chaired) and 张政文 (spoke); his articles, dated first", async () => {
    const page = await run("personPage", { personId: "江苏:谢晓军" });
    expect(page?.met.map((m) => [m.name, m.ownRoles, m.theirRoles])).toEqual([
      ["戚锡生", { 出席: 1 }, { 主持: 1 }],
      ["张政文", { 出席: 1 }, { 讲话: 1 }],
    ]);
    expect(page?.articles.map((a) => [a.date, a.role])).toEqual([
      ["2024-03-14", "主持"],
      [null, "出席"],
    ]);
  });

  test("the month window applies: outside it, nothing is left", async () => {
    const page = await run("personPage", { personId: "山东:庄严" }, { ...NO_FILTERS, from: "2024-01", to: "2024-12" });
    expect(page?.career).toEqual([]);
    expect(page?.met).toEqual([]);
  });

  test("people met often: the earliest three meetings' sentences, the rest counted, and only those texts read", async () => {
    const store = new DatasetStore();
    const texts = new Map<string, string>();
    const body = "会议强调,要坚持以人民为中心的发展思想,扎实推进各项工作落地见效,确保各项任务按期完成。";
    const topics = { 5: "养老服务", 3: "社会救助", 9: "儿童福利", 1: "基层治理", 7: "殡葬改革" };
    for (const [day, topic] of Object.entries(topics)) {
      const text = `安徽省民政厅召开${topic}工作推进会\n2024年4月${day}日,安徽省民政厅党组书记、厅长王文远主持会议并讲话,副厅长周立新出席会议。${body}`;
      const rows = deriveRows(
        day.padStart(16, "0").padEnd(64, "0"),
        `${day}.txt`,
        parseText(text, { fileName: `${day}.txt` }),
        store,
      );
      store.apply(rows);
      for (const { id, article } of rows.bodies) texts.set(id, article.text);
    }
    const data = store.current();
    const read: string[] = [];
    const page = await aggregates.personPage(data, NO_FILTERS, { personId: "安徽:王文远" }, async (ids) => {
      read.push(...ids);
      return ids.map((id) => ({ id, province: "安徽", text: texts.get(id)!, evidence: [], parsed: {} }) as never);
    });
    const zhou = page?.met.find((m) => m.name === "周立新");
    expect([zhou?.meetings, zhou?.moreSources]).toEqual([5, 2]);
    expect(zhou?.sources.map((s) => [s.date, s.role, s.sentence])).toEqual(
      [1, 3, 5].map((day) => [
        `2024-04-0${day}`,
        "出席",
        `2024年4月${day}日,安徽省民政厅党组书记、厅长王文远主持会议并讲话,副厅长周立新出席会议。`,
      ]),
    );
    // The earliest report, for the career line's titles, and the three sentences of 周立新.
    const dayOf = (id: string) => data.articles.find((a) => a.id === id)?.date;
    expect(new Set(read.map(dayOf))).toEqual(new Set(["2024-04-01", "2024-04-03", "2024-04-05"]));
    expect(page?.articles).toHaveLength(5);
  });

  test("an unknown person has no page", async () => {
    expect(await run("personPage", { personId: "江苏:无此人" })).toBeNull();
  });
});

describe("ego network", () => {
  test("庄严 at depth 1: the four present at the 山东 meeting, all linked, roles on the links", async () => {
    const net = await run("egoNetwork", { personId: "山东:庄严", depth: 1 });
    expect(net.nodes.map((n) => n.name)).toEqual(["庄严", "李春田", "刘建武", "刘渊"]);
    expect(net.edges).toHaveLength(6);
    expect(net.edges.find((e) => e.source === "山东:刘建武" && e.target === "山东:庄严")?.roles).toEqual([
      { 主持: 1 },
      { 讲话: 1 },
    ]);
  });

  test("谢晓军 at depth 1 and 2: no one beyond the people he met in the seeds; 习近平, only mentioned, never", async () => {
    const one = await run("egoNetwork", { personId: "江苏:谢晓军", depth: 1 });
    const two = await run("egoNetwork", { personId: "江苏:谢晓军", depth: 2 });
    expect(one.nodes.map((n) => n.name)).toEqual(["谢晓军", "戚锡生", "张政文"]);
    expect(two.nodes.map((n) => n.name)).toEqual(one.nodes.map((n) => n.name));
    expect(one.nodes[0]?.meetings).toBe(2);
  });
});

describe("compare two provinces", () => {
  test("江苏 and 山东: meetings by month, 习近平 shared, phrases of one or both", async () => {
    const c = await run("compareProvinces", { a: "江苏", b: "山东" });
    expect(c.months).toEqual(["2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"]);
    expect(c.counts).toEqual([
      [0, 0, 0, 0, 0, 1],
      [1, 0, 0, 0, 0, 0],
    ]);
    expect(c.undated).toEqual([1, 0]);
    expect(c.shared).toEqual([{ id: "*:习近平", name: "习近平", articles: [2, 2] }]);
    expect(c.phrases.slice(0, 3)).toEqual([
      { phrase: "必选科目", articles: [0, 2] },
      { phrase: "三级联动", articles: [0, 2] },
      { phrase: "自选科目", articles: [0, 2] },
    ]);
    expect(c.phrases.filter((p) => p.articles[0] > 0 && p.articles[1] > 0)).toEqual([]);
    expect(c.phrases.find((p) => p.phrase === "两个确立")).toEqual({ phrase: "两个确立", articles: [1, 0] });
  });
});
