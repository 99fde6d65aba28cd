import { expect, test } from "vitest";
import { extractPeople } from "../../src/ingest/people";

const roles = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role]);

const titled = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.role, p.titles]);

test("named leaders followed by unnamed office-holders (副秘书长, 各委室主任) share their verb", () => {
  expect(roles("市政协副主席高文远、宋立安,秘书长钟明达,市政协副秘书长,各委室主任参加会议。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
});

test("a list closed by 领导等应邀出席 places everyone named in it", () => {
  expect(roles("区委书记高文远,区长宋立安,以及区委、区人大常委会领导等应邀出席并在主席台就座。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("a list closed by others following the meeting in a room (在某会议室收听收看) places the named", () => {
  expect(roles("副县长高文远,各乡镇、县直有关单位负责人等在县政府三楼会议室收听收看。")).toEqual([["高文远", "出席"]]);
});

test("a speaker invited from a central body's office (办公厅研究室副主任) speaks at a province's study session", () => {
  expect(titled("此次学习邀请了全国人大常委会办公厅研究室副主任高文远作专题辅导。")).toEqual([
    ["高文远", "讲话", ["全国人大常委会办公厅研究室副主任"]],
  ]);
});

test("a member named before 委员 who speaks for a party at a plenary (甲委员代表某党派市委发言) speaks there", () => {
  expect(roles("高文远委员代表民盟青川市委发言,提出了建议;宋立安委员代表市工商联发言。")).toEqual([
    ["高文远", "讲话"],
    ["宋立安", "讲话"],
  ]);
  expect(roles("市政协经济委员会主任钟明达出席。")).toEqual([["钟明达", "出席"]]);
});

test("two officials who sign an agreement (甲与乙签署协议) are both there, each with their own title", () => {
  expect(titled("青川市某区政协主席高文远与临江市政协主席宋立安签署《协同履职合作协议》。")).toEqual([
    ["高文远", "出席", ["青川市某区政协主席"]],
    ["宋立安", "出席", ["临江市政协主席"]],
  ]);
});

test("two officials joined by 与 share the verb after the second", () => {
  expect(roles("县委书记高文远与县长宋立安出席。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
});

test("a leader's 调研某地讲话精神 that a meeting studies is mentioned, not present", () => {
  expect(roles("区政协主席高文远主持会议。与会同志围绕市委书记宋立安调研我区讲话精神作了交流发言。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "提及"],
  ]);
});

test("a bare name on the rostrum (甲在主席台前排就座) is found and present", () => {
  expect(roles("开幕会由区政协主席高文远主持。宋立安在主席台前排就座。")).toEqual([
    ["高文远", "主持"],
    ["宋立安", "出席"],
  ]);
});

test("who leads a joint enforcement team on an action (带领…开展…执法行动) is on it, however long the team's make-up", () => {
  expect(roles("副县长高文远带领联合执法队在青石水库开展水源地保护联合执法行动。")).toEqual([["高文远", "出席"]]);
  expect(
    roles(
      "副县长宋立安带领由县生态环境分局、水利局、青石水库事务中心、县融媒体中心、石桥镇、南坪镇工作人员组成的联合执法队在青石水库开展水源地保护联合执法行动。",
    ),
  ).toEqual([["宋立安", "出席"]]);
});

test("titles 河长 and 总编 end a title chain; a name 前往 somewhere is found", () => {
  expect(titled("区政协主席、青溪河区级河长高文远前往某镇,宣讲会议精神。")).toEqual([
    ["高文远", "出席", ["区政协主席", "青溪河区级河长"]],
  ]);
  expect(titled("邀请某报社原总编宋立安作专题辅导报告。")).toEqual([["宋立安", "讲话", ["某报社原总编"]]]);
});

test("a township head named before the title (甲镇长作政府工作报告) speaks; a township's name before 镇长 is no person", () => {
  expect(roles("(高文远镇长作政府工作报告)")).toEqual([["高文远", "讲话"]]);
  expect(titled("李家镇长宋立安出席。")).toEqual([["宋立安", "出席", ["李家镇长"]]]);
});

test("a name of surname 向 after a title, before 主持 or 出席, is found; 向 before an audience stays a preposition", () => {
  expect(roles("区政协主席向文远主持会议。")).toEqual([["向文远", "主持"]]);
  expect(roles("主席向大会报告工作。")).toEqual([]);
});

test("a two-character name of surname 向 (州政协主席向秋主持会议) is found too", () => {
  expect(roles("州政协主席向秋主持会议。")).toEqual([["向秋", "主持"]]);
  expect(roles("县长向东出席会议。")).toEqual([["向东", "出席"]]);
});

test("a short bracketed part inside a title (教科文卫(民宗侨外)工委主任) stays in the title", () => {
  expect(titled("市委宣讲团成员、市人大教科文卫(民宗侨外)工委主任高文远作专题宣讲报告。")).toEqual([
    ["高文远", "讲话", ["市委宣讲团成员", "市人大教科文卫(民宗侨外)工委主任"]],
  ]);
});

test("who sets out demands point by point (在会上,从…等三个方面提出工作要求) speaks at the meeting", () => {
  expect(roles("镇党委书记高文远在会上,从抓好民生、加强代表联络站建设等两个方面提出工作要求。")).toEqual([
    ["高文远", "讲话"],
  ]);
});

test("who travels somewhere and does the work there after a comma (前往某镇,宣传宣讲) is on the visit", () => {
  expect(roles("区政协主席高文远前往青石镇,宣传宣讲会议精神。")).toEqual([["高文远", "出席"]]);
  expect(roles("区长宋立安前往青石镇,与群众交谈。")).toEqual([["宋立安", "提及"]]);
});

test("names before their count and shared title (甲、乙、丙三位委员分别…汇报) are those speakers, with that title", () => {
  expect(titled("会上,高文远、宋立安、钟明达三位委员分别就各自的调研课题向与会领导作了汇报。")).toEqual([
    ["高文远", "讲话", ["委员"]],
    ["宋立安", "讲话", ["委员"]],
    ["钟明达", "讲话", ["委员"]],
  ]);
});

test("a sentence that opens with titles run on past a comma (秘书长、党组成员,办公厅主任、党组书记甲) gives them all", () => {
  expect(titled("会议召开。市人大常委会副秘书长、机关党组成员,研究室主任、党支部书记高文远主持会议。")).toEqual([
    ["高文远", "主持", ["市人大常委会副秘书长", "机关党组成员", "研究室主任", "党支部书记"]],
  ]);
  expect(titled("会议召开。市委书记高文远,市长宋立安出席会议。")).toEqual([
    ["高文远", "出席", ["市委书记"]],
    ["宋立安", "出席", ["市长"]],
  ]);
});

test("a list of names and groups split by semicolons (…检察长丁;某办公室,各局的负责同志;各镇人大主席列席会议) shares its verb", () => {
  expect(
    roles(
      "旗政府常务副旗长高文远,旗法院院长宋立安,旗检察院检察长钟明达;旗人大常委会办公室,旗财政局、审计局的负责同志;各镇的人大主席列席会议。",
    ),
  ).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
  ]);
  // A name with a verb of its own keeps it: 主持 before the semicolon.
  expect(roles("旗人大常委会主任石一川主持会议;各局的负责同志列席会议。")).toEqual([["石一川", "主持"]]);
});

test("a list of bare names with 和 inside it (甲、乙和丙、丁在主席台就座) is one list, each name seated", () => {
  expect(roles("省领导高文远主持会议。\n钟明达、宋立安、林海涛和王建华、陈立新、刘志强在主席台就座。")).toEqual([
    ["高文远", "主持"],
    ["钟明达", "出席"],
    ["宋立安", "出席"],
    ["林海涛", "出席"],
    ["王建华", "出席"],
    ["陈立新", "出席"],
    ["刘志强", "出席"],
  ]);
});

test("bare names before 当选, dotted names with long first parts among them (古丽巴尔琴·赛力克拜), are the people elected", () => {
  expect(
    roles(
      "大会选举产生了政协主席、副主席。赛尔建·乌合拜当选为政协主席;高文远、宋立安、古丽巴尔琴·赛力克拜、努拉合买提·祖农当选为政协副主席。",
    ).map(([name]) => name),
  ).toEqual(["赛尔建·乌合拜", "高文远", "宋立安", "古丽巴尔琴·赛力克拜", "努拉合买提·祖农"]);
});

test("who a session elects (选举甲为团长, 推定乙、丙为常务主席) is there; whom a standing committee appoints, mentioned", () => {
  expect(roles("会议推选松岭自治州党委书记高文远为代表总团团长;州党委副书记、州长宋立安为副团长。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
  ]);
  // 选举 in a committee's name is no election.
  expect(
    roles("会议经表决,任命宋立安为省人大常委会人事代表选举工作委员会主任,任命副主任钟明达为农业与农村工作委员会主任。"),
  ).toEqual([
    ["宋立安", "提及"],
    ["钟明达", "提及"],
  ]);
});
