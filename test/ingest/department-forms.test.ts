import { expect, test } from "vitest";
import { extractPeople } from "../../src/ingest/people";

const people = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role, p.titles.join("、")]);

test("a section head named before the title (甲处长, 乙副处长) takes part as the verb after it says", () => {
  expect(
    people("会上,省财政厅综合处高文远处长首先传达了全国会议精神,信息处宋立安副处长就推广情况进行了介绍。"),
  ).toEqual([
    ["高文远", "传达", "处长"],
    ["宋立安", "讲话", "副处长"],
  ]);
  expect(people("会上,钟明达副校长通报了有关情况。")).toEqual([["钟明达", "讲话", "副校长"]]);
});

test("a name never swallows the 作 of 作关于…的说明 or 作《…》", () => {
  expect(people("省委常委、组织部部长高远作关于补选省政协副主席候选人名单(草案)的说明。")).toEqual([
    ["高远", "讲话", "省委常委、组织部部长"],
  ]);
  expect(people("副市长宋安作《关于全市财政预算执行情况的报告》。")).toEqual([["宋安", "讲话", "副市长"]]);
});

test("what a meeting adopted 由 a titled speaker: the verb before 由 is no part of the title", () => {
  expect(people("大会审议通过了由镇党委书记高文远代表镇第十届委员会向大会所作的报告。")).toEqual([
    ["高文远", "讲话", "镇党委书记"],
  ]);
});

test("who speaks 以《…》为题 to an audience speaks at the event", () => {
  expect(people("学校保卫处副处长高文远以《平安校园 与你同行》为题,为新生讲授入学安全第一课。")).toEqual([
    ["高文远", "讲话", "学校保卫处副处长"],
  ]);
});

test("hosts who hold a 见面会 with members of a session are there, however long the guests' description", () => {
  expect(
    people(
      "1月18日晚,市委书记高文远,市委副书记、市长宋立安,市政协党组书记钟明达与参加市政协十届四次会议的港澳委员、海外特邀嘉宾和某市海外之友联谊会特邀代表举行见面会。",
    ),
  ).toEqual([
    ["高文远", "出席", "市委书记"],
    ["宋立安", "出席", "市委副书记、市长"],
    ["钟明达", "出席", "市政协党组书记"],
  ]);
});

test("a name no rule reads, between a title and a 、 before the next titled name, is that title's", () => {
  expect(people("省委书记高文远、省政协主席多杰才旦、省人大常委会副主任宋立安等省领导会见代表。")).toEqual([
    ["高文远", "出席", "省委书记"],
    ["多杰才旦", "出席", "省政协主席"],
    ["宋立安", "出席", "省人大常委会副主任"],
  ]);
  expect(people("并向省政府办公厅原副巡视员过明安、某公司总经理宋立安颁发聘书。").map((p) => p[0])).toEqual([
    "过明安",
    "宋立安",
  ]);
  // 候选人 and 助理 stand there as words of a title, not as names.
  expect(people("市政协副主席候选人、旗委书记高文远主持会议。").map((p) => p[0])).toEqual(["高文远"]);
  expect(people("在市长助理、公安局局长宋立安陪同下,市长钟明达调研。").map((p) => p[0])).toEqual(["宋立安", "钟明达"]);
});

test("two names before the leaders they are (甲、乙等市领导) share the verb after them", () => {
  expect(people("高文远、宋立安等市领导出席。")).toEqual([
    ["高文远", "出席", "市领导"],
    ["宋立安", "出席", "市领导"],
  ]);
  // Two words of a plan are no names.
  expect(people("会议要求,统筹、协调等同志参加。")).toEqual([]);
});

test("names listed bare after the words that open a list of those present are there", () => {
  expect(people("出席活动的领导有:高文远、宋立安、钟明达。")).toEqual([
    ["高文远", "出席", ""],
    ["宋立安", "出席", ""],
    ["钟明达", "出席", ""],
  ]);
  expect(people("参加会议的还有高文远、宋立安等。").map((p) => p[0])).toEqual(["高文远", "宋立安"]);
  // Words, not names, after the opener: nothing is taken.
  expect(people("参加会议的有机关、基层代表。")).toEqual([]);
});

