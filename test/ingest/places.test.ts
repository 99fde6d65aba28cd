import { describe, expect, test } from "vitest";
import { nicknamePlaces, outletPlace, pickPlace, placesIn } from "../../src/ingest/places";
import { parseText } from "../../src/ingest";
import { oneProvinceBodies } from "../../src/ingest/one-province-bodies";

const place = (text: string) => {
  const { province, city } = pickPlace(placesIn(text, 2));
  return { province, city };
};

describe("provinces from what the text names", () => {
  test.each([
    ["山东省民政厅在滨州市召开会议", "山东", "滨州"],
    ["广西壮族自治区民政厅召开会议", "广西", null],
    ["内蒙古自治区民政厅在呼和浩特市召开座谈会", "内蒙古", "呼和浩特"],
    ["吉林省社会组织联合党委在延吉市举办培训班", "吉林", "延吉"],
    ["三季度民政部来渝调研6次,在渝召开现场会", "重庆", null],
    ["配置“渝快办”政务服务事项", "重庆", null],
    ["邹平市民政局模范机关创建示范点", "山东", "邹平"],
  ])("%s → %s", (text, province, city) => {
    expect(place(text)).toEqual({ province, city });
  });
  test("ambiguous city names count only with their suffix", () => {
    expect(place("坚持东方文化,弘扬延安精神").province).toBeNull();
    expect(place("东方市民政局召开会议").province).toBe("海南");
  });
  test("no place named, no province", () => {
    expect(place("会议强调,要提高政治站位")).toEqual({ province: null, city: null });
  });
  test("heavier evidence wins", () => {
    expect(pickPlace([...placesIn("江苏省民政厅召开会议", 3), ...placesIn("学习浙江经验", 1)]).province).toBe("江苏");
  });
});

test("county-level names with their suffix place an article: 宁都县 is in 江西", () => {
  expect(place("宁都县县长主持召开县政府常务会议").province).toBe("江西");
  expect(place("准格尔旗召开会议").province).toBe("内蒙古");
  expect(place("宁都的做法").province).toBeNull();
});

test("a kind of city (滨海城市, 新兴城市) is no county-level city (海城市, 兴城市)", () => {
  expect(place("为建设最具活力的滨海城市提供法治保障").province).toBeNull();
  expect(place("打造新兴城市和沿海城市群").province).toBeNull();
  expect(place("海城市委召开常委会议").province).toBe("辽宁");
  expect(place("兴城市召开会议").province).toBe("辽宁");
});

test("a town or township no other province has names its province: 东邵渠镇 is in 北京", () => {
  expect(place("东邵渠镇召开党委扩大会议").province).toBe("北京");
  expect(parseText("8月23日,东邵渠镇召开村党组织换届选举工作动员部署会。镇三套班子领导参加会议。")[0]!.province).toBe(
    "北京",
  );
  // Words that end as a town's name does (部分乡镇, 特色小镇) and names two provinces share (城关镇) name none.
  expect(place("组织部分乡镇负责人参加会议,建设特色小镇").province).toBeNull();
  expect(place("城关镇召开会议").province).toBeNull();
  // A township's name before 乡村 is the word of the countryside (振兴乡村), not 振兴乡 of 黑龙江.
  expect(place("会议强调,要提质城市、振兴乡村,留住乡愁").province).toBeNull();
  expect(place("振兴乡召开党委会议").province).toBe("黑龙江");
});

test("a county of one character and 县 is no county at the end of a word (示范县, 小康县, 县域)", () => {
  expect(place("托里县召开创建民族团结进步示范县动员大会,争创模范县").province).toBe("新疆");
  expect(place("推动县域经济振兴,建设小康县").province).toBeNull();
  expect(place("副省长在沛县调研").province).toBe("江苏");
  expect(place("江苏沛县召开会议").province).toBe("江苏");
  // After 了 a word ends: 研究讨论了绛县经济开发区… names the county; 建成了示范县 names none.
  expect(place("会议研究讨论了绛县经济开发区管委会关于绩效工资的事项").province).toBe("山西");
  expect(place("全县建成了示范县").province).toBeNull();
});

