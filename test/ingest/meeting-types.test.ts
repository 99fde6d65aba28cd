import { expect, test } from "vitest";
import { classifyMeeting, meetingTypeIn } from "../../src/ingest/meeting-types";

test.each([
  ["甲省交通运输厅党组2025年第10次会议召开", "党组会议"],
  ["政协第十二届甲省委员会常务委员会第十三次会议召开", "常委会会议"],
  ["十二届省政协第五十三次主席会议召开", "主席会议"],
  ["第三次党代会主席团第二次会议在综合楼举行", "主席团会议"],
  ["中共中央政治局召开会议", "政治局会议"],
  ["甲公司第四届董事会第三次会议在本部召开", "董事会会议"],
  ["全国某某计量技术委员会2016年宣贯会在甲市召开", "宣贯会"],
])("numbered and named meetings: %s → %s", (text, type) => {
  expect(meetingTypeIn(text)).toBe(type);
});
test("a report with no meeting is not a meeting", () => {
  expect(classifyMeeting(null, "2019年以来,山东省政府办公厅全力抓实文明创建各项工作,创建载体不断丰富。")).toEqual({
    isMeeting: false,
    meetingType: null,
    finding: null,
  });
});

test("a meeting verb in the lead makes a meeting even without a named type", () => {
  expect(classifyMeeting("湖北省民政厅传达学习全国两会精神", "3月13日,湖北省民政厅召开干部大会")).toEqual({
    isMeeting: true,
    meetingType: "干部大会",
    finding: { type: "干部大会", part: "lead", index: 14, quote: "干部大会", confidence: 0.7 },
  });
});

test("a standing committee in a title or an office's name is not its meeting; a lecture is a meeting", () => {
  expect(classifyMeeting(null, "9月24日,县人大常委会副主任甲一元带领县直部门负责人开展健步走活动。").isMeeting).toBe(
    false,
  );
  expect(meetingTypeIn("县人大常委会召开第十次会议")).toBe("常委会会议");
  expect(meetingTypeIn("市委常委会召开扩大会议")).toBe("常委会会议");
  expect(classifyMeeting("行政长官前往北京述职", "行政长官今日启程前往北京。").isMeeting).toBe(false);
  expect(meetingTypeIn("召开年度述职评议大会")).toBe("述职评议会");
  expect(meetingTypeIn("东方讲坛职业生涯系列讲座举行")).toBe("报告会");
});

test("a meeting whose spirit is studied is not the event; the meeting held after it is", () => {
  const lead = "为学习贯彻市委常委会扩大会议精神,4月3日上午,区委常委会扩大会议暨区委中心组学习会举行。";
  expect(classifyMeeting(null, lead)).toMatchObject({ isMeeting: true, meetingType: "常委会会议" });
  expect(classifyMeeting(null, "为学习贯彻全市工作会议精神,4月3日,全体党员赴某纪念馆参观。").isMeeting).toBe(false);
});

test("a notice (关于召开…会议的通知) reports no meeting, whatever it announces", () => {
  expect(
    classifyMeeting("关于召开各部门负责人会议的通知", "定于3月30日下午召开各部门负责人会议,请各部门负责人准时参加。"),
  ).toMatchObject({ isMeeting: false, meetingType: null });
  expect(classifyMeeting("关于开通专题数据库试用的通知", "图书馆已开通专题数据库试用。").isMeeting).toBe(false);
  // A report about a notice is still a report: 县委召开会议 学习《关于…的通知》.
  expect(classifyMeeting("县委常委会传达学习《关于…的通知》", "4月3日,县委常委会召开会议。").isMeeting).toBe(true);
});

test("a visit's title says what is reported, whatever meeting its lead names", () => {
  expect(
    classifyMeeting("某学院党支部组织党员参观纪念馆", "4月3日,为落实学院工作会议部署,某学院党支部组织党员参观纪念馆。")
      .isMeeting,
  ).toBe(false);
  expect(classifyMeeting("某县考察团来我区考察", "4月3日,某县考察团来我区考察,双方召开交流会。").isMeeting).toBe(false);
  expect(classifyMeeting("市委书记调研并召开座谈会", "4月3日,市委书记在某镇调研。").isMeeting).toBe(true);
  // A leader's speech on a visit, studied, is no visit of the report's own.
  expect(
    classifyMeeting(
      "学习贯彻习近平总书记在宁夏考察时的重要讲话精神",
      "6月24日,市委书记高文远主持召开市委常委会会议,传达学习重要讲话精神。",
    ).isMeeting,
  ).toBe(true);
});