test("a name with its posts after it in brackets takes them, and its verb after the bracket", () => {
  expect(people("高文远(省委常委、秘书长)出席会议并讲话。")).toEqual([["高文远", "讲话", "省委常委、秘书长"]]);
  expect(people("会上,宋立安（市政协副主席）、钟明达（市政协秘书长）列席。")).toEqual([
    ["宋立安", "出席", "市政协副主席"],
    ["钟明达", "出席", "市政协秘书长"],
  ]);
  // A bracket that holds no post names no one.
  expect(people("高文远(2019年)出席")).toEqual([]);
});

test("a list of bare names on the rostrum may hold Mongolian names with 日 or ending in 和", () => {
  expect(people("宋一亮、郝二荣、高三琦、巴日格其、张四强在主席台前排就座。").map((p) => p[0])).toEqual([
    "宋一亮",
    "郝二荣",
    "高三琦",
    "巴日格其",
    "张四强",
  ]);
  expect(people("杨一波、孙二云、梁三远、巴根那、布和等在主席台上就座。")).toEqual([
    ["杨一波", "出席", ""],
    ["孙二云", "出席", ""],
    ["梁三远", "出席", ""],
    ["巴根那", "出席", ""],
    ["布和", "出席", ""],
  ]);
  // The list's last entry before its verb, not closed by 等, still needs a name's characters.
  expect(people("杨一波、孙二云、梁三远、今日在主席台就座。")).toEqual([]);
});

test("a four-character name in a list that three characters would cut short (旗长孟和达来、) is whole", () => {
  expect(people("旗委书记李一楠、旗委副书记、旗长孟和达来、旗人大常委会主任赵二新出席会议。")).toEqual([
    ["李一楠", "出席", "旗委书记"],
    ["孟和达来", "出席", "旗委副书记、旗长"],
    ["赵二新", "出席", "旗人大常委会主任"],
  ]);
  // A word after the name is not read into it: 到 is no name's character.
  expect(people("副县长李明到、王刚").map((p) => p[0])).toEqual(["李明"]);
});

test("names listed before a group of conveners (各代表团召集人参加会议) share its verb", () => {
  expect(people("县人大常委会副主任石一莉、王二荣,县人大常委会党组成员高三顺,各代表团召集人参加会议。")).toEqual([
    ["石一莉", "出席", "县人大常委会副主任"],
    ["王二荣", "出席", "县人大常委会副主任"],
    ["高三顺", "出席", "县人大常委会党组成员"],
  ]);
});

test("a list of those present goes on past a semicolon between its groups", () => {
  expect(
    people("出席会议的还包括经济财政司司长戴一业、行政长官办公室主任陈二格;某促进会常务会长廖三斌,会长卢四荣等。").map(
      (p) => [p[0], p[1]],
    ),
  ).toEqual([
    ["戴一业", "出席"],
    ["陈二格", "出席"],
    ["廖三斌", "出席"],
    ["卢四荣", "出席"],
  ]);
});

test("a bare list of names may open with a dotted name and hold Tibetan ones", () => {
  expect(people("会议开始。帕巴拉·格列一杰、热地、白玛赤林、洛桑江村、邓小刚出席会议。").map((p) => p[0])).toEqual([
    "帕巴拉·格列一杰",
    "热地",
    "白玛赤林",
    "洛桑江村",
    "邓小刚",
  ]);
});

test("a bare name before what it speaks on and to whom (甲就《…》讨论稿向全会作了说明) speaks", () => {
  expect(people("会议由中央政治局主持。宋立安就《章程(修正案)》讨论稿向全会作了说明。")).toEqual([
    ["宋立安", "讲话", ""],
  ]);
  // A bare name before 就 and no speaking verb is not taken.
  expect(people("会议指出。宋立安就此事表示赞同。")).toEqual([]);
});