test("a county since made a district, by its former name before one of its organs: 萧山市委 is 浙江's", () => {
  expect(place("中共萧山市委、萧山市人民政府发表新年献辞").province).toBe("浙江");
  expect(place("江宁县委召开常委会议").province).toBe("江苏");
  // Only before an organ: 东城市 in 广东城市委托 is no district of 北京.
  expect(place("广东城市委托第三方开展评估").province).toBe("广东");
  expect(place("萧山市场监管").province).toBeNull();
});

test("a local outlet's dateline names its place: 邹平网讯 is 山东's", () => {
  expect(outletPlace("邹平网讯 3月8日,市委书记主持召开常委会会议", 3)).toEqual([
    { province: "山东", city: "邹平", weight: 3, name: "邹平" },
  ]);
  expect(outletPlace("新华社北京3月8日电 国务院召开常务会议", 3)).toEqual([]);
});

test("a local outlet's dateline is the host unless the report names another province more heavily", () => {
  const body =
    "省委巡视工作动员部署会召开。市委书记高文远在镇江分会场收听收看,市长宋立安在南京主会场参加会议。镇江将抓好落实。";
  expect(parseText(`省委巡视工作动员部署会召开\n金山网讯 昨天上午,${body}`)[0]!.province).toBe("江苏");
  // A dateline weighs more than a single mention of another place.
  expect(
    parseText("区委召开会议\n金山网讯 昨天上午,区委书记高文远主持召开区委常委会会议,研究镇江帮扶工作。")[0]!.province,
  ).toBe("上海");
});

test("a county news site's dateline with the day (某县新闻网6月16日消息) names its place", () => {
  expect(outletPlace("泰顺新闻网6月16日消息:6月14日下午,县委书记高文远主持召开领导小组会议。", 8)).toEqual([
    { province: "浙江", city: null, weight: 8, name: "泰顺" },
  ]);
});

test("a local outlet on a source line names its place, its district's suffix written or not", () => {
  expect(outletPlace("来源:蓟州区融媒体中心 发布时间:2031-07-10 08:51", 3)).toEqual([
    { province: "天津", city: null, weight: 3, name: "蓟州区" },
  ]);
  const [article] = parseText(
    "区政府召开第50次常务会议\n来源:蓟州区融媒体中心 发布时间:2031-07-10 08:51\n昨天(7月9日)下午,区政府召开第50次常务会议。区长高文远主持会议并讲话。\n会议传达学习了有关会议精神,听取了防汛工作汇报,研究部署了下一步重点工作。",
  );
  expect(article!.province).toBe("天津");
});

test("a provincial paper's dateline with the city it files from and the day names its province, whoever visits", () => {
  expect(outletPlace("江西日报南昌9月16日讯(记者 高文)今天上午,福建省党政代表团抵赣考察。", 8)).toEqual([
    { province: "江西", city: null, weight: 8, name: "江西" },
  ]);
  expect(outletPlace("江西日报8月2日讯 今天,省政府召开常务会议。", 8)).toEqual([
    { province: "江西", city: null, weight: 8, name: "江西" },
  ]);
  expect(outletPlace("人民日报北京8月2日讯 国务院召开常务会议。", 8)).toEqual([]);
  const [article] = parseText(
    "江西日报南昌9月16日讯(记者 高文)今天上午,福建省党政代表团抵赣考察。下午,赣闽两省在昌举行经济社会发展情况交流会。\n江西省委书记宋立安主持并讲话。福建省委书记钟明达在会上讲话。福建省领导林海涛出席。",
  );
  expect(article!.province).toBe("江西");
});

describe("how sure a province is", () => {
  test("the heaviest words for the province picked; how far it leads, as a share of all evidence, times its weight", () => {
    const pick = pickPlace([...placesIn("江苏省民政厅召开会议", 3), ...placesIn("浙江的经验值得借鉴", 1)]);
    expect(pick).toEqual({
      province: "江苏",
      city: null,
      strongest: { province: "江苏", city: null, weight: 3, name: "江苏省" },
      confidence: 0.38,
    });
  });
  test("two places named once each in the body are a coin toss", () => {
    expect(pickPlace(placesIn("江苏的经验,浙江的做法", 1)).confidence).toBe(0);
  });
});