test("an untitled report whose first sentence is a visit (在某州调研时强调) is a visit, whatever meeting it names after", () => {
  const lead =
    "11月1日至3日,省委副书记、省长高文远在松岭州调研时强调,要深入学习贯彻全会精神。高文远首先来到某村,重温总书记在五中全会上的重要讲话精神。";
  expect(classifyMeeting(null, lead)).toMatchObject({ isMeeting: false, meetingType: null });
  expect(classifyMeeting(null, "4月3日,市委书记宋立安在某镇调研并主持召开座谈会。").isMeeting).toBe(true);
  expect(classifyMeeting(null, "4月3日,市委书记宋立安主持召开常委会会议,听取调研情况汇报。").isMeeting).toBe(true);
});

test("a fair, a show or games held are not meetings; a meeting or a class held is", () => {
  expect(classifyMeeting(null, "4月3日,某县举办第五届农产品博览会。").isMeeting).toBe(false);
  expect(classifyMeeting(null, "4月3日,某中学举行春季运动会。").isMeeting).toBe(false);
  expect(classifyMeeting(null, "4月3日,县委召开全县工作会。").isMeeting).toBe(true);
  expect(classifyMeeting(null, "4月3日,市委举办专题培训班。").isMeeting).toBe(true);
});

test("the Executive Yuan's weekly meeting (行政院会) is a meeting; a court acting with another (法院会同) is not", () => {
  expect(classifyMeeting(null, "行政院会今日(14日)通过财政部拟具的条例修正草案,将函请立法院审议。")).toMatchObject({
    isMeeting: true,
    meetingType: "院会",
  });
  expect(meetingTypeIn("行政院长林一峰今日在行政院会听取科技部报告后表示")).toBe("院会");
  expect(meetingTypeIn("市中级人民法院会同市公安局开展专项行动")).toBeNull();
});

test("a delegation's arrival, then the two sides' meeting, with no title: the meeting is reported; a visit alone is not", () => {
  expect(
    classifyMeeting(
      null,
      "今天上午,松岭省党政代表团抵赣考察。下午,两省在南昌举行经济社会发展情况交流会,江西省委书记高文远主持并讲话。",
    ),
  ).toMatchObject({ isMeeting: true, meetingType: "交流会" });
  expect(
    classifyMeeting(null, "今天上午,松岭省党政代表团抵赣考察。代表团先后考察了产业园区和科技企业。").isMeeting,
  ).toBe(false);
});

test("a meeting whose name carries its topic in quotes (召开“推进…建设”月度专题协商会) is convened by the lead", () => {
  const lead = "11月11日,省政协召开“推动老旧小区改造和养老托育服务提质扩容”月度专题协商会。会上,主任甲乙丙作主题发言。";
  expect(classifyMeeting(null, lead).isMeeting).toBe(true);
  // A quoted slogan before a show is still no meeting.
  expect(classifyMeeting(null, "11月11日,市里举办“迎新春”文艺晚会,群众踊跃参加。").isMeeting).toBe(false);
});

test("a ceremony a title reports (举行…集中签约仪式, 揭牌仪式) is no meeting, unless the title names one beside it", () => {
  const meeting = (title: string, lead: string) => {
    const { isMeeting, meetingType } = classifyMeeting(title, lead);
    return [isMeeting, meetingType];
  };
  expect(
    meeting(
      "我市举行第三季度招商引资项目集中签约仪式",
      "9月28日,我市举行第三季度招商引资项目集中签约仪式,市委书记甲出席并致辞,市长乙主持会议。",
    ),
  ).toEqual([false, null]);
  expect(meeting("松岭乡举行撤乡改镇揭牌仪式", "6月1日上午,松岭乡举行撤乡改镇揭牌仪式,县委书记甲出席。")).toEqual([
    false,
    null,
  ]);
  expect(
    meeting(
      "全县项目建设推进会暨集中签约仪式举行",
      "6月1日,全县项目建设推进会暨集中签约仪式举行,县委书记甲出席并讲话。",
    ),
  ).toEqual([true, "推进会"]);
});
