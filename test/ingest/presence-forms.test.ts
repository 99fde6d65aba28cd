import { expect, test } from "vitest";
import { parseText } from "../../src/ingest";
import { extractPeople } from "../../src/ingest/people";

const roles = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role]);

test("names listed with the staff (及机关全体干部参加会议) share their verb", () => {
  expect(roles("党组书记、副主任高文远主持会议,副主任宋立安、钟明达及机关全体干部参加会议。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
  expect(roles("副镇长宋立安和全体职工列席会议。")).toEqual([["宋立安", "出席"]]);
});

test("a Mongolian name holding 那, between a title and the verb it chairs with, is a name", () => {
  expect(roles("旗政协主席额根那主持会议并讲话。")).toEqual([["额根那", "主持"]]);
});

test("who leads a study or a joint action (带领大家学习, 带领执法队开展…) is there", () => {
  expect(roles("组织部部长高文远带领大家学习了《关于评选先进的通知》。")).toEqual([["高文远", "出席"]]);
  expect(
    roles("9月5日,副县长宋立安带领由县水利局、某某镇工作人员组成的联合执法队在某某水库开展联合执法行动。"),
  ).toEqual([["宋立安", "出席"]]);
  expect(
    roles(
      "副县长高文远带领由县生态环境分局、水利局、某某水库事务中心、县融媒体中心、东岭镇、西岭镇工作人员组成的联合执法队在某某水库开展执法行动。",
    ),
  ).toEqual([["高文远", "出席"]]);
  expect(roles("在县委书记钟明达带领下,全县上下开展了专项行动。")).toEqual([["钟明达", "提及"]]);
});

test("a name listed with unnamed others who follow a video meeting in a room (等在某会议室收听收看) is there", () => {
  expect(roles("副县长高文远,各乡镇、县直有关单位负责人等在政府三楼会议室收听收看。")).toEqual([["高文远", "出席"]]);
  expect(roles("副区长宋立安、各街道负责人在区分会场收听收看。")).toEqual([["宋立安", "出席"]]);
});

test("a guest party that talks with its host (与某公司董事长甲一行座谈交流) is there", () => {
  expect(roles("旗长高文远与某某马术俱乐部董事长宋立安一行座谈交流。").map(([, role]) => role)).toEqual([
    "出席",
    "出席",
  ]);
});

test("a bare name opening a clause before 介绍 or 传达 takes part; 据介绍 names no one", () => {
  expect(roles("县委书记高文远主持会议。宋立安介绍新任职领导干部基本情况,钟明达传达了上级会议精神。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "讲话"],
    ["钟明达", "传达"],
  ]);
  expect(roles("据介绍,全县已完成年度任务。会议传达了有关文件。")).toEqual([]);
});

test("names each after its unit in a list the meeting heard (听取了某镇甲、某局乙等N名负责人述职报告) report there", () => {
  expect(roles("会议听取了东岭镇赵国强、西坡乡钱文华、南街街道孙明、水务局李顺4名党政主要负责人述职报告。")).toEqual([
    ["赵国强", "讲话"],
    ["钱文华", "讲话"],
    ["孙明", "讲话"],
    ["李顺", "讲话"],
  ]);
});

test("a trip whose matter follows the place (到某中心就…进行调研) or a river chief's tour (开展巡河、巡林工作) places the visitor", () => {
  expect(roles("副局长高文远到青禾县档案馆就馆藏数字化等情况进行调研。")).toEqual([["高文远", "出席"]]);
  expect(roles("省委常委宋立安到松岭市开展巡河、巡林工作。")).toEqual([["宋立安", "出席"]]);
});

test("a leader whose earlier visit's demands are studied (落实甲书记到某地就某事开展调研时提出的要求) is mentioned", () => {
  expect(roles("主任高文远主持会议。会议要求,认真落实宋立安书记到青禾县就乡村振兴开展调研时提出的要求。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "提及"],
  ]);
});

test("a leader whose speech's demands are carried out (落实甲同志在…会议上的讲话要求) is found, and mentioned", () => {
  expect(roles("会议研究了落实高文远同志在全省秋粮收购座谈会上的讲话要求的具体措施。")).toEqual([["高文远", "提及"]]);
  expect(roles("会议强调,要切实落实高文远同志讲话要求,抓好秋粮收购。")).toEqual([["高文远", "提及"]]);
});

test("the counterpart of a talk (与某银行董事长甲举行工作会谈) is found, and takes part", () => {
  expect(roles("省长高文远与青禾银行董事长宋立安举行工作会谈,双方签署战略合作协议。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("who explains a list or a draft under discussion (作…名单(草案)的说明), however long its name, speaks", () => {
  expect(
    roles(
      "省委常委、组织部部长赵立新作政协某省第十二届委员会副主席免职名单(草案)和补选副主席、常务委员候选人名单(草案)的说明。",
    ),
  ).toEqual([["赵立新", "讲话"]]);
  expect(roles("副市长钱国平作某市城市更新实施方案的说明。")).toEqual([["钱国平", "讲话"]]);
});

test("leaders who visit an exhibition together (等集中参观…) are there", () => {
  expect(roles("市委书记周立新,市长吴明远,市领导郑海涛、孙立明等集中参观某市展览馆,重温入党誓词。")).toEqual([
    ["周立新", "出席"],
    ["吴明远", "出席"],
    ["郑海涛", "出席"],
    ["孙立明", "出席"],
  ]);
});

test("who unveils a plaque or hands out awards (为某局揭牌) is at the ceremony", () => {
  expect(roles("市长吴明远为某市大数据管理局揭牌。")).toEqual([["吴明远", "出席"]]);
  expect(roles("副主席郑海涛为获奖单位颁奖。")).toEqual([["郑海涛", "出席"]]);
});

test("who leads a group to a place to carry out a survey named at length (率调研组赴某县开展…立法调研) is there", () => {
  expect(roles("省人大常委会副主任高文远率调研组赴松岭市青山县开展松岭省乡村振兴促进条例立法调研。")).toEqual([
    ["高文远", "出席"],
  ]);
  // Who reports on the plan for such a survey speaks at the meeting that hears it.
  expect(roles("会议听取了副主任宋立安关于赴青山县开展调研工作方案的汇报。")[0]).toEqual(["宋立安", "讲话"]);
});

test("a paragraph that is a roster of posts and names and nothing else lists those present", () => {
  const report = [
    "8月5日,松岭州与周边州市联席会议在州府召开。",
    "州委书记高文远致辞。州委副书记、州长宋立安主持会议。",
    "青山市委副书记、市长钟明达,白水州委副书记、州长吴思远,绿川州委常委、副州长韩立川。松岭省交通运输厅副厅长周明远;松岭省公安厅副厅长丁戊己。",
    "会议通过了联席会议纪要。",
  ].join("\n");
  expect(extractPeople(report, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role])).toEqual([
    ["高文远", "致辞"],
    ["宋立安", "主持"],
    ["钟明达", "出席"],
    ["吴思远", "出席"],
    ["韩立川", "出席"],
    ["周明远", "出席"],
    ["丁戊己", "出席"],
  ]);
  // A paragraph that names people in a sentence (授予…, 包括…) is no roster.
  expect(roles("党中央决定,授予钟明达、吴思远、韩立川同志“七一勋章”。").map(([, role]) => role)).toEqual([
    "提及",
    "提及",
    "提及",
  ]);
});

test("a clause that is a list of bare names, the page cut inside it (甲某、乙某某、…、戊......), names them", () => {
  const cut =
    "11月11日,省政协召开月度专题协商会。会上,省政协社会和法制委员会主任高文远作主题发言。宋立安、钟明达、吴思远、韩立川、周......";
  expect(roles(cut).map(([name]) => name)).toEqual(["高文远", "宋立安", "钟明达", "吴思远", "韩立川"]);
  // Three names, or a word among them, are no such list.
  expect(roles("会上,高文远作主题发言。安全、高效、便捷......").map(([name]) => name)).toEqual(["高文远"]);
});

test("a cut list's last name that swallows a verb the full text writes again (…钟明出 / 钟明出席) is the shorter name", () => {
  const teaserThenText =
    "5月5日,市政协主席高文远主持召开党组会议。宋立安、吴思远、韩立川、钟明出\n5月5日,市政协主席高文远主持召开党组会议。宋立安、吴思远、韩立川、钟明出席会议。";
  expect(roles(teaserThenText)).toEqual([
    ["高文远", "主持"],
    ["宋立安", "出席"],
    ["吴思远", "出席"],
    ["韩立川", "出席"],
    ["钟明", "出席"],
  ]);
});

test("a headline's bare name right after its date (2031年5月26日甲某某主持召开…) is who chairs", () => {
  expect(roles("2031年5月26日高文远主持召开省政府常务会议 研究部署有关工作")).toEqual([["高文远", "主持"]]);
  expect(roles("5月26日上午宋立安出席会议并讲话。")).toEqual([["宋立安", "讲话"]]);
});

test("a list closed by 等 and two kinds of people (等领导、学者, 等专家和嘉宾) shares the verb after it", () => {
  expect(roles("市委书记杜文明、研究院院长施国栋等领导、学者出席了推介会。")).toEqual([
    ["杜文明", "出席"],
    ["施国栋", "出席"],
  ]);
  expect(roles("研究院院长施国栋、教授罗志刚等专家和嘉宾参加论坛。")).toEqual([
    ["施国栋", "出席"],
    ["罗志刚", "出席"],
  ]);
});

test("an honorific after a name (博士, 先生, 女士) stands between it and its verb", () => {
  expect(roles("开幕式由研究中心主任蔡辉益博士主持。")).toEqual([["蔡辉益", "主持"]]);
  expect(roles("基金会理事长施国栋先生致辞,秘书长罗美华女士介绍了项目情况。")).toEqual([
    ["施国栋", "致辞"],
    ["罗美华", "讲话"],
  ]);
});

test("a scholar or a doctor named between an institute and a rank (某大学施国栋教授, 某卫生所罗美华主任医师) is found with both", () => {
  const found = (text: string) =>
    extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role, p.titles]);
  expect(found("邀请某大学施国栋教授、某研究所罗美华副研究员和某卫生所杜文明主任医师回答网友提问。")).toEqual([
    ["施国栋", "讲话", ["某大学教授"]],
    ["罗美华", "讲话", ["某研究所副研究员"]],
    ["杜文明", "讲话", ["某卫生所主任医师"]],
  ]);
  // A place ending as an institute does (场所) is none.
  expect(found("在公共场所施国栋主任检查工作。").map(([, , titles]) => titles)).toEqual([["主任"]]);
});

test("names listed before unnamed groups that end with any kind of staff (辅导员, 教师, 院长) share the verb after them", () => {
  const body = "会议强调,要坚持稳中求进工作总基调,扎实推进各项工作落地见效,确保各项任务按期完成。";
  const read = (text: string) => parseText(text + body)[0]!.people.map((p) => [p.name, p.role]);
  expect(
    read("5月6日,学校召开就业工作会议。校长施国栋、副校长罗美华,相关部门负责人、各学院院长和毕业班辅导员参加了会议。"),
  ).toEqual([
    ["施国栋", "出席"],
    ["罗美华", "出席"],
  ]);
  expect(read("5月6日,学校召开教学工作会议。副校长罗美华,全体教师参加会议。")).toEqual([["罗美华", "出席"]]);
});

test("who talks with others within the clause (与网友在线交流, 同基层干部对话) is there", () => {
  expect(roles("市长施国栋与网友在线交流。")).toEqual([["施国栋", "出席"]]);
  expect(roles("副省长罗美华同基层干部对话,听取意见建议。")).toEqual([["罗美华", "出席"]]);
  // Talks named further on, past the clause, are not.
  expect(roles("市长施国栋强调,要加强与兄弟城市交流。")).toEqual([["施国栋", "讲话"]]);
});

test("who arrives to tour (抵达某市,展开为期两天的考察调研) is on the visit", () => {
  expect(roles("4月8日,省委书记施国栋抵达某市,展开为期两天的考察调研。")).toEqual([["施国栋", "出席"]]);
  // An arrival alone says nothing of a tour.
  expect(roles("4月8日,省委书记施国栋抵达某市。")).toEqual([["施国栋", "提及"]]);
});

test("who stands for a body (代表公司参加授牌仪式) or steps onto the stage (上台发言) takes part", () => {
  expect(roles("3月27日,集团召开党群系统工作会。党委书记施国栋代表公司上台参加授牌仪式。")).toEqual([
    ["施国栋", "出席"],
  ]);
  expect(roles("3月27日,集团召开党群系统工作会。党委书记施国栋代表公司参加授牌仪式。")).toEqual([["施国栋", "出席"]]);
  expect(roles("3月27日,集团召开党群系统工作会。职工代表罗美华上台发言。")).toEqual([["罗美华", "讲话"]]);
});

test("names listed with unnamed office-holders who 等分别陪同 a visit accompany it", () => {
  const text =
    "10月27日,市委书记高文远深入乡镇、园区进行实地调研。市领导宋立安、钟明达、林海涛及有关部门负责人等分别陪同。";
  expect(parseText(text)[0]!.people.map((p) => [p.name, p.role])).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
    ["林海涛", "出席"],
  ]);
});