test("a local outlet on a source line names its place, and long autonomous-county names are read whole", () => {
  expect(outletPlace("来源:邹平信息网 更新时间:2008-06-02", 3)).toEqual([
    { province: "山东", city: "邹平", weight: 3, name: "邹平" },
  ]);
  expect(place("积石山保安族东乡族撒拉族自治县人民政府召开常务会议").province).toBe("甘肃");
});

test("a place someone visited is a topic, and so is a city written right after it", () => {
  expect(placesIn("学习总书记考察河北承德重要讲话精神", 2).map((p) => [p.name, p.weight])).toEqual([
    ["河北", 0.5],
    ["承德", 0.5],
  ]);
  expect(placesIn("河北承德", 2).map((p) => [p.name, p.weight])).toEqual([
    ["河北", 2],
    ["承德", 2],
  ]);
});

test("where a leader's studied speech was given is a topic, whoever stands before the 在", () => {
  expect(
    placesIn("学习总书记对办公厅工作重要指示精神、在浙江考察时重要讲话精神", 2).map((p) => [p.name, p.weight]),
  ).toEqual([["浙江", 0.5]]);
  expect(placesIn("省委书记在浙江考察时指出", 2).map((p) => [p.name, p.weight])).toEqual([["浙江", 2]]);
});

test("the national congress's delegations a leader joined are topics, each of them", () => {
  expect(
    placesIn("会议期间,总书记参加内蒙古代表团、青海代表团审议,发表重要讲话。", 2).map((p) => [p.name, p.weight]),
  ).toEqual([
    ["内蒙古", 0.5],
    ["青海", 0.5],
  ]);
});

test("a province's abbreviation after 在 is not read again inside the province's own name (在浙江, 在陕西)", () => {
  expect(placesIn("座谈会在浙江召开", 2).map((p) => p.name)).toEqual(["浙江"]);
  expect(placesIn("座谈会在陕西召开", 2).map((p) => p.name)).toEqual(["陕西"]);
  expect(placesIn("在浙工作期间", 2).map((p) => p.name)).toEqual(["在浙"]);
});

test("a district of a prefecture city names its province; a district name others share does not", () => {
  expect(outletPlace("来源:昭阳信息网 更新时间:2031-06-02", 3).map((p) => p.province)).toEqual(["云南"]);
  expect(placesIn("区委在海珠区召开会议", 1).map((p) => [p.name, p.province])).toEqual([["海珠区", "广东"]]);
  expect(placesIn("在城关区召开会议", 1)).toEqual([]);
});

test("the longest county name written wins: 长兴县 is in 浙江, not 兴县 in 山西", () => {
  expect(placesIn("代表团来到长兴县考察", 1).map((p) => [p.name, p.province])).toEqual([["长兴县", "浙江"]]);
  expect(placesIn("代表团来到兴县考察", 1).map((p) => [p.name, p.province])).toEqual([["兴县", "山西"]]);
});

test("a county's site named 中国某某网 on a source line is the county's outlet", () => {
  expect(outletPlace("来源: 中国宁都网    信息时间:2031-08-22", 3).map((p) => [p.name, p.province])).toEqual([
    ["宁都", "江西"],
  ]);
  expect(
    parseText(
      "县委召开常委会会议\n来源: 中国宁都网\n8月22日,县委书记林一峰主持召开县委常委会会议,传达学习上级会议精神,研究部署近期防汛抗旱和安全生产工作。",
    )[0]!.province,
  ).toBe("江西");
});

test("a province's own outlet on a source line is that province, not a district of the same name elsewhere", () => {
  expect(outletPlace("来源:河北日报", 3).map((p) => p.province)).toEqual(["河北"]);
});

