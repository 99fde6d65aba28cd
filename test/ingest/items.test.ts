import { describe, expect, test } from "vitest";
import { pageItems } from "../../src/ingest/items";
import { parseText } from "../../src/ingest";

const summary = (paragraphs: string[], titled = false) =>
  pageItems(paragraphs, titled)?.map((i) => [i.title, i.paragraphs.length, i.year]) ?? null;

describe("pages of items", () => {
  test("a chronicle under its own title: one item per dated entry, dated by its year heading", () => {
    const entries = [
      "按:本志下限为1987年,特辑1988年大事记。",
      "1988年",
      "1月6日县第九届人代会第三次会议在县城召开,会期两天。",
      "1月18日县老年人书画协会成立。",
      "3月28日县召开植树造林动员大会。",
      "4月县委书记甲调离,乙任县委书记。",
      "1989年",
      "1月11─14日县委、县政府召开全县农村工作会议。",
      "并在太园乡开展试点工作。",
    ];
    expect(summary(entries, true)).toEqual([
      [null, 1, 1988],
      [null, 1, 1988],
      [null, 1, 1988],
      [null, 1, 1988],
      [null, 2, 1989],
    ]);
  });
  test("a bulletin whose items open with ◆", () => {
    expect(
      summary([
        "要闻简报",
        "◆9月24日,县直机关篮球赛开赛。",
        "◆9月23日,县召开调度会。",
        "◆为严厉打击违法行为,县开展专项行动。",
      ]),
    ).toEqual([
      [null, 1, null],
      [null, 1, null],
      [null, 1, null],
    ]);
  });
  test("a round-up of dated ▲ items under a title of its own: five items make it one, fewer do not", () => {
    const items = [
      "▲5月9日,市领导到街道进行现场观摩,实地考察小区建设情况。",
      "▲5月10日,区委政法委主任一行到街道实地督导社会治理工作。",
      "▲5月11日,市妇儿工委成员一行到社区调研儿童友好社区建设。",
      "▲5月12日,区党政考察团一行到街道观摩考察夜市小吃街情况。",
      "▲5月13日,街道召开近期重点工作部署会,党工委书记讲话。",
    ];
    expect(summary(["• 字号:", "• 打印", ...items], true)).toEqual(items.map(() => [null, 1, null]));
    expect(summary(items.slice(0, 4), true)).toBeNull();
  });

  test("a rundown of numbered headlines: each is an article of its own", () => {
    expect(
      summary([
        "1、全区重点项目集中推进会议举行 甲出席并讲话",
        "2、全区青少年围棋邀请赛在我区落下帷幕",
        "3、全区精准脱贫工作调度会议召开 乙出席并讲话",
      ]),
    ).toEqual([
      ["全区重点项目集中推进会议举行 甲出席并讲话", 0, null],
      ["全区青少年围棋邀请赛在我区落下帷幕", 0, null],
      ["全区精准脱贫工作调度会议召开 乙出席并讲话", 0, null],
    ]);
  });
  test("an article that mentions months is not a chronicle", () => {
    expect(
      summary(
        [
          "3月14日,省民政厅召开党组会议,传达学习全国两会精神。",
          "会议指出,4月份要抓好各项工作落实,4月以来各地进展顺利。",
          "会议要求,5月底前完成任务。",
        ],
        true,
      ),
    ).toBeNull();
  });
  test("entries are dated by their year heading, not the page's publication date", () => {
    const page =
      "松岭县大事记\n发布日期:2031-09-23\n2024年\n1月5日县政府批准方案。\n1月12─15日县委、县政府召开全县春耕工作会议。\n2月16日县委组成调研组。\n2月26日召开全县干部大会。\n3月4日县委发出通知。";
    expect(parseText(page).map((a) => a.date)).toEqual([
      "2024-01-05",
      "2024-01-12",
      "2024-02-16",
      "2024-02-26",
      "2024-03-04",
    ]);
  });
  test("entries of a page with bracketed labels take the outlet's place from its source line", () => {
    const page =
      "宁都县要事记\n【发布日期】:2031-05-02 【来源】:宁都政府网\n2030年\n3月2日县政府批准方案。\n3月9日县委召开全县工作会议。\n4月1日县里成立基金会。\n4月8日召开全县干部大会。\n5月6日县委发出通知。";
    expect(parseText(page).map((a) => [a.date, a.province, a.published])).toEqual([
      ["2030-03-02", "江西", "2031-05-02"],
      ["2030-03-09", "江西", "2031-05-02"],
      ["2030-04-01", "江西", "2031-05-02"],
      ["2030-04-08", "江西", "2031-05-02"],
      ["2030-05-06", "江西", "2031-05-02"],
    ]);
  });
  test("a yearbook's chronicle of days: one entry per day and per △, dated by the month heading", () => {
    const printed = (text: string) => text.match(/.{1,34}/g)!;
    const page = [
      "2月",
      "1日",
      ...printed(
        "市委召开常委会议,研究部署近期的各项重点工作。市委书记、市人大常委会主任孙一刚主持会议并讲话。市委副书记、市长张一川,市委副书记张二平和市委常委出席会议。市政协主席赵三国列席会议。会议要求,各级各部门要抓好落实,确保首季开门红。",
      ),
      ...printed(
        "△市委副书记、市长张一川主持召开市长办公会,传达市委常委会议的精神,研究贯彻市委部署的具体办法,要求各部门细化分工、压实责任,按时按质完成全年的各项目标任务。",
      ),
      "3日",
      ...printed(
        "市委副书记、市长张一川带领市直有关部门负责人到县里检查麦田管理的工作,要求各地抓好春季田间管理,确保夏粮丰收,并听取了各乡镇关于春季农业生产工作的情况汇报。",
      ),
      "△市政协",
    ].join("\n");
    expect(
      parseText(page).map((a) => [a.date, a.isMeeting, a.people.map((p) => `${p.name}:${p.role}`).join(" ")]),
    ).toEqual([
      ["--02-01", true, "孙一刚:主持 张一川:出席 张二平:出席 赵三国:出席"],
      ["--02-01", true, "张一川:主持"],
      ["--02-03", false, "张一川:出席"],
    ]);
  });
  test("chronicle entries may open with a part of a month (8月中旬) or a spaced range of days (21 ~23日)", () => {
    const entries = [
      "1988年",
      "7月县人大常委会批准甲辞去副县长职务。",
      "8月中旬县里组织抗旱保苗,各乡镇抽调人员下田帮扶。",
      "9月上旬共青团县委举办书画摄影大奖赛作品展。",
      "11月21 ~23日县委召开第七次代表大会。",
    ];
    expect(summary(entries, false)).toEqual([
      [null, 1, 1988],
      [null, 1, 1988],
      [null, 1, 1988],
      [null, 1, 1988],
    ]);
  });
});
