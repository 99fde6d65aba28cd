import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { extractPeople } from "../../src/ingest/people";

const roles = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role]);

test("who 对…提出要求 at the meeting speaks there", () => {
  expect(roles("市委书记高文远主持会议,市长宋立安对下一步工作提出具体要求。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "讲话"],
  ]);
  expect(roles("副县长钟明达提出要求。")).toEqual([["钟明达", "讲话"]]);
});

test("who speaks 在研讨发言中 or 在交流发言中 speaks at the meeting; a speech quoted elsewhere does not place anyone", () => {
  expect(roles("集团党委书记、董事长高文远在研讨发言中指出,要加强党的建设。")).toEqual([["高文远", "讲话"]]);
  expect(roles("总经理宋立安在交流发言中表示,要抓好落实。")).toEqual([["宋立安", "讲话"]]);
  expect(roles("市委书记钟明达在讲话中指出,要抓好落实。")).toEqual([["钟明达", "提及"]]);
});

test("who 在…专题研学中作了发言 speaks in the meeting's study, whatever work its topic names", () => {
  expect(roles("副检察长高文远在《松岭省宣传工作条例》专题研学中作了主题发言。")).toEqual([["高文远", "讲话"]]);
  expect(roles("副院长宋立安在分组讨论中作交流发言。")).toEqual([["宋立安", "讲话"]]);
  // A speech given in another study, which the meeting hears again: not a speaker at this one.
  expect(roles("会议学习了副院长钟明达在全省专题学习中的讲话。")).toEqual([["钟明达", "提及"]]);
});

test("who 接受记者专访 gives an interview: the name ends before it", () => {
  expect(roles("会议传达了办公室主任申国强接受记者专访时的讲话。")).toEqual([["申国强", "提及"]]);
});

test("who 在…礼堂作题为《…》的宣讲 speaks there, the hall named before the talk", () => {
  expect(roles("省委党校副校长高文远在市委礼堂作题为《全面深化改革》的宣讲。")).toEqual([["高文远", "讲话"]]);
  expect(roles("副校长宋立安在学术报告厅作专题辅导报告。")).toEqual([["宋立安", "讲话"]]);
  // A hall where someone works, and no talk given: not a speaker.
  expect(roles("副校长钟明达在市委礼堂作息时间调整一事已有安排。")[0]).toEqual(["钟明达", "提及"]);
});

