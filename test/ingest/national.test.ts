import { describe, expect, test } from "vitest";
import { isNationalFigure, parseText } from "../../src/ingest";
import { extractPeople } from "../../src/ingest/people";

describe("national figures", () => {
  test("a national leader is known by name alone; another bare name is not", () => {
    expect(isNationalFigure("习近平", [])).toBe(true);
    expect(isNationalFigure("赵乐际", [])).toBe(true);
    expect(isNationalFigure("李强", [])).toBe(false);
  });

  test("a national title anywhere in a title", () => {
    expect(isNationalFigure("李强", ["总理"])).toBe(true);
    expect(isNationalFigure("张三", ["全国人大常委会副委员长"])).toBe(true);
    expect(isNationalFigure("张三", ["中共中央政治局委员"])).toBe(true);
    expect(isNationalFigure("张三", ["省委常委", "国务院参事"])).toBe(true);
  });

  test("a central body's title starts with 国家, 国务院, 中央, 中共中央 or 全国", () => {
    expect(isNationalFigure("张三", ["国家发展改革委副主任"])).toBe(true);
    expect(isNationalFigure("张三", ["全国妇联副主席"])).toBe(true);
    expect(isNationalFigure("张三", ["省国家保密局局长"])).toBe(false);
  });

  test("a ministry's minister or vice-minister, and a bare 部长, are national", () => {
    expect(isNationalFigure("陆治原", ["民政部部长"])).toBe(true);
    expect(isNationalFigure("张三", ["自然资源部副部长"])).toBe(true);
    expect(isNationalFigure("陆治原", ["部长"])).toBe(true);
    expect(isNationalFigure("张三", ["副部长"])).toBe(true);
  });

  test("a local department's minister and other local offices are not", () => {
    expect(isNationalFigure("张三", ["省委组织部部长"])).toBe(false);
    expect(isNationalFigure("张三", ["市委宣传部副部长"])).toBe(false);
    expect(isNationalFigure("庄严", ["省民政厅党组书记", "厅长"])).toBe(false);
    expect(isNationalFigure("张三", ["县长"])).toBe(false);
    expect(isNationalFigure("张三", [])).toBe(false);
  });
});

describe("national figures in a provincial report", () => {
  const roles = (text: string) =>
    extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => `${p.name}:${p.role}`);

  test("a national leader is mentioned, never present", () => {
    expect(roles("国务院总理李强出席会议并讲话。")).toEqual(["李强:提及"]);
  });

  test("a ministry's official is a national figure and may still attend", () => {
    expect(roles("民政部副部长王五出席会议并讲话。")).toEqual(["王五:讲话"]);
  });

  test("an adviser to a central body (国务院参事) is a guest who attends", () => {
    expect(roles("市委书记杜文明、国务院参事施国栋出席推介会。")).toEqual(["杜文明:出席", "施国栋:出席"]);
  });

  test("an office of a central body's branch or a full-time supervisor (国务院某监事会办事处副主任, 专职监事) attends", () => {
    expect(roles("会议由集团党委书记杜文明主持,国务院国有企业监事会09办事处副主任、专职监事施国栋参加会议。")).toEqual([
      "杜文明:主持",
      "施国栋:出席",
    ]);
    expect(roles("会议由集团党委书记杜文明主持,国务院国有企业监事会专职监事施国栋参加会议。")).toEqual([
      "杜文明:主持",
      "施国栋:出席",
    ]);
  });

  test("an office in a central department or committee, or a national standing-committee seat, may attend too", () => {
    expect(roles("中央组织部副部长钱立方出席会议并宣布中央决定。")).toEqual(["钱立方:出席"]);
    expect(roles("林泽省委书记孟川、中共中央对外联络部部长左文昌出席论坛并致辞。")).toEqual([
      "孟川:致辞",
      "左文昌:致辞",
    ]);
    expect(roles("全国政协农业和农村委员会副主任薛长河,全国政协常委吴明远在主席台前排就座。")).toEqual([
      "薛长河:出席",
      "吴明远:出席",
    ]);
    expect(roles("中共中央政治局常委韩松出席会议并讲话。")).toEqual(["韩松:提及"]);
  });

  test("the head or a member of a team a central body sends (中央祝贺团团长, 中央指导组组长) attends", () => {
    expect(roles("中央有关部门祝贺团团长、某部副主任罗一鸣出席会议并讲话。")).toEqual(["罗一鸣:讲话"]);
    expect(roles("中央第八指导组组长高文远出席会议并讲话。")).toEqual(["高文远:讲话"]);
  });

  test("a national body's deputy secretary-general or a committee's resident deputy head comes with its visitors", () => {
    expect(roles("全国政协副秘书长钱立方、全国政协提案委员会驻会副主任林海涛,省领导宋立安参加。")).toEqual([
      "钱立方:出席",
      "林海涛:出席",
      "宋立安:出席",
    ]);
  });
});

