import { describe, expect, test } from "vitest";
import { extractPeople } from "../../src/ingest/people";
import { parseText } from "../../src/ingest";

const people = (text: string, isSpeech = false) =>
  extractPeople(text, { isSpeech, fullNamesInFile: () => [] }).map((p) => ({
    name: p.name,
    role: p.role,
    titles: p.titles,
    aliases: p.aliases,
  }));

describe("names after a title chain", () => {
  test("titles as written, role from the verb", () => {
    expect(people("省民政厅党组书记、厅长庄严出席会议并讲话。")).toEqual([
      { name: "庄严", role: "讲话", titles: ["省民政厅党组书记", "厅长"], aliases: [] },
    ]);
  });
  test("主持 outranks 讲话; 致辞 outranks 出席; 传达 outranks 讲话", () => {
    expect(people("厅党组书记、厅长陈斌主持会议并讲话。")[0]!.role).toBe("主持");
    expect(people("滨州市委副书记、市长李春田出席会议并致辞。")[0]!.role).toBe("致辞");
    expect(people("厅长李丽传达习近平总书记重要讲话和会议精神。")[0]!.role).toBe("传达");
  });
  test("a name in a list shares the verb of the last name", () => {
    expect(people("省委省直机关工委副书记刘渊,省民政厅厅长庄严出席会议并讲话。").map((p) => [p.name, p.role])).toEqual([
      ["刘渊", "讲话"],
      ["庄严", "讲话"],
    ]);
    expect(
      people("会上,南宁市民政局局长李建国、柳州市民政局局长赵海燕等分别作交流发言。").map((p) => [
        p.name,
        p.role,
        p.titles,
      ]),
    ).toEqual([
      ["李建国", "讲话", ["南宁市民政局局长"]],
      ["赵海燕", "讲话", ["柳州市民政局局长"]],
    ]);
  });
  test("作…报告 is speaking; 参加…并作…讲话 too", () => {
    expect(people("邀请省委讲师团兼职教授、南京陆军指挥学院教授张政文作专题辅导报告。")).toEqual([
      { name: "张政文", role: "讲话", titles: ["省委讲师团兼职教授", "南京陆军指挥学院教授"], aliases: [] },
    ]);
    expect(people("省民政厅副厅长杜文革参加开班仪式并作动员讲话。")[0]!.role).toBe("讲话");
  });
  test("a common word is not a name without a title or a verb", () => {
    expect(people("会场气氛庄严肃穆,大家庄严宣誓。")).toEqual([]);
  });
});

describe("names before a title", () => {
  test("an organisation before the name joins the title", () => {
    expect(people("省委易炼红书记对全省学习贯彻工作作出部署。")).toEqual([
      { name: "易炼红", role: "提及", titles: ["省委书记"], aliases: [] },
    ]);
  });
  test("national leaders are mentioned, never present", () => {
    expect(people("李强总理所作政府工作报告。")).toEqual([
      { name: "李强", role: "提及", titles: ["总理"], aliases: [] },
    ]);
    expect(people("学习贯彻习近平总书记参加江苏代表团审议时的重要讲话。")[0]).toMatchObject({
      name: "习近平",
      role: "提及",
    });
    expect(people("以习近平新时代中国特色社会主义思想为指导。")).toEqual([
      { name: "习近平", role: "提及", titles: ["总书记"], aliases: [] },
    ]);
  });
  test("a given name alone is joined to the full name the text has", () => {
    expect(people("传达陆治原部长的讲话要求。6月12日,治原部长指出,重庆的做法有创新。")).toEqual([
      { name: "陆治原", role: "提及", titles: ["部长"], aliases: ["治原"] },
    ]);
  });
  test("a given name alone before a title stands when no full name is known", () => {
    expect(people("。彦铮副市长靠前指挥,先后出席开园仪式。")).toEqual([
      { name: "彦铮", role: "提及", titles: ["副市长"], aliases: [] },
    ]);
  });
  test("words that stand where names do are not names", () => {
    expect(people("会议由常务副市长主持,分管副市长出席,中南大学教授授课。")).toEqual([]);
  });
});