test("a place in brackets inside a firm's name is its seat, not where the meeting is", () => {
  expect(placesIn("县长高文远与骐骥(深圳)国际马术俱乐部董事长座谈", 2)).toEqual([]);
  expect(placesIn("县长高文远在深圳与俱乐部董事长座谈", 2).map((e) => [e.name, e.weight])).toEqual([["深圳", 2]]);
});

test("Taiwan's counties and cities name Taiwan; 金门县 is governed from there", () => {
  expect(placesIn("苗栗县政府召开县务会议", 1).map((p) => [p.name, p.province])).toEqual([["苗栗县", "台湾"]]);
  expect(placesIn("金门县政府召开主管会报", 1).map((p) => [p.name, p.province])).toEqual([["金门县", "台湾"]]);
  expect(placesIn("台中市政府召开市政会议", 1).map((p) => [p.name, p.province])).toEqual([["台中市", "台湾"]]);
});

test("a county written after a topic word or a topic place is the topic too (与某自治区某县, 赴某县)", () => {
  expect(placesIn("两村群众与宁夏回族自治区泾源县林场发生纠纷", 1).map((p) => [p.name, p.weight])).toEqual([
    ["宁夏回族自治区", 0.25],
    ["泾源县", 0.25],
  ]);
  expect(placesIn("县委书记林一峰赴宁都县调研", 1).map((p) => [p.name, p.weight])).toEqual([["宁都县", 0.25]]);
  expect(placesIn("宁都县召开县委常委会会议", 1).map((p) => [p.name, p.weight])).toEqual([["宁都县", 1]]);
});

test("大同 is a word (世界大同) and a firm's name before it is a city's: only 大同市 names the city", () => {
  expect(place("某某大同经纪公司在武汉召开年中工作会议").province).toBe("湖北");
  expect(place("推动构建人类命运共同体,实现世界大同").province).toBe(null);
  expect(place("大同市委常委会召开会议").province).toBe("山西");
});

test("a delegation a national leader joins (参加江苏代表团审议) is a topic: a unit that studies the speech is its own province's", () => {
  const report = [
    "3月11日,工训中心党总支理论学习中心组开展了集中学习。学习由党总支副书记甲乙丙主持。",
    "会上,党总支副书记甲乙丙传达了中共湖南省委、省政府发布的关于加快建设现代化产业体系的指导意见;统战委员丁戊己传达了习近平在参加江苏代表团审议时强调的因地制宜发展新质生产力重要讲话。",
  ].join("\n");
  expect(parseText(report)[0]!.province).toBe("湖南");
  expect(placesIn("习近平在参加江苏代表团审议时强调", 4)).toEqual([
    { province: "江苏", city: null, weight: 1, name: "江苏" },
  ]);
});

test("a university or college that names no place is placed by its name: 华中农业大学 is in 湖北", () => {
  const report =
    "3月5日,华中农业大学召开党委常委会,传达学习有关会议精神,研究部署新学期重点工作。党委书记甲乙丙主持会议。";
  expect(parseText(report)[0]!.province).toBe("湖北");
  expect(placesIn("复旦大学召开座谈会", 2)).toEqual([{ province: "上海", city: null, name: "复旦大学", weight: 2 }]);
  // The students of a region (东北大学生) are no university; one where another body's event is held is its venue.
  expect(placesIn("东北大学生志愿者", 2)).toEqual([]);
  expect(placesIn("培训班在复旦大学举办", 2)).toEqual([
    { province: "上海", city: null, name: "复旦大学", weight: 0.5 },
  ]);
  // A guest from a university (复旦大学教授作辅导) is no sign of where the event is.
  expect(placesIn("邀请复旦大学马克思主义学院教授作专题辅导", 2)).toEqual([
    { province: "上海", city: null, name: "复旦大学", weight: 0 },
  ]);
  const unit =
    "5月12日下午,学校召开党委理论学习中心组学习会议,传达学习有关会议精神。会议邀请华中农业大学教授作专题辅导。";
  expect(parseText(unit)[0]!.province).toBeNull();
});