test("who sits on the rostrum (在主席台就座) is present, in a list or opened by 主席台就座的有", () => {
  expect(roles("区政协副主席高文远、宋立安,秘书长钟明达在主席台就座。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
  expect(roles("在主席台就座的还有:副市长高文远、宋立安。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("an adverb (详细, 简要) stands between a name and its verb", () => {
  expect(roles("县长高文远详细介绍了项目进展。")).toEqual([["高文远", "讲话"]]);
  expect(roles("局长宋立安简要通报了有关情况。")).toEqual([["宋立安", "讲话"]]);
});

test("a city or province named between a name and its verb (甲在长春主持召开) keeps the verb", () => {
  expect(roles("省委主委高文远在长春主持召开常委会议。")).toEqual([["高文远", "主持"]]);
  expect(roles("副主席宋立安在福建省出席论坛。")).toEqual([["宋立安", "出席"]]);
});

test("who meets a guest (会见, 接见, 会晤) in a named city is there", () => {
  expect(roles("省委书记高文远在长春会见客商一行。")).toEqual([["高文远", "出席"]]);
  expect(roles("副省长宋立安在福建省接见代表。")).toEqual([["宋立安", "出席"]]);
  expect(roles("市长钟明达会晤来访的代表团。")).toEqual([["钟明达", "出席"]]);
});

test("the meeting named between a name and its verb (甲在市务会听取, 乙在常务会议上主持) keeps the verb", () => {
  expect(roles("市长高文远今日(23日)在市务会听取交通局报告后表示,要抓好落实。")).toEqual([["高文远", "讲话"]]);
  expect(roles("副市长宋立安在常务会议上主持审议有关议题。")).toEqual([["宋立安", "主持"]]);
});

test("who leads others along (率同) or pays a working visit (访视) is there", () => {
  expect(roles("院长高文远今日(21日)率同副院长宋立安与业界代表进行座谈。")[0]).toEqual(["高文远", "出席"]);
  expect(roles("院长高文远今日(21日)访视受灾农田。")).toEqual([["高文远", "出席"]]);
});

test("who meets someone (在礼宾府与…会面, 同…会谈) is there", () => {
  expect(roles("市长高文远在礼宾府与来访的代表团团长会面,交换意见。")).toEqual([["高文远", "出席"]]);
  expect(roles("副市长宋立安同企业代表座谈。")).toEqual([["宋立安", "出席"]]);
});

test("who makes a statement as a sentence's subject (县长甲强调, 乙在调研时表示) speaks at the event", () => {
  expect(roles("5日,全县项目推进会召开。县委副书记、县长高文远强调,要抓好落实。")).toEqual([["高文远", "讲话"]]);
  expect(roles("副市长宋立安在调研时表示,要加快项目建设。")).toEqual([["宋立安", "讲话"]]);
  expect(roles("院长钟明达今日(3日)表示,本次修法保障平等权利。")).toEqual([["钟明达", "讲话"]]);
});

test("a statement relayed from a speech given elsewhere (传达了甲在…上的讲话。甲强调) places no one", () => {
  expect(roles("会议传达了省委书记高文远在全省经济工作会议上的讲话精神。高文远强调,要稳中求进。")).toEqual([
    ["高文远", "提及"],
  ]);
  expect(roles("据报道,部长宋立安曾表示,要扩大就业。")).toEqual([["宋立安", "提及"]]);
});

test("who speaks 总结时, 向大会作…报告, 代表…讲话 or 表态 speaks at the event", () => {
  expect(roles("会期结束。立法会主席高文远总结时表示,本会期共举行三十次会议。")).toEqual([["高文远", "讲话"]]);
  expect(roles("省政协主席宋立安向大会作省政协第九届委员会常务委员会工作报告。")).toEqual([["宋立安", "讲话"]]);
  expect(roles("全会召开。市委常委会主持会议,钟明达同志代表市委常委会讲话。")).toEqual([["钟明达", "讲话"]]);
  expect(roles("会议宣布任职决定。副主任高文远、书记宋立安分别表态并讲话。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
});

test("a report delivered 代表…所作的 and approved later does not place its speaker", () => {
  expect(roles("大会批准了高文远同志代表市委所作的工作报告,全面回顾了五年工作。")).toEqual([["高文远", "提及"]]);
});

test("who takes part 通过视频方式 or 以线上形式 is there, the last of a list too", () => {
  expect(roles("会议开幕。委员高文远、宋立安、钟明达通过线上线下方式参会。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
  expect(roles("副市长高文远以线上形式出席会议。")).toEqual([["高文远", "出席"]]);
});

test("who accompanies (在甲及乙的陪同下) or is listed after 出席活动的…负责人包括 is there", () => {
  expect(roles("在行政长官宋立安及联络办主任钟明达的陪同下,代表团参观了园区。")).toEqual([
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
  expect(roles("活动举行。出席交流活动的各机构主要负责人包括立法会主席高文远、审计长宋立安。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("names listed before a group (及各代表团团长, 各总支书记) share the group's verb", () => {
  expect(roles("区委书记高文远主持会议。区领导宋立安、钟明达、林海涛及各代表团团长参加会议。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
    ["林海涛", "出席"],
  ]);
  expect(roles("工会主席宋立安,党委委员,各总支书记,团委书记参加会议。")).toEqual([["宋立安", "出席"]]);
});

test("members who speak as a group (等常委作…发言) or relay (作传达) or report to the body (向常委会报告工作) speak", () => {
  expect(roles("宋立安、钟明达、林海涛等常委作“关键少数话担当”发言。")).toEqual([
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
    ["林海涛", "讲话"],
  ]);
  expect(roles("省政协常务副主席高文远作传达。")).toEqual([["高文远", "传达"]]);
  expect(roles("省政协副主席钟明达代表主席会议向常委会会议报告工作。")).toEqual([["钟明达", "讲话"]]);
});

test("who reports a body's work to the meeting (向大会报告常委会工作) speaks, the body named between", () => {
  expect(roles("受省人大常委会委托,高文远主任向大会报告省人大常委会工作。")).toEqual([["高文远", "讲话"]]);
  expect(roles("市人大常委会副主任钟明达向会议报告了常委会一年来的工作。")).toEqual([["钟明达", "讲话"]]);
});

test("who sits in the rostrum's front row (在主席台前排就坐) or follows the meeting at a branch venue (收看收听) is there", () => {
  expect(roles("旗政协领导高文远、宋立安在主席台前排就坐。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
  expect(roles("市委书记钟明达在松岭分会场收看收听会议实况。")).toEqual([["钟明达", "出席"]]);
});

test("who leads officials on an inspection (带领县委办、县发改局负责人调研督导) is there", () => {
  expect(
    roles("3月5日上午,县委常委、常务副县长钟明达带领县委办、县政府办、县发改局、住建局负责人调研督导重点项目。"),
  ).toEqual([["钟明达", "出席"]]);
});

test("the room named between a name and its verb (甲同志在二楼会议室主持召开) keeps the verb", () => {
  expect(roles("6月20日下午,区长高文远同志在二楼会议室主持召开区政府常务会议。")).toEqual([["高文远", "主持"]]);
  expect(roles("副市长宋立安在市行政中心三楼会议室出席签约仪式。")).toEqual([["宋立安", "出席"]]);
});

test("a visiting party (甲一行) is there", () => {
  expect(roles("省委书记高文远在长春会见某某集团有限公司总经理宋立安一行,并出席项目开工仪式。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("who shares what was learnt (交流参会心得), leads a group in (率…组出席) or expounds at length (以…为主题,从…等方面作了深入解读) takes part", () => {
  expect(roles("校党委书记高文远主持会议,计算机学院宋立安教授交流参会心得。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "讲话"],
  ]);
  expect(roles("省直机关工委副书记钟明达率巡听旁听组出席并作现场点评。")).toEqual([["钟明达", "讲话"]]);
  expect(
    roles(
      "学习会上,市社会科学院党委书记林海涛以“深入学习贯彻全国人大会议精神”为主题,从会议概况、学习重要讲话精神、代表团审议情况等方面作了深入解读。",
    ),
  ).toEqual([["林海涛", "讲话"]]);
});

test("the 作 of 工作 ends no topic: 就…等工作到我市调研 is a visit, 就…工作进行安排部署 a speech", () => {
  expect(roles("副省长高文远就石化产业链发展、信访案件处理情况等工作到我市调研。")).toEqual([["高文远", "出席"]]);
  expect(roles("会上,街道党工委书记宋立安就下一步主题教育工作进行安排部署。")).toEqual([["宋立安", "讲话"]]);
});

test("a consultation's speakers listed before 等逐一提出意见建议 or 先后发言 speak there, 无党派人士 among them", () => {
  expect(
    roles("会上,民盟市委会主委高文远、市工商联主席宋立安、无党派人士钟明达和松岭大学教授林海涛等逐一提出意见建议。"),
  ).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
    ["林海涛", "讲话"],
  ]);
  expect(roles("会上,民进省委会副主委高文远、无党派人士宋立安先后发言。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
  expect(roles("要落实习近平总书记提出的意见。")).toEqual([["习近平", "提及"]]);
});

test("who 作…有关问题的说明 speaks at the meeting, however long what the explanation concerns", () => {
  expect(roles("省委书记高文远作全省出席党代会代表选举工作和党代表会议有关问题的说明。")).toEqual([["高文远", "讲话"]]);
  expect(roles("副省长宋立安作预算调整相关情况的说明。")).toEqual([["宋立安", "讲话"]]);
});

test("who 亦有参与会见 with a guest is there, a central body's liaison office among them", () => {
  expect(
    roles("中央驻松岭联络办公室副主任高文远、运输工务司司长宋立安及行政长官办公室主任钟明达等亦有参与会见。"),
  ).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("members who speak at a session, their title after the name (高文远委员在发言中说), are present and speak", () => {
  expect(roles("高文远委员代表某党派县委在发言中说,要打造登山目的地;宋立安委员在发言中说,要提升预期寿命。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
  expect(roles("县政协委员会主席钟明达主持会议。")).toEqual([["钟明达", "主持"]]);
});

test("at a press conference, who gives the briefing (作主题发布) and who answers questions (回答记者提问) speak", () => {
  expect(
    roles("市委书记高文远作主题发布并回答记者提问,市委副书记、市长宋立安回答有关提问,市委常委钟明达主持。"),
  ).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "主持"],
  ]);
});

test("who calls on a visitor (拜会, 在某市拜会了…一行) is there, every name of the list", () => {
  expect(roles("省长宋立安拜会了考察组一行。")).toEqual([["宋立安", "出席"]]);
  expect(
    roles("5月11日,省委书记、省人大常委会主任高文远,省委副书记、省长宋立安,省政协主席钟明达在太原拜会了考察组一行。"),
  ).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("a title after the name with its rank (高文远常务副部长宣读…) still leads to the verb", () => {
  expect(roles("省委组织部常务副部长高文远出席会议。高文远常务副部长宣读了任免决定。")).toEqual([["高文远", "讲话"]]);
});

test("names before 等 and a longer group (委员和特邀列席人士) share the 先后发言 that follows", () => {
  expect(roles("高文远、宋立安、钟明达等界别委员和特邀列席人士先后发言。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
  ]);
});

test("a name with no title right after 会上 (会上,甲结合本次会议要求…作了部署) is a speaker; the group words there are no names", () => {
  expect(roles("水泥厂召开安全生产会议。会上,高文远结合本次会议要求,对全厂下一阶段安全生产工作作了部署。")).toEqual([
    ["高文远", "讲话"],
  ]);
  expect(roles("会上,与会人员围绕主题作交流发言。会上,各地结合实际作了发言。")).toEqual([]);
});

test("who gives a party lesson (为党员讲了一堂党课), after its theme (以“…”为主题) too, speaks", () => {
  expect(roles("市长高文远以“转作风、提效能”为主题,为广大党员干部讲了一堂深刻生动的党课。")).toEqual([
    ["高文远", "讲话"],
  ]);
  expect(roles("校党委书记宋立安为全体党员上了一堂专题党课。")).toEqual([["宋立安", "讲话"]]);
});

test("a counted list (甲、乙、丙等三人) shares the verb after its count", () => {
  expect(
    roles("市长高文远出席仪式,并向某公司总经理宋立安、某大学教授钟明达、某院研究员林海涛等三人颁发聘书。"),
  ).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
    ["林海涛", "出席"],
  ]);
});

test("an academic rank after the name of a post's holder (院长甲教授主持) neither hides the name nor its verb", () => {
  expect(roles("会议由院党组书记、院长高文远教授主持。")).toEqual([["高文远", "主持"]]);
  expect(roles("副校长宋立安副教授、钟明达院士出席会议。")).toEqual([
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("a bare name opening a sentence before 出席会议 is there (甲出席会议并讲话); a group word is no name", () => {
  expect(roles("会议听取了筹备工作情况汇报。高文远出席会议并讲话。")).toEqual([["高文远", "讲话"]]);
  expect(roles("会议听取了筹备工作情况汇报。领导出席会议。")).toEqual([]);
});

test("who leads others to a site (带领…到某乡…进行调研) is on the visit, however long what follows", () => {
  expect(
    roles("市领导高文远、宋立安带领财政局、民政局等有关部门负责人到某某乡围绕贯彻落实会议精神,加快发展进行调研。"),
  ).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
  expect(roles("市委书记钟明达带领全市人民走向共同富裕。")).toEqual([["钟明达", "提及"]]);
});

test("who goes 在…陪同下 is there, and the titles of those escorting are their own", () => {
  const found = extractPeople("市委副书记、市长高文远在市委常委、常务副市长宋立安陪同下走访慰问回迁居民。", {
    isSpeech: false,
    fullNamesInFile: () => [],
  }).map((p) => [p.name, p.role, p.titles.join("、")]);
  expect(found).toEqual([
    ["高文远", "出席", "市委副书记、市长"],
    ["宋立安", "出席", "市委常委、常务副市长"],
  ]);
});

test("a bare list whose members take turns (甲、乙、丙先后发言) ends at its last name, not at the adverb", () => {
  expect(roles("座谈会上,高文远、宋立安、钟明达、林海涛先后发言。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
    ["林海涛", "讲话"],
  ]);
});

test("who chairs after 由 (会议由甲主持), and who is elected to lead the delegation (推选甲为团长), is there", () => {
  expect(
    roles(
      "出席全国人大会议的代表在驻地举行全体会议,推选高文远为代表团团长,推选宋立安、钟明达、林海涛为副团长,代表团正式组成。会议由高文远主持。",
    ),
  ).toEqual([
    ["高文远", "主持"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
    ["林海涛", "出席"],
  ]);
  expect(roles("会议由县委办公室主持。")).toEqual([]);
});

test("who is elected at the plenary (甲当选市委书记) is there, and so is the new body's roster, under titles and colons that it takes", () => {
  const found = extractPeople(
    "全会选举产生了新一届市委常委,高文远当选市委书记。新一届市委常委还包括市委副书记:宋立安、钟明达,市委常委:林海涛、赵四海等11人。",
    { isSpeech: false, fullNamesInFile: () => [] },
  ).map((p) => [p.name, p.role, p.titles.join("、")]);
  expect(found).toEqual([
    ["高文远", "出席", ""],
    ["宋立安", "出席", "市委副书记"],
    ["钟明达", "出席", "市委副书记"],
    ["林海涛", "出席", "市委常委"],
    ["赵四海", "出席", "市委常委"],
  ]);
});

test("a bare name before 作动员讲话 or 作总结讲话 speaks", () => {
  expect(roles("省领导高文远、宋立安出席,钟明达作动员讲话,林海涛主持。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "讲话"],
    ["林海涛", "主持"],
  ]);
});

test("who 对…作了安排部署 or 做了详细解读 at the meeting speaks there; 作出部署 is said of another event", () => {
  expect(roles("会上,镇党委副书记高文远对换届工作具体事宜做了详细安排部署;镇长宋立安对相关政策作了解读。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
  expect(roles("3月12日,省委召开全省领导干部会议,省委钟明达书记对全省学习贯彻工作作出部署。")).toEqual([
    ["钟明达", "提及"],
  ]);
});

test("who sits in 在研究相关议题时 or 在审议有关事项时 attends, every name of the list before it", () => {
  expect(roles("市委常委宋立安出席会议,副市长高文远、钟明达在研究相关议题时列席会议。")).toEqual([
    ["宋立安", "出席"],
    ["高文远", "出席"],
    ["钟明达", "出席"],
  ]);
  expect(roles("副区长林海涛在审议有关事项时列席。")).toEqual([["林海涛", "出席"]]);
});

test("同时 between a name and its verb: 甲同时出席 attends", () => {
  expect(roles("副市长高文远同时出席会议。")).toEqual([["高文远", "出席"]]);
  expect(roles("副县长宋立安同时出席。会议同时审议了报告。")).toEqual([["宋立安", "出席"]]);
});

test("a list of members closed by their count (8名委员) shares the verb after what they spoke on", () => {
  expect(roles("会上,高文远、宋立安、钟明达3名委员围绕铸牢中华民族共同体意识、拓宽就业渠道等内容作大会发言。")).toEqual(
    [
      ["高文远", "讲话"],
      ["宋立安", "讲话"],
      ["钟明达", "讲话"],
    ],
  );
});

test("a name that another name opens (高文, 高文远) does not cut a list short at the longer one", () => {
  expect(
    roles("大会执行主席高文、宋立安在主席台就座。会上,钟明达、李文华、高文远等委员围绕就业等话题作了即席发言。"),
  ).toEqual([
    ["高文", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "讲话"],
    ["李文华", "讲话"],
    ["高文远", "讲话"],
  ]);
});

test("a list of posts and names closed by a comma before 分别 shares the verb after it", () => {
  expect(roles("县政协副主席兼秘书长高文远,县政协副秘书长宋立安,分别就有关议题作说明。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
});

test("a list of officials the page cuts off before its verb lists who attends, not what the meeting studies", () => {
  const cut = (text: string) => parseText(text)[0]!.people.map((p) => [p.name, p.role]);
  const report = "省政协召开主席会议\n12月25日,省政协召开主席会议。主席高文远出席会议并讲话。";
  expect(cut(`${report}\n省政协副主席宋立安、钟明达、李文华、`)).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
    ["李文华", "出席"],
  ]);
  expect(cut(`${report}会议学习了省委书记宋立安、省长钟明达`)).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "提及"],
    ["钟明达", "提及"],
  ]);
  // A list that goes on to its sentence's end is read as written: no one there attends.
  expect(cut(`${report}\n省政协副主席宋立安、钟明达因另有公务请假。`).filter(([, role]) => role === "出席")).toEqual(
    [],
  );
});

test("who answers the press on a topic (就…问题回答记者提问) speaks", () => {
  expect(roles("记者会上,全国政协委员施国栋、罗美华就养老、医疗等民生问题回答记者提问。")).toEqual([
    ["施国栋", "讲话"],
    ["罗美华", "讲话"],
  ]);
  expect(roles("市政府副市长杜文明就复工复产问题答记者问。")).toEqual([["杜文明", "讲话"]]);
});

test("an adverb of how one speaks (着重, 重点, 具体) stands between a name and its verb", () => {
  expect(roles("交流会上,省政协常委、某药业董事长施国栋着重介绍了企业布局情况。")).toEqual([["施国栋", "讲话"]]);
  expect(roles("会上,市发展改革委主任罗美华重点介绍了项目进展。")).toEqual([["罗美华", "讲话"]]);
});

test("demands made point by point (提出四点要求) and a plan laid out (做了部署) are a speech", () => {
  expect(roles("3月20日,市法院组织干警到监狱接受警示教育。最后,副院长施国栋提出四点要求勉励干警。")).toEqual([
    ["施国栋", "讲话"],
  ]);
  expect(roles("2月25日,市法院召开动员大会。院长罗美华就如何开展教育实践活动做了部署。")).toEqual([["罗美华", "讲话"]]);
  expect(roles("2月25日,市法院召开动员大会。检察长杜文明做动员讲话,全体干警参加了大会。")).toEqual([
    ["杜文明", "讲话"],
  ]);
  // Demands made without their number are no speech of their own: 提出的要求 are someone else's words.
  expect(roles("2月25日,市法院召开会议。会议传达了院长罗美华提出的要求。")).toEqual([["罗美华", "提及"]]);
});

test("a member's self-examination at a 民主生活会 (代表领导班子作了“四风”对照检查) is a speech", () => {
  expect(roles("11月4日,集团召开专题民主生活会。集团总经理施国栋代表领导班子作了“四风”对照检查。")).toEqual([
    ["施国栋", "讲话"],
  ]);
});

test("who states something at an occasion named long (在4月15日举办的…系列讲座上表示) speaks there", () => {
  expect(
    roles(
      "4月15日,中心举办系列讲座。市学生事务中心副主任施国栋在4月15日举办的2031年东方讲坛·职业生涯系列讲座暨“乐业某市”系列讲座上表示,要规划职业生涯。",
    ),
  ).toEqual([["施国栋", "讲话"]]);
  expect(roles("4月15日,中心举办论坛。市人社局局长罗美华在“就业服务”论坛上指出,要稳就业。")).toEqual([
    ["罗美华", "讲话"],
  ]);
});

test("who delivered the report a congress adopts (审议通过了由甲代表某委员会向大会所作的《…》的报告) spoke there", () => {
  expect(
    roles(
      "8月24日,镇第二十次代表大会召开。会议审议通过了由镇党委书记施国栋代表中国共产党某镇第十九届委员会向大会所作的《砥砺奋进创佳绩》的报告。",
    ),
  ).toEqual([["施国栋", "讲话"]]);
});

test("who walks the meeting through a text (对重要文章《…》进行学习梳理) speaks", () => {
  expect(
    roles("3月5日,学校召开党委理论学习中心组学习会。校办主任施国栋对重要文章《坚持和加强党的全面领导》进行学习梳理。"),
  ).toEqual([["施国栋", "讲话"]]);
});

test("the leader who sums up the work (局长甲肯定了…工作,并提出…) speaks", () => {
  expect(
    roles(
      "1月10日下午,局党组召开党组会议。局党组书记、局长施国栋肯定了2031年机关党建工作,并提出要继续履行抓党建第一责任。",
    ),
  ).toEqual([["施国栋", "讲话"]]);
  expect(roles("1月10日下午,局党组召开党组会议。局长施国栋充分肯定了机关党建工作。")).toEqual([["施国栋", "讲话"]]);
});

test("who states as a sentence's subject with the title after the name (王某院长强调) speaks; a speech studied (王某院长讲话精神) does not", () => {
  expect(roles("会议由副院长宋立安主持。高文远院长强调,要做好审判工作。")).toEqual([
    ["宋立安", "主持"],
    ["高文远", "讲话"],
  ]);
  expect(roles("会议要求,要认真学习高文远院长讲话精神。")).toEqual([["高文远", "提及"]]);
});

test("who gives views at the meeting (就某问题发表了意见, 发表感言) speaks there", () => {
  expect(roles("会上,副院长宋立安就审判工作发表了意见,劳模代表高文远发表感言。")).toEqual([
    ["宋立安", "讲话"],
    ["高文远", "讲话"],
  ]);
});

test("a court's division head, a procurator-general and a counsellor are named before their title too (李某庭长, 陈某检察长, 叶某参事)", () => {
  expect(roles("会上,宋立安庭长作了发言,高文远副检察长出席会议。钟明达参事认为,全会精神很有启发。")).toEqual([
    ["宋立安", "讲话"],
    ["高文远", "出席"],
    ["钟明达", "讲话"],
  ]);
});

test("the meeting's turn (会上, 会议上) stands before a name whose title follows it", () => {
  expect(roles("会议上宋立安副院长汇报了工作开展情况。会上高文远处长通报了有关情况。")).toEqual([
    ["宋立安", "讲话"],
    ["高文远", "讲话"],
  ]);
});

test("who speaks under several long titles (分别以《甲》,《乙》等为题,先后汇报了…) speaks, a title quoting “…” too", () => {
  expect(
    roles(
      "党委副书记高文远,副校长宋立安等校领导分别以《学习习近平总书记关于党的作风建设重要论述的体会》,《坚持科学发展观,正确处理研究生教育若干关系——学习关于科学发展重要论述体会》,《践行“三严三实”要求》等为题,先后汇报了个人学习情况。",
    ),
  ).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["习近平", "提及"],
  ]);
});

test("who 寄语 those just appointed speaks at the meeting", () => {
  expect(roles("会上,县人大常委会主任石一川寄语新任部门主要负责人要增强宪法意识。")).toEqual([["石一川", "讲话"]]);
});

test("who thanks, praises or makes demands of those present (代表镇党委,对…表示充分的肯定) speaks to the meeting", () => {
  expect(
    roles("会上,镇党委书记石一川同志代表镇党委,对过去一年来人大工作取得的成绩表示充分的肯定,同时要求代表们履职尽责。"),
  ).toEqual([["石一川", "讲话"]]);
  expect(roles("县委书记石一川代表县委向大会的胜利召开表示热烈的祝贺。")).toEqual([["石一川", "讲话"]]);
  expect(roles("县长石一川对下一步工作提出了明确要求。")).toEqual([["石一川", "讲话"]]);
  // A national leader's instruction on the work is a mention.
  expect(roles("习近平总书记对做好工作作出重要指示。")).toEqual([["习近平", "提及"]]);
});

test("who 踊跃发言 or 纷纷发言, alone or as a group named after the list, speaks at the meeting", () => {
  expect(roles("会上,高文远、宋立安、钟明达等港澳委员和海外列席人士踊跃发言,提出了意见建议。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
  ]);
  expect(roles("会上,政协委员林海涛踊跃发言。")).toEqual([["林海涛", "讲话"]]);
});

test("who reviews the year's work (对…进行了简要回顾) or 提出了…的要求 speaks; demands made before (提出的要求) are a mention", () => {
  expect(roles("会上,局长高文远对上年工作进行了简要回顾,就如何抓好七个方面提出了明确具体的要求。")).toEqual([
    ["高文远", "讲话"],
  ]);
  expect(roles("副局长宋立安对全年工作进行了总结。")).toEqual([["宋立安", "讲话"]]);
  expect(roles("会议传达了局长钟明达提出的要求。")).toEqual([["钟明达", "提及"]]);
});

test("who 向大家介绍 or 向会议通报 something speaks", () => {
  expect(roles("接着,院工会主席高文远向大家详细介绍了活动实施方案。")).toEqual([["高文远", "讲话"]]);
  expect(roles("副院长宋立安向会议通报了近期工作情况。")).toEqual([["宋立安", "讲话"]]);
});

test("who speaks at the meeting named before the verb (在大会上发言, 在全体会议上作大会发言) speaks, a list before commas too", () => {
  expect(roles("自治区政协常委高文远,政协委员宋立安,政协常委钟明达在大会上发言。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
  ]);
  expect(roles("委员吴思远在全体会议上作大会发言。")).toEqual([["吴思远", "讲话"]]);
});

test("reports the meeting heard, each by one of a list (听取了甲、乙分别作的某检查组关于…的报告), are their speakers'", () => {
  expect(
    roles(
      "会议听取了省人大财经委主任委员高文远、省人大农委主任委员宋立安分别作的省人大常委会执法检查组关于检查《某某省实施〈中华人民共和国某某促进法〉办法》和《某某条例》实施情况的报告。",
    ),
  ).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
});

test("a list of members who 就…提出意见建议, or 等来自…等企业家 who 围绕…先后发言, speak", () => {
  expect(roles("高文远、宋立安、钟明达等委员就提高粮食生产能力、发展职业教育等紧贴民生的问题提出意见建议。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
  ]);
  expect(roles("吴思远、韩立川、周立新等来自某某商会、省外某某商会等企业家共同围绕修改完善报告先后发言。")).toEqual([
    ["吴思远", "讲话"],
    ["韩立川", "讲话"],
    ["周立新", "讲话"],
  ]);
  // What was asked before is no speech: 就…提出的要求.
  expect(roles("会议传达了市长宋立安就安全生产工作提出的要求。")).toEqual([["宋立安", "提及"]]);
});

test("a chain of reports the meeting heard (…、乙作的《省政府关于…的报告》、丙作的《…》) is each its speaker's, however far from 听取", () => {
  expect(
    roles(
      "会议听取了省住建厅副厅长高文远作的关于《某某条例》草案的说明、省发改委副主任宋立安作的《省政府关于落实某某工作会议精神情况的报告》、省发改委副主任钟明达作的《省政府关于某某林区生态保护与经济转型规划实施情况的报告》、省审计厅厅长吴思远作的《省政府关于2030年度省本级预算执行和其他财政收支的审计工作报告》。",
    ),
  ).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
    ["吴思远", "讲话"],
  ]);
});

test("an adverb or a clause between the names and the verb: 连续主持, 亲切会见, ,也分别领学, ,结合…,汇报", () => {
  expect(roles("日前,省长高文远连续主持召开两个座谈会。")).toEqual([["高文远", "主持"]]);
  expect(roles("7月12日下午,市委书记宋立安亲切会见了代表团一行。")).toEqual([["宋立安", "出席"]]);
  expect(roles("会上,副书记宋立安,副院长钟明达,也分别领学了相关内容。")).toEqual([
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
  ]);
  expect(roles("学生代表吕一平,结合自身经历,汇报了学习体会。")).toEqual([["吕一平", "讲话"]]);
});

test("who acts on another's behalf (受市委委托) or by invitation (受邀) is read up to the verb after it", () => {
  expect(roles("市委副书记高文远受市委委托,通报了有关情况。")).toEqual([["高文远", "讲话"]]);
  expect(roles("秘书长宋立安,副省长钟明达受邀出席开幕大会。")).toEqual([
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
  expect(roles("市长吕一平受伤住院。")).toEqual([["吕一平", "提及"]]);
});

test("a headline that says who gave the government's work report (省长甲作政府工作报告) is a report's, not a transcript's", () => {
  const [article] = parseText(
    "省人大会议开幕 宋立安作政府工作报告\n24日上午,省第十二届人民代表大会第五次会议开幕。省委书记高文远主持会议。省长宋立安代表省人民政府向大会作《政府工作报告》。",
  );
  expect(article!.people.map((p) => [p.name, p.role])).toEqual([
    ["宋立安", "讲话"],
    ["高文远", "主持"],
  ]);
});

test("who assigns the work (省长甲部署…工作, 区领导乙安排当前…工作) speaks at the meeting", () => {
  expect(roles("省长高文远部署高质量项目建设工作。省委副书记宋立安出席。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "出席"],
  ]);
  expect(roles("区领导钟明达安排当前森林防灭火工作。")).toEqual([["钟明达", "讲话"]]);
});

test("受…同志委托 before the chair names who asked, and no one called 委托", () => {
  expect(roles("受联席会议召集人高文远同志委托,副主任宋立安同志主持会议并作总结讲话。")).toEqual([
    ["高文远", "提及"],
    ["宋立安", "主持"],
  ]);
});

test("a named leader and the others of the group (和其他常委同志,逐一…) share the verb after them", () => {
  expect(roles("省委副书记、代省长高文远和其他常委同志,逐一进行个人对照检查发言。")).toEqual([["高文远", "讲话"]]);
  expect(roles("市长宋立安和其他班子成员分别作对照检查。")).toEqual([["宋立安", "讲话"]]);
});

test("who speaks on behalf of a body with a long name (代表政协松岭省第十三届委员会常务委员会作工作报告) speaks", () => {
  expect(roles("省政协主席高文远代表政协松岭省第十三届委员会常务委员会作工作报告。")).toEqual([["高文远", "讲话"]]);
  // Only a dozen characters of whatever 代表 opens are read, when no speaking verb follows.
  expect(roles("省政协主席高文远代表政协松岭省第十三届委员会常务委员会全体同志感谢大家。")).toEqual([
    ["高文远", "提及"],
  ]);
});

test("a report heard from its speaker (听取副主席甲作政协某省…常务委员会关于…的报告) places the speaker", () => {
  expect(roles("会议听取省政协副主席高文远作政协松岭省第十一届委员会常务委员会关于提案工作情况的报告。")).toEqual([
    ["高文远", "讲话"],
  ]);
});

test("who speaks 从…方面 (从立法背景、基本内容等方面进行了解读) speaks", () => {
  expect(roles("会前学习条例,市人大常委会副主任高文远从立法背景、基本内容等方面进行了深入解读。")).toEqual([
    ["高文远", "讲话"],
  ]);
  expect(roles("副市长高文远从北京赶回。")).toEqual([["高文远", "提及"]]);
});

test("who 围绕…交流调研成果 shares findings at the meeting: every name of the list before it speaks", () => {
  expect(
    roles("民革市委会主委高文远、民盟市委会主委宋立安、无党派人士钟明达,围绕未来产业、城乡融合发展等交流调研成果。"),
  ).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
    ["钟明达", "讲话"],
  ]);
});

test("who 现场指导 an event guides it on the spot: present", () => {
  expect(roles("4月2日,全市复学实战演练在第一高级中学举行。副市长高文远现场指导工作。")).toEqual([["高文远", "出席"]]);
});