describe("who is not a person in the story", () => {
  test("bylines", () => {
    expect(people("记者 王小明 报道。通讯员:李四")).toEqual([]);
  });
  test("everyone a speech transcript names is only mentioned", () => {
    expect(people("彦铮副市长出席开园仪式。市长张三主持会议。", true).map((p) => p.role)).toEqual(["提及", "提及"]);
  });
  test("people praised in a report are mentioned", () => {
    expect(people("涌现出91岁离休干部袁玉芳同志两次上交特殊党费、军嫂程凤同志照料婆婆等先进事迹。")).toEqual([
      { name: "袁玉芳", role: "提及", titles: ["91岁离休干部"], aliases: [] },
      { name: "程凤", role: "提及", titles: ["军嫂"], aliases: [] },
    ]);
  });
});

test("every mention of a person has a span into the text", () => {
  const text = "厅长庄严出席会议。庄严强调,要抓落实。";
  const [person] = extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] });
  expect(person!.spans.map((s) => text.slice(s.start, s.end))).toEqual(["庄严", "庄严"]);
  expect(person!.spans).toEqual([
    { start: 2, end: 4 },
    { start: 9, end: 11 },
  ]);
});

test("发表讲话, 致欢迎词 and 讲授党课 are roles too", () => {
  expect(people("市委书记张三发表重要讲话。").map((p) => p.role)).toEqual(["讲话"]);
  expect(people("市长李四致欢迎词。").map((p) => p.role)).toEqual(["致辞"]);
  expect(people("厅党组书记王五讲授专题党课。").map((p) => p.role)).toEqual(["讲话"]);
});

test("a sentence is read for names in its first 2,000 characters", () => {
  const filler = "会".repeat(2000);
  expect(people(`厅长庄严出席会议,${filler},局长李建国出席会议。`).map((p) => p.name)).toEqual(["庄严"]);
  expect(people(`厅长庄严出席会议。${filler}。局长李建国出席会议。`).map((p) => p.name)).toEqual(["庄严", "李建国"]);
  // A list of names after one title stops there too.
  const list = `副县长${"刘伟、".repeat(700)}陈晓东出席会议。`;
  expect(people(list).map((p) => p.name)).toEqual(["刘伟"]);
});

describe("how real reports list and name people", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role, p.titles.join("、")]);
  test("names in a list closed by one verb share it, through 和 and an interleaved title", () => {
    expect(roles("副主任甲一平、乙二平、丙三平和秘书长丁四平出席会议。".replace(/[甲乙丙丁]/g, "王"))).toEqual([
      ["王一平", "出席", "副主任"],
      ["王二平", "出席", "副主任"],
      ["王三平", "出席", "副主任"],
      ["王四平", "出席", "秘书长"],
    ]);
  });
  test("呼和浩特 is a city, not a list joined by 和", () => {
    expect(roles("呼和浩特市民政局局长李建国出席会议。")).toEqual([["李建国", "出席", "呼和浩特市民政局局长"]]);
  });
  test("a name never swallows the verb after it: 钱文作说明 is 钱文; 王作安 keeps his name", () => {
    expect(roles("省发展改革委主任钱文作说明。")).toEqual([["钱文", "讲话", "省发展改革委主任"]]);
    expect(roles("国家宗教局局长王作安出席会议。")).toEqual([["王作安", "出席", "国家宗教局局长"]]);
  });
  test("a report the meeting heard places its author there", () => {
    expect(roles("会议听取了省人大财经委主任委员周强关于预算执行情况的汇报。")).toEqual([
      ["周强", "讲话", "省人大财经委主任委员"],
    ]);
    expect(roles("学习省委书记刘明关于全面从严治党的重要论述。")).toEqual([["刘明", "提及", "省委书记"]]);
  });
  test("a date between a name and its verb", () => {
    expect(roles("国务院总理李明3月7日主持召开国务院常务会议。")[0]![0]).toBe("李明");
    expect(roles("市长张军14日上午出席活动。")).toEqual([["张军", "出席", "市长"]]);
  });
  test("介绍, 汇报 and 作说明 are speaking at the meeting", () => {
    expect(roles("市发展改革委主任赵明介绍了有关情况。")).toEqual([["赵明", "讲话", "市发展改革委主任"]]);
    expect(roles("县财政局局长孙亮汇报了预算执行情况。")).toEqual([["孙亮", "讲话", "县财政局局长"]]);
  });
  test("names written with middle dots", () => {
    expect(roles("自治区政协党组书记、主席艾山·买买提明主持会议。党组成员阿依古丽·吐尔逊、王小兵出席。")).toEqual([
      ["艾山·买买提明", "主持", "自治区政协党组书记、主席"],
      ["阿依古丽·吐尔逊", "出席", "党组成员"],
      ["王小兵", "出席", "党组成员"],
    ]);
  });
  test("a wire dateline is not part of a title", () => {
    expect(roles("新华社北京3月8日电 国务院总理李明主持会议。")[0]![2]).toBe("国务院总理");
  });
});