test("a photo's position in brackets and a venue of any name may stand between a name and its verb", () => {
  expect(people("财政司司长林一峰(右)9月26日在东区出席大楼开幕典礼。")).toEqual([["林一峰", "出席", "财政司司长"]]);
  expect(people("行政长官张二明(左四)9月27日在会议展览中心主持颁奖礼。")).toEqual([["张二明", "主持", "行政长官"]]);
  // A speech given elsewhere is still only mentioned.
  expect(people("市委书记钟明达在全市大会讲话中指出,要抓好落实。")).toEqual([["钟明达", "提及", "市委书记"]]);
});

test("a report the meeting heard is its speaker's, however many posts what it concerns lists", () => {
  expect(
    people(
      "会议听取了州委常委、州委组织部部长翁一斌作关于州第十五届人民代表大会常务委员会主任、副主任、秘书长、委员,州第十五届人民政府州长、副州长,州监察委员会主任、州中级人民法院院长、州人民检察院检察长候选人建议名单的说明。",
    ),
  ).toEqual([["翁一斌", "讲话", "州委常委、州委组织部部长"]]);
});

test("who a session elects (选举甲为主席, 选举乙、丙为副主席) is there; so is one who meets its members (与委员们见面)", () => {
  expect(
    people(
      "大会通过无记名投票的方式,选举申一强为政协某旗第十二届委员会主席,选举李二革、李三晖为政协某旗第十二届委员会副主席。",
    ),
  ).toEqual([
    ["申一强", "出席", ""],
    ["李二革", "出席", ""],
    ["李三晖", "出席", ""],
  ]);
  expect(people("会后,新当选的政协主席申一强与委员们见面。")).toEqual([["申一强", "出席", "新当选的政协主席"]]);
});

test("the next clause of an election, its verb left out (选举甲为主席,乙、丙为副主席), names the elected too", () => {
  expect(people("会议选举高文远为代表团团长,宋立安、钟明达为副团长。")).toEqual([
    ["高文远", "出席", ""],
    ["宋立安", "出席", ""],
    ["钟明达", "出席", ""],
  ]);
  // A list the lexicon knows most surnames of, one of a surname it lacks (禄): all of them; never a post.
  expect(people("会议选举禄春华、宋立安、钟明达同志为副主席。")).toEqual([
    ["禄春华", "出席", ""],
    ["宋立安", "出席", ""],
    ["钟明达", "出席", "同志"],
  ]);
  expect(people("会议选举秘书长、宋立安同志为常务委员。").map(([name]) => name)).toEqual(["宋立安"]);
  // A clause that elects no one (…为群众办实事) names no one.
  expect(people("会议选举高文远为主席,要求各单位为群众办实事。")).toEqual([["高文远", "出席", ""]]);
});

test("the body a plenum has just elected, listed after 新一届…还包括, is there", () => {
  expect(people("松岭新一届市委常委还包括市委副书记:高文远、宋立安,市委常委:钟明达、李文华等4人。")).toEqual([
    ["高文远", "出席", "市委副书记"],
    ["宋立安", "出席", "市委副书记"],
    ["钟明达", "出席", "市委常委"],
    ["李文华", "出席", "市委常委"],
  ]);
});

test("a foreign guest's post (大使, 大臣, 总统) is a title; the guest met is there, with the title the guest holds", () => {
  expect(people("省长高文远会见美国驻华大使彭博一行。")).toEqual([
    ["高文远", "出席", "省长"],
    ["彭博", "出席", "美国驻华大使"],
  ]);
  expect(people("司长林一峰在伦敦与英国财政大臣夏文达会面,就经贸合作交换意见。").map((p) => [p[0], p[1]])).toEqual([
    ["林一峰", "出席"],
    ["夏文达", "出席"],
  ]);
});