test("where a national meeting a report studies was held (党的…全会在北京召开) is that meeting's place, not the report's", () => {
  const weights = (text: string) => placesIn(text, 2).map((p) => [p.province, p.weight]);
  expect(weights("10月24日至27日,党的十八届六中全会在北京召开。")).toEqual([["北京", 0]]);
  expect(weights("全国政协十二届四次会议在北京人民大会堂开幕")).toEqual([["北京", 0]]);
  // A celebration held in the capital that units watch from afar (庆祝…大会在北京举行) is the capital's too.
  expect(weights("庆祝中国共产主义青年团成立100周年大会在北京举行,学校师生集中收听收看。")).toEqual([["北京", 0]]);
  expect(weights("纪念建团100周年大会在长沙举行")).toEqual([["湖南", 2]]);
  // A meeting of the capital's own is the capital's.
  expect(weights("北京市委常委会在北京召开会议")).toEqual([
    ["北京", 2],
    ["北京", 2],
  ]);
});

test("where a national leader spoke (总书记在某省…会上的重要讲话) is a topic a report studies, not its place", () => {
  const province = (text: string) => parseText(text)[0]!.province;
  const report =
    "11月4日,集团召开领导班子专题民主生活会。会议由集团党委书记汪建平主持。\n" +
    "班子成员紧紧围绕保持党的先进性和纯洁性,联系思想实际、岗位职责和工作状况,积极开展批评与自我批评,研究提出进一步加强作风建设的措施。".repeat(
      5,
    ) +
    "\n督导组提出具体要求:一是认真学习总书记在河北省民主生活会上的重要讲话精神,结合集团实际抓好整改。";
  expect(province(report)).toBe(null);
  // The same place as the host's is the host's.
  expect(province(report.replace("集团召开", "河北省委召开"))).toBe("河北");
});

test("a locality's own slogan names it without its suffix (谱写中国式现代化某某篇章), where one province has the name", () => {
  const report = (slogan: string) =>
    parseText(
      `10月21日下午,市政协党组书记、主席王某主持召开党组会议。会议强调,要凝聚广泛共识,为奋力谱写${slogan}汇聚强大合力。`,
    )[0]!.province;
  expect(report("中国式现代化临海篇章")).toBe("浙江");
  expect(report("中国式现代化宝坻新篇章")).toBe("天津");
  expect(report("中国式现代化绿色乌审新实践")).toBe("内蒙古");
  // No name in the slot, or a word that only ends as a county's name begins: no place.
  expect(report("中国式现代化建设新篇章")).toBeNull();
  expect(report("中国式现代化新篇章")).toBeNull();
  // Outside the slot a bare county name is a word (临海而建): no place.
  expect(place("新区临海而建,风光秀丽")).toEqual({ province: null, city: null });
});

test("a province's literary name, as its own reports call it (推动龙江全面振兴, 三秦大地), is weak evidence of it", () => {
  const report = (body: string) =>
    parseText(`日前,省人大常委会党组召开扩大会议。党组书记石一川主持会议并讲话。会议强调,${body}。`)[0]!.province;
  expect(report("必将有力推动龙江全面振兴全方位振兴")).toBe("黑龙江");
  expect(report("为谱写三秦大地新篇章作出贡献")).toBe("陕西");
  // A place whose name it opens or ends is that place: 龙江县 is 黑龙江's, 九龙江 a river of 福建, 龙江镇 a town.
  expect(nicknamePlaces("九龙江集团党委召开会议,推动龙江全面振兴", 1).map((p) => p.name)).toEqual(["龙江"]);
  expect(nicknamePlaces("龙江镇召开会议,推动三秦路改造", 1)).toEqual([]);
});

test("a township that bears a city's name (文昌镇) is no city: unknown rather than the city's province", () => {
  expect(place("2月8日,文昌镇第十五届人民代表大会第一次会议召开")).toEqual({ province: null, city: null });
  expect(place("文昌市召开会议")).toEqual({ province: "海南", city: "文昌" });
  expect(place("文昌召开会议")).toEqual({ province: "海南", city: "文昌" });
});