describe("lists and speakers as real reports write them", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role]);
  test("a long attendance list shares its verb to the first name", () => {
    const names = ["李一平", "王二平", "张三平", "刘四平", "陈五平", "杨六平", "赵七平", "黄八平"];
    expect(roles(`省人大常委会副主任${names.join("、")}出席会议。`)).toEqual(names.map((n) => [n, "出席"]));
  });
  test("a list after a title may open with a name of a rare surname, and hold names with 会 or 于", () => {
    expect(roles("省政协副主席德哇仓、王锐、葛会波、于秀明,秘书长陈伟出席会议。")).toEqual([
      ["德哇仓", "出席"],
      ["王锐", "出席"],
      ["葛会波", "出席"],
      ["于秀明", "出席"],
      ["陈伟", "出席"],
    ]);
  });
  test("a list after a title may open with two names of no known surname before one with a surname", () => {
    expect(roles("市政协副主席亚吉、达瓦、高文远及秘书长宋立安出席。")).toEqual([
      ["亚吉", "出席"],
      ["达瓦", "出席"],
      ["高文远", "出席"],
      ["宋立安", "出席"],
    ]);
  });
  test("a count of members, a comma and the names counted (五位议员,甲、乙…) is a list under that title", () => {
    const found = people("接着有三位议员,高文远、宋立安和钟明达,分别就他们的看法与来宾交流。");
    expect(found.map((p) => [p.name, p.role, p.titles.join("、")])).toEqual([
      ["高文远", "讲话", "议员"],
      ["宋立安", "讲话", "议员"],
      ["钟明达", "讲话", "议员"],
    ]);
  });
  test("words in a list after a title are not names", () => {
    expect(roles("邀请专家授课、现场教学、情景教学等方式开展培训。")).toEqual([]);
  });
  test("reports the meeting heard, one after another", () => {
    expect(
      roles(
        "会议听取了自治区人社厅厅长翟一平作的关于《条例(草案)》的说明;自治区水利厅厅长王二平作的关于《条例》的说明。",
      ),
    ).toEqual([
      ["翟一平", "讲话"],
      ["王二平", "讲话"],
    ]);
  });
  test("what a speaker speaks about stands between the name and the verb", () => {
    expect(roles("市委党校教授周一平围绕《条例》作“依规治党”专题辅导报告。")).toEqual([["周一平", "讲话"]]);
    expect(roles("民盟市委会主委陈一平、无党派人士代表张二平等围绕主题,结合各自工作作了发言。")).toEqual([
      ["陈一平", "讲话"],
      ["张二平", "讲话"],
    ]);
  });
  test("等县级领导出席 is present; 率代表团赴…考察 too; 受…委托 is not", () => {
    expect(roles("县委书记田一平,县委副书记、县长毕二平等县级领导出席会议。")).toEqual([
      ["田一平", "出席"],
      ["毕二平", "出席"],
    ]);
    expect(roles("市委书记许一平率市党政代表团赴浙江省湖州市学习考察。")).toEqual([["许一平", "出席"]]);
    expect(roles("受自治区党委书记孙一平委托,常务副主任林二平主持会议。")).toEqual([
      ["孙一平", "提及"],
      ["林二平", "主持"],
    ]);
  });
  test("a name never swallows 陪同", () => {
    expect(roles("湖州市委书记陈浩陪同考察。")).toEqual([["陈浩", "出席"]]);
  });
});

