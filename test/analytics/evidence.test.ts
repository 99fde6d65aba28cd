import "fake-indexeddb/auto";
import { beforeAll, describe, expect, test } from "vitest";
import { TifaDatabase } from "../../src/db/schema";
import { openServices } from "../support/services";
import { NO_FILTERS, type Filters } from "../../src/model/filters";
import type { AggregateName, AggregateParams, AggregateResult } from "../../src/analytics";

let service: ReturnType<typeof openServices>;
beforeAll(async () => {
  service = openServices(new TifaDatabase("evidence-aggregates"));
  await service.importSeeds();
});

const run = <K extends AggregateName>(
  name: K,
  params: AggregateParams<K>,
  filters: Filters = NO_FILTERS,
): Promise<AggregateResult<K>> => service.aggregate(name, filters, params);

const SHANDONG_TITLE = "山东省民政系统第一批、第二批主题教育衔接联动暨模范机关建设工作推进会议召开";
const SHANDONG_DAY =
  "10月26日,山东省民政厅在滨州市召开全省民政系统第一批、第二批主题教育衔接联动暨模范机关建设工作推进会议,研究部署全省民政系统主题教育衔接联动工作,总结交流模范机关建设经验做法,部署安排当前和今后一个时期全省民政系统模范机关建设省市县“三级联动”工作任务。";
const XIE_CHAIRS = "省民政厅党组书记、厅长谢晓军主持会议并讲话。";
const XIE_ATTENDS =
  "厅党组书记、厅长谢晓军出席会议,厅一级巡视员、机关党委书记戚锡生主持会议,厅党组理论学习中心组成员、机关党员干部和直属单位领导班子成员共120余人参加会议。";

describe("a network link's evidence", () => {
  test("李春田 — 刘建武: their one meeting, both reports of it, and the two sentences naming them", async () => {
    const sentences = ["滨州市委副书记、市长李春田出席会议并致辞。", "省民政厅党组成员、副厅长刘建武主持会议。"];
    expect(await run("linkEvidence", { a: "山东:李春田", b: "山东:刘建武", includeMentioned: false })).toEqual({
      people: [
        { id: "山东:李春田", name: "李春田", province: "山东" },
        { id: "山东:刘建武", name: "刘建武", province: "山东" },
      ],
      meetings: [
        {
          meetingId: "m-8b0b99d99ee9537f-0",
          date: "2023-10-26",
          province: "山东",
          title: SHANDONG_TITLE,
          meetingType: "推进会",
          roles: ["致辞", "主持"],
          articles: [
            {
              articleId: "8b0b99d99ee9537f-0",
              title: SHANDONG_TITLE,
              date: "2023-10-26",
              sentences,
              moreSentences: 0,
              otherForms: [],
            },
            {
              articleId: "6b32081377849dc3-0",
              title: SHANDONG_TITLE,
              date: "--10-26",
              sentences,
              moreSentences: 0,
              otherForms: [],
            },
          ],
        },
      ],
      moreMeetings: 0,
      articles: [],
      moreArticles: 0,
    });
  });

  test("谢晓军 — 戚锡生: one sentence names both, given once", async () => {
    const link = await run("linkEvidence", { a: "江苏:谢晓军", b: "江苏:戚锡生", includeMentioned: false });
    expect(link?.meetings.map((m) => [m.meetingId, m.roles, m.articles.map((a) => a.sentences)])).toEqual([
      ["m-6b32081377849dc3-1", ["出席", "主持"], [[XIE_ATTENDS]]],
    ]);
  });

  test("谢晓军 — 习近平 (only mentioned) links only with the mentioned toggle; past four sentences, the rest counted", async () => {
    const params = { a: "江苏:谢晓军", b: "*:习近平" };
    expect((await run("linkEvidence", { ...params, includeMentioned: false }))?.meetings).toEqual([]);
    const link = await run("linkEvidence", { ...params, includeMentioned: true });
    // Newest first; the meeting without a date last.
    expect(link?.meetings.map((m) => [m.meetingId, m.date, m.roles])).toEqual([
      ["m-ad3d620d748a872a-1", "2024-03-14", ["主持", "提及"]],
      ["m-6b32081377849dc3-1", null, ["出席", "提及"]],
    ]);
    const [report] = link!.meetings[0]!.articles;
    expect(report?.sentences).toHaveLength(4);
    expect(report?.sentences[2]).toBe(XIE_CHAIRS);
    expect(report?.moreSentences).toBe(4);
  });

  test("the filters apply: outside 江苏 the two have nothing together", async () => {
    const shandong = { ...NO_FILTERS, provinces: ["山东"] };
    const link = await run("linkEvidence", { a: "江苏:谢晓军", b: "江苏:戚锡生", includeMentioned: false }, shandong);
    expect(link?.meetings).toEqual([]);
  });

  test("an unknown person, or a person with themself, has no link", async () => {
    expect(await run("linkEvidence", { a: "江苏:谢晓军", b: "江苏:无此人", includeMentioned: false })).toBeNull();
    expect(await run("linkEvidence", { a: "江苏:谢晓军", b: "江苏:谢晓军", includeMentioned: false })).toBeNull();
  });

  test("the people a person is linked to, most meetings first, as the network links them", async () => {
    expect(await run("personLinks", { personId: "江苏:谢晓军", includeMentioned: false })).toEqual([
      { id: "江苏:戚锡生", name: "戚锡生", province: "江苏", meetings: 1 },
      { id: "江苏:张政文", name: "张政文", province: "江苏", meetings: 1 },
    ]);
    expect(
      (await run("personLinks", { personId: "江苏:谢晓军", includeMentioned: true })).map((p) => [p.name, p.meetings]),
    ).toEqual([
      ["习近平", 2],
      ["戚锡生", 1],
      ["张政文", 1],
    ]);
  });
});