test("a county-level name of three characters or more written bare twice is that place (五通桥 → 五通桥区)", () => {
  const report =
    "1月20日,区委召开常务委员会会议,区委书记石一川主持。石一川指出,要推动五通桥经济高质量发展,吸引更多乡贤回到五通桥发展。";
  expect(parseText(report)[0]!.province).toBe("四川");
  // Written once, it may be a word or a place elsewhere (a river, a campus): no place.
  expect(place("学校在清水河校区召开会议")).toEqual({ province: null, city: null });
});

test("a league's or banner's body is 内蒙古's, a division of the Corps 新疆's; 民盟 and 国旗 are neither", () => {
  const body = "会议强调,要坚持稳中求进工作总基调,扎实推进各项工作落地见效,确保各项任务按期完成。";
  const provinceOf = (text: string) => parseText(text)[0]?.province ?? null;
  expect(provinceOf(`3月21日,盟委书记甲某主持召开盟委委员(扩大)会议。${body}`)).toBe("内蒙古");
  expect(provinceOf(`3月21日,旗委副书记、旗长甲某主持召开旗政府常务会议。${body}`)).toBe("内蒙古");
  expect(provinceOf(`3月14日,第九师中级人民法院召开党组(扩大)会议。${body}`)).toBe("新疆");
  expect(provinceOf(`3月14日,民盟委员会召开会议,学习国旗长廊建设方案。${body}`)).toBeNull();
  expect(oneProvinceBodies("民盟委员、红旗长征、第一师范学院党委", 1)).toEqual([]);
});

test("a county's news site opening the lead, with or without the day, names its place", () => {
  expect(outletPlace("今日竹山网消息 4月23日,县政府召开常务会议。", 8).map((p) => [p.name, p.province])).toEqual([
    ["竹山", "湖北"],
  ]);
  expect(outletPlace("竹山网消息 4月23日,县政府召开常务会议。", 8).map((p) => p.province)).toEqual(["湖北"]);
  expect(outletPlace("竹山新闻网4月23日消息 县政府召开常务会议。", 8).map((p) => p.province)).toEqual(["湖北"]);
});

test("a county since made a city, named as the county before one of its organs, is that city", () => {
  expect(placesIn("2月4日,旬阳县政协召开九届二次主席会议。", 1).map((p) => [p.name, p.province])).toEqual([
    ["旬阳县", "陕西"],
  ]);
  // Not before an organ: a word that ends so is no place.
  expect(placesIn("推动旬阳县域经济发展", 1)).toEqual([]);
});

test("a development zone named after its county tells the county's province when nothing else does", () => {
  const body = "会议强调,要坚持稳中求进工作总基调,扎实推进各项工作落地见效,确保各项任务按期完成。";
  const provinceOf = (text: string) => parseText(text)[0]?.province ?? null;
  expect(provinceOf(`6月27日下午,无为经济开发区召开中层以上全体干部扩大会议。${body}`)).toBe("安徽");
  expect(provinceOf(`3月13日,县委召开常委会会议,惠安经济开发区管委会主任列席。${body}`)).toBe("福建");
  // A place named otherwise decides.
  expect(provinceOf(`6月27日,江苏省无为经济开发区考察团来访。${body}`)).toBe("江苏");
});

test("an international body named after a city (上海合作组织) and the addressee of a letter (致复旦大学…贺信) are no host", () => {
  expect(place("传达学习向2031年上海合作组织论坛致贺信精神").province).toBeNull();
  expect(
    parseText(
      "市交通运输局党组理论学习中心组召开集中学习会\n7月8日,市交通运输局党组理论学习中心组召开集中学习会,传达学习习近平总书记致复旦大学建校120周年的贺信精神。局党组书记高文远主持会议。",
    )[0]!.province,
  ).toBeNull();
});

test("a prefecture city's own name before its organs (大同市政府) is that city, not a district of the name elsewhere", () => {
  expect(placesIn("大同市政府系统集中收听收看全国人大会议开幕盛况", 1).map((p) => p.province)).toEqual(["山西"]);
  // A county-level city since made a district still reads as it was (章丘市委 is 济南's 章丘区).
  expect(place("章丘市委召开常委会议").province).toBe("山东");
});