describe("names real lists hold", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role]);
  test("长 and 书 in names; 王校长 and 刘书记 are not names", () => {
    expect(roles("市委常委孙书申、刘长青出席会议。")).toEqual([
      ["孙书申", "出席"],
      ["刘长青", "出席"],
    ]);
    expect(roles("会议由副市长王校长主持。").map(([name]) => name)).not.toContain("王校长");
  });
  test("a list goes on after 和 to a full name", () => {
    expect(roles("厅领导卢一勇、董二选和汤三超、庞四军出席会议。")).toEqual([
      ["卢一勇", "出席"],
      ["董二选", "出席"],
      ["汤三超", "出席"],
      ["庞四军", "出席"],
    ]);
  });
  test("names listed with no title at the start of a clause", () => {
    expect(roles("厅长龙一吉主持,汪一舟、钟二富、余钢、周平等出席。")).toEqual([
      ["龙一吉", "主持"],
      ["汪一舟", "出席"],
      ["钟二富", "出席"],
      ["余钢", "出席"],
      ["周平", "出席"],
    ]);
    expect(roles("会议强调,创新、协调、绿色、开放出席率要提高。")).toEqual([]);
  });
  test("a four-character name with no surname between a title and its verb", () => {
    expect(roles("局党组书记、副局长次仁卓嘎主持会议。")).toEqual([["次仁卓嘎", "主持"]]);
    expect(roles("局领导班子成员出席会议。")).toEqual([]);
  });
  test("a 全国人大代表 at a provincial meeting is there, not a national leader", () => {
    expect(roles("全国人大代表、省教育厅党组书记、厅长蒋一忠传达会议精神。")).toEqual([["蒋一忠", "传达"]]);
  });
});

test("a dotted name ends a list before its verb; a heard report may name its subject at length", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role]);
  expect(roles("自治区人大常委会副主任王一平、雪克来提·扎克尔出席会议。")).toEqual([
    ["王一平", "出席"],
    ["雪克来提·扎克尔", "出席"],
  ]);
  expect(roles("会议听取了自治区人大常委会秘书长刘一奇作的其他拟提请表决事项审议情况的汇报。")).toEqual([
    ["刘一奇", "讲话"],
  ]);
});

test("a list closed by 和委员共33人出席 shares that verb", () => {
  expect(
    people("市人大常委会主任李一林主持会议,副主任李一毅、彭一松,秘书长罗一强和委员共33人出席会议。").map((p) => [
      p.name,
      p.role,
    ]),
  ).toEqual([
    ["李一林", "主持"],
    ["李一毅", "出席"],
    ["彭一松", "出席"],
    ["罗一强", "出席"],
  ]);
});

describe("lists and speakers of real reports", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role]);
  test("a list that runs on through unnamed entries shares the verb at its end", () => {
    expect(
      roles(
        "副市长甘一秀,市中级人民法院院长包二林,市人民检察院检察长卫三川,市级相关部门负责人,各县人大常委会主要负责人,3名乡镇人大主席列席会议。",
      ),
    ).toEqual([
      ["甘一秀", "出席"],
      ["包二林", "出席"],
      ["卫三川", "出席"],
    ]);
    expect(roles("州委常委宋一凡,县委书记邱二亮及工业园区领导陪同。")).toEqual([
      ["宋一凡", "出席"],
      ["邱二亮", "出席"],
    ]);
  });
  test("a given name may hold 月", () => {
    expect(roles("副省长赵月芝、钱一波出席会议。")).toEqual([
      ["赵月芝", "出席"],
      ["钱一波", "出席"],
    ]);
  });
  test("names after 出席…的有, 随同…的包括 or 成员包括 are present", () => {
    expect(roles("随同行政长官前往南方的包括财政局局长方一鸣、办公室主任柯二岚,以及外事办主任冯三荣等。")).toEqual([
      ["方一鸣", "出席"],
      ["柯二岚", "出席"],
      ["冯三荣", "出席"],
    ]);
    expect(people("随同前往的包括经济财政司司长梁一特。")[0]!.titles).toEqual(["经济财政司司长"]);
    expect(roles("代表团成员包括发展局局长聂一权和教育局副局长蔡二莲。")).toEqual([
      ["聂一权", "出席"],
      ["蔡二莲", "出席"],
    ]);
  });
  test("作的关于…的说明, 作了《…》的报告, 进行交流发言, 作研讨交流 are speaking", () => {
    expect(roles("会议听取了省司法厅厅长白一平作的省人民政府关于普法决议执行情况的报告。")).toEqual([
      ["白一平", "讲话"],
    ]);
    expect(roles("县委书记徐一金作了《统一思想、坚定信心》的报告。")).toEqual([["徐一金", "讲话"]]);
    expect(roles("街道办事处主任黄一滨,街道调研员王二良分别进行交流发言。")).toEqual([
      ["黄一滨", "讲话"],
      ["王二良", "讲话"],
    ]);
    expect(roles("区领导谈一伟、杭二芳围绕主题作研讨交流。")).toEqual([
      ["谈一伟", "讲话"],
      ["杭二芳", "讲话"],
    ]);
    expect(roles("法学院院长薛一凌为与会人员作了新《行政诉讼法》专题辅导讲座。")).toEqual([["薛一凌", "讲话"]]);
  });
});