test("a national title beside a local post (台盟中央副主席、台盟某省委会主委) takes part in the province's meetings", () => {
  const people = extractPeople("台盟中央副主席、台盟松岭省委会主委高文远主持会议并讲话。", {
    isSpeech: false,
    fullNamesInFile: () => [],
  });
  expect(people.map((p) => [p.name, p.role])).toEqual([["高文远", "主持"]]);
});

test("those a speech's salutation addresses (尊敬的甲国务委员、乙特派员、各位嘉宾:) are there, a national figure too", () => {
  const speech = [
    "松岭市市长在青禾商会年会致辞",
    "市长林一峰今日出席青禾商会年会并致辞,全文如下:",
    "尊敬的高文远国务委员、宋立安特派员、各位嘉宾、各位朋友:",
    "商会走过了不平凡的一年,会员企业的出口额再创新高。高文远国务委员多年来关心商会发展。",
  ].join("\n");
  const [article] = parseText(speech);
  expect(article!.people.map((p) => [p.name, p.role])).toEqual([
    ["林一峰", "致辞"],
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

describe("a central committee's communiqué", () => {
  const body =
    "出席这次全会的有,中央委员160人,候补中央委员140人。全会由中央政治局主持,听取和讨论了工作报告,审议通过了建议。";
  test("its host clause below a headline and an adoption note makes it national, though held in Beijing; its first day dates it", () => {
    const [article] = parseText(
      `新华社北京10月12日电中国共产党第三十届中央委员会第七次全体会议公报\n(2031年10月12日中国共产党第三十届中央委员会第七次全体会议通过)\n中国共产党第三十届中央委员会第七次全体会议,于2031年10月9日至12日在北京举行。\n${body}`,
    );
    expect([article!.province, article!.date]).toEqual([null, "2031-10-09"]);
  });
  test("a wire lead that dates the communiqué's adoption (…全会通过公报,全文如下) does not date the meeting", () => {
    const [article] = parseText(
      `据新华社消息,10月23日,中国共产党第三十届中央委员会第四次全体会议通过公报,全文如下:\n中国共产党第三十届中央委员会第四次全体会议,于2031年10月20日至23日在北京举行。\n${body}`,
    );
    expect([article!.province, article!.date]).toEqual([null, "2031-10-20"]);
  });
});

test("a national leader who meets a guest in Beijing holds a national event, whatever the guest's place; the guest is there", () => {
  const [article] = parseText(
    "习近平会见来京述职的林一峰\n国家主席习近平22日下午在中南海瀛台会见来京述职的香港特别行政区行政长官林一峰,听取她对香港当前形势和特别行政区政府工作情况的汇报。",
  );
  expect([article!.province, article!.people.map((p) => [p.name, p.role, p.titles.join("、")])]).toEqual([
    null,
    [
      ["习近平", "出席", "总书记、国家主席"],
      ["林一峰", "出席", "香港特别行政区行政长官"],
    ],
  ]);
  // A province's leader who meets a guest holds the province's event.
  const [local] = parseText(
    "宋立安会见某国驻华大使\n吉林省省长宋立安5月6日在长春会见某国驻华大使,双方就经贸合作交换了意见。",
  );
  expect(local!.province).toBe("吉林");
});

test("a national body that calls others in to meet (国务院召集…开会), or a financial regulator that meets, holds a national meeting wherever its paper is", () => {
  const province = (text: string) => parseText(text).map((a) => a.province);
  expect(
    province(
      "国务院下午召集会议 商讨应对之策\n某财经网(上海)\n记者获悉,7月4日下午,国务院召集有关部门及主要企业负责人开会,商讨市场应对之策。",
    ),
  ).toEqual([null]);
  expect(
    province(
      "保监会也就市场开会了\n某财经日报(上海)\n7月4日,保监会召开专题会议,研究保险资金配置有关问题,上海、深圳两地机构负责人参加。",
    ),
  ).toEqual([null]);
});

test("a national official whom a province's leaders meet with (省委书记甲与中国人民银行行长乙举行会谈) is its guest", () => {
  const [article] = parseText(
    "9日,省委书记林一峰、省长张二明与中国人民银行行长王三川在南京举行工作会谈。省领导赵四海参加会谈。",
  );
  expect(article!.province).toBe("江苏");
});