test("who inspects a matter, the place left out (就…开展调研), is on the visit; a speech from such a visit is not", () => {
  expect(roles("12日,区委副书记、区长高文远就区税务工作开展调研。")).toEqual([["高文远", "出席"]]);
  expect(roles("县委书记宋立安就全县城管工作进行座谈调研,听取情况汇报。")).toEqual([["宋立安", "出席"]]);
  expect(roles("会议传达了市委书记钟明达就乡村振兴工作开展调研时的讲话精神。")).toEqual([["钟明达", "提及"]]);
});

test("a body opening with 国家 or 中央 after a listed name is no name (甲、国家林业和草原局某办有关负责人参加)", () => {
  expect(roles("松岭林业局党委书记高文远、国家林业和草原局某专员办有关负责人参加会议。")).toEqual([["高文远", "出席"]]);
  expect(roles("松岭党校校长宋立安、中央党校有关负责同志出席。")).toEqual([["宋立安", "出席"]]);
});

test("who watches a performance or a film (观看演出) is there", () => {
  expect(roles("驻外大使钟明达观看演出。")).toEqual([["钟明达", "出席"]]);
  expect(roles("县委书记高文远、县长宋立安观看了文艺演出。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("whom a presidium's meeting designates (推定甲、乙为主席团常务主席) is there", () => {
  expect(roles("会议推定高文远、宋立安、钟明达为大会主席团常务主席;通过了大会执行主席名单。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("who is seated on the rostrum at any place of it (在主席台执行主席席就座) is there", () => {
  expect(roles("大会执行主席高文远、宋立安在主席台执行主席席就座。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("bare names listed with 和其他…成员 share the verb after them, 也 between (…和其他主席团成员也在主席台就座)", () => {
  expect(roles("高文远、宋立安、钟明达、吴思远和其他大会主席团成员也在主席台就座。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
    ["吴思远", "出席"],
  ]);
  expect(roles("副主任韩立川和其他委员也出席了会议。")).toEqual([["韩立川", "出席"]]);
});

test("a name in what the meeting or a speaker says (会议强调,…; 甲表示,…) is what was said, not who is there", () => {
  expect(
    roles("会议由主席高文远主持。高文远表示,宋立安同志出席庆祝大会并发表重要讲话,对做好工作提出明确要求。"),
  ).toEqual([
    ["高文远", "主持"],
    ["宋立安", "提及"],
  ]);
  expect(roles("会议强调,市长钟明达在某县考察时发表重要讲话,为做好工作提供了遵循。")).toEqual([["钟明达", "提及"]]);
  // A new sentence is the report's own again.
  expect(roles("会议强调,要抓好落实。副市长吴思远出席会议。")).toEqual([["吴思远", "出席"]]);
});

test("the session's executive chairs named after 大会的执行主席是 are there", () => {
  expect(
    roles("今天上午,政协第十一届某某省委员会第三次会议举行第二次全体会议。大会的执行主席是高文远、宋立安、钟明达。"),
  ).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("names a session makes its presidium's standing chairs (甲、乙、丙任…主席团常务主席) are at the session", () => {
  expect(
    roles(
      "会议审议通过了主席团常务主席名单,高文远、宋立安、钟明达任第十届县政协第一次会议主席团常务主席。会议由主席团常务主席高文远主持。",
    ),
  ).toEqual([
    ["高文远", "主持"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
  // A post of government is no session's: 决定甲任某局局长 names whom the decision is about.
  expect(roles("会议决定,吴思远任县财政局局长。")).toEqual([]);
});

test("the leaders a list says came to the event (莅临本次开班典礼的领导有:…) are there", () => {
  expect(
    roles(
      "10月12日,松岭师范学院举行培训项目开班典礼。莅临本次开班典礼的领导有:省教育厅人事处主任林一峰,松岭师范学院副校长张二明,市教育局科长王三川。",
    ),
  ).toEqual([
    ["林一峰", "出席"],
    ["张二明", "出席"],
    ["王三川", "出席"],
  ]);
});

test("names of rarer surnames (虢, 羿, 庹, 宓) keep a list of the session's chairs whole", () => {
  expect(
    roles("本次会议的执行主席虢正贵、余怀民、羿宝明、陈红日、庹兴亮、宓新华、朱用文在主席台前排就座。").map(
      ([name]) => name,
    ),
  ).toEqual(["虢正贵", "余怀民", "羿宝明", "陈红日", "庹兴亮", "宓新华", "朱用文"]);
});