test("a name without a title opening a clause before how its owner took part: 作工作报告, 领学, 宣读", () => {
  expect(people("县长吕一平主持会议。柴二明作工作报告,岑三芳领学,邬四强宣读了有关文件。")).toEqual([
    { name: "吕一平", role: "主持", titles: ["县长"], aliases: [] },
    { name: "柴二明", role: "讲话", titles: [], aliases: [] },
    { name: "岑三芳", role: "讲话", titles: [], aliases: [] },
    { name: "邬四强", role: "讲话", titles: [], aliases: [] },
  ]);
  expect(people("柴二明作工作报告。").map((p) => [p.name, p.role])).toEqual([["柴二明", "讲话"]]);
  // Words that open clauses the same way are no names: 会议, 大会.
  expect(people("会议主持人宣布开会,大会通报了表彰决定。")).toEqual([]);
});

test("who leads a delegation (率…访问团访问…) is on its visit, with the members named after it", () => {
  expect(
    people("副省长卓一平率经贸访问团访问某国。访问团成员还有省商务厅厅长蒙二华、省发展改革委副主任韦三林。").map(
      (p) => [p.name, p.role],
    ),
  ).toEqual([
    ["卓一平", "出席"],
    ["蒙二华", "出席"],
    ["韦三林", "出席"],
  ]);
});

test("a dotted name before 和/及 closes the list: the last name's title is its own", () => {
  expect(people("副主席柯一平、阿不都某某·买某提和秘书长韦二新出席。").map((p) => [p.name, p.titles])).toEqual([
    ["柯一平", ["副主席"]],
    ["阿不都某某·买某提", ["副主席"]],
    ["韦二新", ["秘书长"]],
  ]);
});

test("在…分会场 and 在会上对…分别谈了打算 stand between a name and its verb; 和市委常委出席 closes a list", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role]);
  expect(roles("市长张一川在城南分会场出席会议并讲话。")).toEqual([["张一川", "讲话"]]);
  expect(roles("副市长崔一刚、侯二敏在会上对推进重点工作、重要事项及重大工程,分别谈了打算设想。")).toEqual([
    ["崔一刚", "讲话"],
    ["侯二敏", "讲话"],
  ]);
  expect(roles("市委副书记张二平和市委常委出席会议。")).toEqual([["张二平", "出席"]]);
});

test("the leaders of a delegation (由团长甲、副团长乙率领的…) were there", () => {
  expect(people("由团长徐一新、副团长白二民率领的考察团来县视察。").map((p) => [p.name, p.role])).toEqual([
    ["徐一新", "出席"],
    ["白二民", "出席"],
  ]);
});

test("a post taken up or given (第一书记任职宣布大会, 局长任命) is no name", () => {
  expect(people("松岭警备区党委第一书记任职宣布大会召开。副司令员高文远宣读决定。").map((p) => p.name)).toEqual([
    "高文远",
  ]);
  expect(people("会议宣布了局长任命决定,副局长任免事项。").map((p) => p.name)).toEqual([]);
});

test("names a personnel decision gives bare (任命甲为, 接受乙辞去…职务) are named, not present", () => {
  const text =
    "会议接受宋立安辞去松岭新区人民政府区长职务的请求。会议任命钟明达为松岭新区人民政府副区长;决定免去林海涛同志的秘书长职务。";
  expect(people(text).map((p) => [p.name, p.role])).toEqual([
    ["宋立安", "提及"],
    ["钟明达", "提及"],
    ["林海涛", "提及"],
  ]);
  expect(people("经全体委员投票选举,宋立安当选为政协松岭旗委员会主席。").map((p) => p.name)).toEqual(["宋立安"]);
});