describe("a province's meetings with their sources", () => {
  test("山东: one meeting, two reports, each fact with the sentence it was read from", async () => {
    const headline = {
      sentence: SHANDONG_TITLE,
      inText: true,
      marks: [
        { fact: "province", quote: "山东省", confidence: 1 },
        { fact: "meetingType", quote: "推进会议", confidence: 0.9 },
      ],
    };
    const day = (confidence: number) => ({
      sentence: SHANDONG_DAY,
      inText: true,
      marks: [{ fact: "date", quote: "10月26日", confidence }],
    });
    expect(await run("meetingEvidence", { province: "山东", month: null })).toEqual({
      meetings: [
        {
          meetingId: "m-8b0b99d99ee9537f-0",
          date: "2023-10-26",
          province: "山东",
          title: SHANDONG_TITLE,
          meetingType: "推进会",
          reports: [
            {
              articleId: "8b0b99d99ee9537f-0",
              title: SHANDONG_TITLE,
              date: "2023-10-26",
              sources: [headline, day(0.9)],
              corrected: [],
            },
            {
              articleId: "6b32081377849dc3-0",
              title: SHANDONG_TITLE,
              date: "--10-26",
              sources: [headline, day(0.8)],
              corrected: [],
            },
          ],
        },
      ],
      more: 0,
    });
  });

  test("江苏: two meetings, the dated one first", async () => {
    const result = await run("meetingEvidence", { province: "江苏", month: null });
    expect(result.meetings.map((m) => [m.meetingId, m.date, m.reports.length])).toEqual([
      ["m-ad3d620d748a872a-1", "2024-03-14", 1],
      ["m-6b32081377849dc3-1", null, 1],
    ]);
  });

  test("a month of the timeline: March 2024's three meetings, newest first", async () => {
    const result = await run("meetingEvidence", { province: null, month: "2024-03" });
    expect(result.meetings.map((m) => [m.province, m.date])).toEqual([
      ["浙江", "2024-03-14"],
      ["江苏", "2024-03-14"],
      ["湖北", "2024-03-13"],
    ]);
    expect(result.meetings[2]!.reports[0]!.sources[1]).toEqual({
      sentence:
        "3月13日,湖北省民政厅召开干部大会,传达学习习近平总书记在全国两会期间的重要讲话精神、全国两会和全省奋力推进中国式现代化湖北实践大会精神,部署贯彻落实工作。",
      inText: true,
      marks: [
        { fact: "date", quote: "3月13日", confidence: 0.6 },
        { fact: "meetingType", quote: "干部大会", confidence: 0.7 },
      ],
    });
  });

  test("the filters apply: 山东's meetings under a 江苏 filter are none", async () => {
    const jiangsu = { ...NO_FILTERS, provinces: ["江苏"] };
    expect(await run("meetingEvidence", { province: "山东", month: null }, jiangsu)).toEqual({ meetings: [], more: 0 });
  });
});

describe("a person's titles with their sentences", () => {
  test("谢晓军: each title with the sentence naming him that holds it, the dated report first", async () => {
    const JIANGSU_TITLE = "江苏省民政厅召开党组(扩大)会议传达学习习近平总书记重要讲话和全国两会精神";
    expect(await run("titleSources", { personId: "江苏:谢晓军" })).toEqual([
      {
        title: "省民政厅党组书记",
        articleId: "ad3d620d748a872a-1",
        articleTitle: JIANGSU_TITLE,
        date: "2024-03-14",
        sentence: XIE_CHAIRS,
        byAnalyst: false,
        otherReports: 0,
      },
      {
        title: "厅长",
        articleId: "ad3d620d748a872a-1",
        articleTitle: JIANGSU_TITLE,
        date: "2024-03-14",
        sentence: XIE_CHAIRS,
        byAnalyst: false,
        otherReports: 1,
      },
      {
        title: "厅党组书记",
        articleId: "6b32081377849dc3-1",
        articleTitle: null,
        date: null,
        sentence: XIE_ATTENDS,
        byAnalyst: false,
        otherReports: 0,
      },
    ]);
  });

  test("an unknown person has none", async () => {
    expect(await run("titleSources", { personId: "江苏:无此人" })).toEqual([]);
  });
});