test("a roster written name first, its posts after a comma (甲,某县委书记、二级巡视员;乙,女,某区委书记)", () => {
  const text =
    "3名优秀县委书记拟推荐对象分别是高文远,松岭县委书记、二级巡视员;宋立安,女,松岭市青山区委书记;钟明达,白水县委书记。";
  expect(people(text).map((p) => [p.name, p.titles, p.role])).toEqual([
    ["高文远", ["松岭县委书记", "二级巡视员"], "提及"],
    ["宋立安", ["松岭市青山区委书记"], "提及"],
    ["钟明达", ["白水县委书记"], "提及"],
  ]);
  expect(people("会议指出,高文远,松岭县委书记;这是一句话。").map((p) => p.name)).toEqual([]);
});

test("a bare list of names whose last comes after 及 or 和 (甲、乙、丙及丁出席) names all of them", () => {
  const text = "会议听取了筹备情况汇报。高文远、宋立安、钟明达、林海涛及王建成出席。";
  expect(people(text).map((p) => [p.name, p.role])).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["钟明达", "出席"],
    ["林海涛", "出席"],
    ["王建成", "出席"],
  ]);
});

describe("leaders named in a headline, run together before its verb", () => {
  const people = (text: string) => parseText(text)[0]!.people.map((p) => [p.name, p.role]);
  const LEDE = "6月17日,某县召开全县防汛工作视频会议,对做好防汛备汛工作进行再研究、再部署、再落实。";
  test("several names with nothing between them are each found, and each attends", () => {
    expect(people(`某县召开全县防汛工作视频会议 林一峰张二明王三川出席会议\n${LEDE}`)).toEqual([
      ["林一峰", "出席"],
      ["张二明", "出席"],
      ["王三川", "出席"],
    ]);
  });
  test("one name opening the headline is found; words before the verb are not names", () => {
    expect(people(`林一峰出席全县防汛工作会议\n${LEDE}`)).toEqual([["林一峰", "出席"]]);
    expect(people(`全县防汛工作会议召开 县领导出席\n${LEDE}`)).toEqual([]);
    expect(people(`各界代表参加全县防汛工作会议\n${LEDE}`)).toEqual([]);
  });
  test("one name right after the verb of the name before it (甲主持乙致辞) is found, and no name spans that verb", () => {
    expect(people(`林一峰主持王三川致辞\n${LEDE}`)).toEqual([
      ["林一峰", "主持"],
      ["王三川", "致辞"],
    ]);
  });
  test("an adverb before the verb (分别, 先后) is no part of the last name", () => {
    expect(people(`林一峰分别会见来访的张二明王三川\n${LEDE}`).map((p) => p[0])).toEqual(["林一峰"]);
  });
  test("a verb before the names (座谈交流) and 应邀 before the verb are no part of a name", () => {
    // One name alone before its verb, after other words, is not read (谈交流, 二明应邀 are no names either).
    expect(people(`县委书记林一峰与考察团座谈交流 张二明应邀参加\n${LEDE}`).map((p) => p[0])).toEqual(["林一峰"]);
  });
});

test("a Tibetan name of two parts, which has no surname, is found after its title", () => {
  expect(people("县政协主席次仁卓玛,副主席洛桑多杰、林一峰出席会议。").map((p) => [p.name, p.role])).toEqual([
    ["次仁卓玛", "出席"],
    ["洛桑多杰", "出席"],
    ["林一峰", "出席"],
  ]);
});

test("a verb after a title written with a surname (王书记强调) is no given name", () => {
  expect(people("林校长强调,要抓好落实。王书记解读了文件精神。")).toEqual([]);
});

test("a division's officers of 兵团 are titled 师长 and 副师长 before their names", () => {
  expect(
    people("八师党委常委、副师长林一峰,师党委常委、副政委张二明参加会议。").map((p) => [p.name, p.titles]),
  ).toEqual([
    ["林一峰", ["八师党委常委", "副师长"]],
    ["张二明", ["师党委常委", "副政委"]],
  ]);
});
describe("names with rarer surnames, behalf clauses and international posts", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role]);
  test("应, 楼, 信 are surnames after a title; 应当 and 信访 are not names", () => {
    expect(roles("省委书记、省委深改委主任应明远主持会议并强调,要抓好落实。")).toEqual([["应明远", "主持"]]);
    expect(roles("市委副书记、市长楼立新出席。")).toEqual([["楼立新", "出席"]]);
    expect(roles("各级领导干部和县长应当带头抓落实。")).toEqual([]);
  });
  test("拜会 is taking part: a governor who calls on a visiting delegation", () => {
    expect(roles("省委副书记、省长方志远拜会前来出席会议的全国政协副主席钟启文一行。")).toEqual([
      ["方志远", "出席"],
      ["钟启文", "出席"],
    ]);
  });
  test("a board's supervisor (监事) is a title", () => {
    expect(roles("会议由公司董事长孙立主持,监事钱晓云及公司其他领导班子成员列席会议。")).toEqual([
      ["孙立", "主持"],
      ["钱晓云", "出席"],
    ]);
  });
  test("受…的委托: the one on whose behalf the chair presides is named, not present", () => {
    expect(roles("受自治区政协主席阿布拉·甫格林的委托,自治区政协副主席高文主持会议。")).toEqual([
      ["阿布拉·甫格林", "提及"],
      ["高文", "主持"],
    ]);
  });
  test("作为 after a name is not part of it; 总干事 and 首席运营官 are titles", () => {
    expect(people("公司董事长赵明作为唯一中国理事出席会议。").map((p) => p.name)).toEqual(["赵明"]);
    expect(roles("组织副总干事米拉·贝森、首席运营官纳迪·卡萨洛等出席会议。")).toEqual([
      ["米拉·贝森", "出席"],
      ["纳迪·卡萨洛", "出席"],
    ]);
  });
});

describe("names a decision lists, Tibetan names in lists, speeches given elsewhere", () => {
  const roles = (text: string) => people(text).map((p) => [p.name, p.role]);
  test("任命甲、乙为…, 授予丙、丁·戊同志“…勋章”: every listed name, mentioned", () => {
    expect(roles("会议决定任命曹文华、蓝立为副主席。")).toEqual([
      ["曹文华", "提及"],
      ["蓝立", "提及"],
    ]);
    expect(roles("党中央决定，授予马文成、李连胜、阿依古·努尔、钟建同志“某某勋章”。")).toEqual([
      ["马文成", "提及"],
      ["李连胜", "提及"],
      ["阿依古·努尔", "提及"],
      ["钟建", "提及"],
    ]);
  });
  test("a list of names may hold a Tibetan name that opens with 其 (其美多吉), not 其他", () => {
    expect(roles("自治区领导孟文、德吉、其美次仁、刘明出席。").map(([name]) => name)).toEqual([
      "孟文",
      "德吉",
      "其美次仁",
      "刘明",
    ]);
  });
  test("以甲同志为班长的省委: the one a body's work is led by is named; 以老同志为榜样 names no one", () => {
    expect(roles("要以梁国栋同志为班长的省委为榜样,以老同志为榜样。")).toEqual([["梁国栋", "提及"]]);
  });
  test("传达了甲、乙参加…时的讲话精神: they spoke elsewhere, they are mentioned", () => {
    expect(roles("市委书记周明传达了省委书记谢长江、省长陈立参加本市代表团审议时的重要讲话精神。")).toEqual([
      ["周明", "传达"],
      ["谢长江", "提及"],
      ["陈立", "提及"],
    ]);
  });
});

test("甲、乙等24位理事共同出席会议: a counted group and 共同 between the list and its verb", () => {
  expect(people("秘书长安东·古斯、组织总干事桑塔·奥博等24位理事共同出席会议。").map((p) => [p.name, p.role])).toEqual([
    ["安东·古斯", "出席"],
    ["桑塔·奥博", "出席"],
  ]);
});

test("受 (受县长甲委托), 推选 (推选副省长乙为团长), 传达了 and 研究决定由 open a clause; they are no part of the title after them", () => {
  const titled = (text: string) => people(text).map((p) => [p.name, p.role, p.titles.join("、")]);
  expect(titled("受县长高文远委托,副县长宋立安作政府工作报告。")).toEqual([
    ["高文远", "提及", "县长"],
    ["宋立安", "讲话", "副县长"],
  ]);
  expect(titled("会议推选省政府副省长钟明达为团长。")).toEqual([["钟明达", "出席", "省政府副省长"]]);
  expect(titled("会议首先传达了市委书记高文远在全市大会上的讲话精神。")).toEqual([["高文远", "提及", "市委书记"]]);
  expect(titled("会议研究决定由常委会秘书长宋立安出席全国会议。")[0]?.[2]).toBe("常委会秘书长");
  expect(titled("开幕式由市委副书记、市长高文远主持,座谈会由县政协主席宋立安主持。")).toEqual([
    ["高文远", "主持", "市委副书记、市长"],
    ["宋立安", "主持", "县政协主席"],
  ]);
  // Inside a title, 选举 stays: 换届选举指导组组长.
  expect(titled("省委组织部换届选举指导组组长林海涛讲话。")).toEqual([
    ["林海涛", "讲话", "省委组织部换届选举指导组组长"],
  ]);
});

test("a discipline inspection group's posts (副厅级纪检员, 监察专员) are titles", () => {
  const found = extractPeople(
    "12月19日,座谈会在某县召开。省纪委驻某厅纪检组长施国栋,副组长、副厅级纪检员罗美华到会并作了讲话。",
    { isSpeech: false, fullNamesInFile: () => [] },
  ).map((p) => [p.name, p.role, p.titles.join("、")]);
  expect(found).toEqual([
    ["施国栋", "讲话", "省纪委驻某厅纪检组长"],
    ["罗美华", "讲话", "副组长、副厅级纪检员"],
  ]);
});

test("a headline of what a meeting did with a work report (…全体会议讨论政府工作报告) is a report, not the transcript", () => {
  const lead = "国务院总理石一川1月23日主持召开国务院第二次全体会议,讨论即将提请审议的政府工作报告。";
  const roles = (title: string) => parseText(`${title}\n${lead}`)[0]!.people.map((p) => [p.name, p.role]);
  expect(roles("石一川主持国务院全体会议讨论政府工作报告")).toEqual([["石一川", "主持"]]);
  expect(roles("省政府常务会议审议政府工作报告")).toEqual([["石一川", "主持"]]);
  // The report itself under its own title: who it names is mentioned.
  expect(roles("2031年政府工作报告")).toEqual([["石一川", "提及"]]);
});

test("副委员长 is written after a name too (栗战书委员长、王晨副委员长在…期间有关讲话要点)", () => {
  expect(
    people("会议还传达学习了栗战书委员长、王晨副委员长在湖南开展执法检查期间有关讲话要点。").map((p) => [
      p.name,
      p.titles,
      p.role,
    ]),
  ).toEqual([
    ["栗战书", ["委员长"], "提及"],
    ["王晨", ["副委员长"], "提及"],
  ]);
});

test("a session's vote counters are titled (总监票人甲); a name ends before 做出 as before 作出", () => {
  const names = (text: string) =>
    extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.titles]);
  expect(names("大会通过了总监票人、监票人名单。总监票人高文远、宋立安,监票人是钟明达等26人。")).toEqual([
    ["高文远", ["总监票人"]],
    ["宋立安", ["总监票人"]],
  ]);
  expect(names("副市长宋立做出重要批示。")).toEqual([["宋立", ["副市长"]]]);
});

test("a title cut after 常委 (省人大常委会主任、…) leaves no name: 会主任 and the place after it are none", () => {
  expect(
    extractPeople("省委书记、省人大常委会主任、江西代表团团长高文远主持会议。", {
      isSpeech: false,
      fullNamesInFile: () => [],
    }).map((p) => [p.name, p.role]),
  ).toEqual([["高文远", "主持"]]);
});

test("a district's, prefecture's, league's or banner's head and an aid command's head named before the title", () => {
  const named = (text: string) =>
    extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.titles, p.role]);
  // 专题 says how, as 专门 does: 专题听取 is there.
  expect(named("会上,州政府高文远副州长专题听取了工作汇报。")).toEqual([["高文远", ["州政府副州长"], "出席"]]);
  expect(named("宋立安指挥长代表援疆指挥部向与会人员简要汇报了项目建设情况。")).toEqual([
    ["宋立安", ["指挥长"], "讲话"],
  ]);
});

test("大会 and 会议 after a word that reads as a title (职工代表大会, 干部大会) are no names", () => {
  const names = (text: string) =>
    extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => p.name);
  expect(names("4月11日下午,医院召开第八届五次职工代表大会,党委书记、院长高文远出席会议并讲话。")).toEqual(["高文远"]);
  expect(names("8月21日上午,集团召开干部大会,管委会副主任宋立安出席会议并讲话。")).toEqual(["宋立安"]);
});
