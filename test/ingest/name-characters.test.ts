import { expect, test } from "vitest";
import { extractPeople } from "../../src/ingest/people";
import { isFullName } from "../../src/ingest/names";
import { parseText } from "../../src/ingest";

const people = (text: string) =>
  extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [p.name, p.titles.join("、")]);

test("任 is a surname; 向 and 以 stand inside a three-character name, never last", () => {
  expect(isFullName("任立新")).toBe(true);
  expect(isFullName("高向东")).toBe(true);
  expect(isFullName("宋以文")).toBe(true);
  expect(isFullName("高明向")).toBe(false);
  expect(isFullName("宋以")).toBe(false);
  expect(isFullName("任主任")).toBe(false);
});

test("names holding them are found after their titles", () => {
  expect(people("副主席宋以文、高向东出席会议。")).toEqual([
    ["宋以文", "副主席"],
    ["高向东", "副主席"],
  ]);
  expect(people("局长高明向大会作报告。")).toEqual([["高明", "局长"]]);
});

test("a state firm's 执行董事 and 董事 are titles", () => {
  expect(people("某某能源公司执行董事、党委书记任立新陪同调研。")).toEqual([
    ["任立新", "某某能源公司执行董事、党委书记"],
  ]);
});

test("a three-character name of no known surname right between a title and 主持/出席 is a name", () => {
  expect(people("旗政协主席阿古达主持会议。")).toEqual([["阿古达", "旗政协主席"]]);
  expect(people("校党委书记千明兰主持会议。")).toEqual([["千明兰", "校党委书记"]]);
  expect(people("会议由县委书记主持,县委常委出席会议。")).toEqual([]);
});

test("a headline's event after a title (司长出席论坛致辞, 主任主持会议并讲话) is no name", () => {
  expect(people("商务部司长出席论坛致辞")).toEqual([]);
  expect(people("市政协主任参加座谈会发言")).toEqual([]);
  expect(people("局党组书记、副局长达瓦顿珠主持会议")).toEqual([["达瓦顿珠", "局党组书记、副局长"]]);
});

test("a dotted name may hold 向 past its first character (宗洛·向巴克珠), and the list goes on after it", () => {
  const names = extractPeople("自治区政协副主席次仁·多吉、宗洛·向巴克珠、阿旺、高文远出席会议。", {
    isSpeech: false,
    fullNamesInFile: () => [],
  }).map((p) => [p.name, p.role]);
  expect(names).toEqual([
    ["次仁·多吉", "出席"],
    ["宗洛·向巴克珠", "出席"],
    ["阿旺", "出席"],
    ["高文远", "出席"],
  ]);
});

test("a province or city before 市长 is the mayor's place, not a given name used alone (彦铮副市长)", () => {
  expect(people("上海市长高文远主持召开市政府党组会议。")).toEqual([["高文远", "上海市长"]]);
  expect(people("长春市长宋立安出席会议。")).toEqual([["宋立安", "长春市长"]]);
  expect(people("彦铮副市长出席会议。")).toEqual([["彦铮", "副市长"]]);
});

test("楼 is a surname after a title (主任楼某某), not in 楼下", () => {
  expect(people("省委书记、省人大常委会主任楼文远,省长宋立安到会祝贺。")).toEqual([
    ["楼文远", "省委书记、省人大常委会主任"],
    ["宋立安", "省长"],
  ]);
  expect(people("办公室主任楼下等候。")).toEqual([]);
});

test("words ending in 方法 or 满意 are no names after a title", () => {
  expect(isFullName("工作方法")).toBe(false);
  expect(isFullName("满意")).toBe(false);
  expect(people("要掌握领导方法、思想方法、工作方法。")).toEqual([]);
  expect(people("副主席王立平强调,要让政协委员满意,让群众满意。")).toEqual([["王立平", "副主席"]]);
});

test("the verbs of studying a leader's words end no name, in a headline neither", () => {
  expect(isFullName("习贯彻")).toBe(false);
  expect(isFullName("周落实")).toBe(false);
  const text = "全县干部大会 学习贯彻钱一鸣讲话精神\n\n会议传达学习了钱一鸣同志重要讲话精神。";
  expect(people(text).map(([name]) => name)).toEqual(["钱一鸣"]);
});

test("a listed name no rule reads, with a name on either side, is a name: the list goes on past it", () => {
  expect(people("自治区政协副主席高文远、其木格、宋立安及秘书长钟明达出席会议。")).toEqual([
    ["高文远", "自治区政协副主席"],
    ["其木格", "自治区政协副主席"],
    ["宋立安", "自治区政协副主席"],
    ["钟明达", "秘书长"],
  ]);
  expect(people("副主席高文远、各部门、宋立安出席会议。").map(([name]) => name)).not.toContain("各部门");
  expect(people("副主席高文远、有关单位、宋立安出席会议。").map(([name]) => name)).not.toContain("有关单位");
});

test("a title whole (董事长) is no name, nor a word after a title (应邀, 关于)", () => {
  expect(isFullName("董事长")).toBe(false);
  expect(isFullName("应邀")).toBe(false);
  expect(isFullName("关于")).toBe(false);
  expect(people("市长高文远主持召开会议,学习贯彻总书记关于作风建设的重要指示精神。")).toEqual([["高文远", "市长"]]);
  expect(people("区政协调研员、各街道联络委主任应邀列席。")).toEqual([]);
});

test("和 stands inside a three-character name (林和平), never last; rare surnames (羊, 訚) open names", () => {
  expect(people("省教育厅党组书记、厅长高和平,省委组织部副巡视员羊立新出席大会。")).toEqual([
    ["高和平", "省教育厅党组书记、厅长"],
    ["羊立新", "省委组织部副巡视员"],
  ]);
  expect(people("副市长王平和秘书长李明出席。")).toEqual([
    ["王平", "副市长"],
    ["李明", "秘书长"],
  ]);
  expect(isFullName("訚柏松")).toBe(true);
});

test("时 opens a name after a title (时立新), and 时 after a verb or a name stays a word", () => {
  expect(people("省委副书记、省委政法委书记时立新,省委常委参加会议。")).toEqual([
    ["时立新", "省委副书记、省委政法委书记"],
  ]);
  expect(people("市委书记高文远在调研时强调,要抓好落实。县长宋立安讲话时指出,要抓好落实。")).toEqual([
    ["高文远", "市委书记"],
    ["宋立安", "县长"],
  ]);
});

test("rarer surnames of the south and east open names too (茆, 眭, 笪, 禤)", () => {
  expect(people("镇党委书记高文远讲话,镇长茆立新进行大会总结,副镇长眭明、笪建国,镇人大主席禤海涛出席。")).toEqual([
    ["高文远", "镇党委书记"],
    ["茆立新", "镇长"],
    ["眭明", "副镇长"],
    ["笪建国", "副镇长"],
    ["禤海涛", "镇人大主席"],
  ]);
});

test("a name with no surname between a title and the list's next titled name is a name (旗长甲,主任乙,主席丙出席)", () => {
  expect(people("旗委副书记、政府旗长巴特尔,旗人大常委会主任乌兰图雅,旗政协主席高文远出席。")).toEqual([
    ["巴特尔", "旗委副书记、政府旗长"],
    ["乌兰图雅", "旗人大常委会主任"],
    ["高文远", "旗政协主席"],
  ]);
  // Not a body the title names (主席会议), a verb after it (依次发言), nor a party (一行).
  expect(people("旗政协召开主席会议,副主席高文远出席。")).toEqual([["高文远", "副主席"]]);
  expect(people("各位委员依次发言,副主席高文远出席。")).toEqual([["高文远", "副主席"]]);
  expect(people("县委书记一行,副县长高文远陪同。")).toEqual([["高文远", "副县长"]]);
});

test("安全 is no name: a body's name holding 安全与 stays whole in the title", () => {
  expect(isFullName("安全")).toBe(false);
  expect(people("会上,向某公司总经理宋立安、省信息安全与测评认证中心副主任郭立峰颁发聘书。")).toEqual([
    ["宋立安", "某公司总经理"],
    ["郭立峰", "省信息安全与测评认证中心副主任"],
  ]);
});

test("说 before a comma is what a two-character name says, not its last character", () => {
  expect(people("全国政协常委、委员召集人高岐说,要进一步推广好做法。")).toEqual([["高岐", "全国政协常委、委员召集人"]]);
});

test("和 and 从 end a name before a list's 、 or comma; 和 joins two names elsewhere", () => {
  expect(people("市政协副主席赵建和、钱永和,秘书长孙立明出席会议。")).toEqual([
    ["赵建和", "市政协副主席"],
    ["钱永和", "市政协副主席"],
    ["孙立明", "秘书长"],
  ]);
  expect(people("副主席周立新、吴中和、郑海涛出席会议。")).toEqual([
    ["周立新", "副主席"],
    ["吴中和", "副主席"],
    ["郑海涛", "副主席"],
  ]);
  expect(people("副主席周立新、黄关从、郑海涛出席会议。")).toEqual([
    ["周立新", "副主席"],
    ["黄关从", "副主席"],
    ["郑海涛", "副主席"],
  ]);
  expect(people("副主席周立新和郑海涛出席会议。")).toEqual([
    ["周立新", "副主席"],
    ["郑海涛", "副主席"],
  ]);
});

test("为 stands inside a three-character name (李为民), first in a list too, never last", () => {
  expect(isFullName("李为民")).toBe(true);
  expect(isFullName("王刚为")).toBe(false);
  expect(people("省领导李为民、郑海涛、王为民出席会议。")).toEqual([
    ["李为民", "省领导"],
    ["郑海涛", "省领导"],
    ["王为民", "省领导"],
  ]);
  expect(people("局长王刚为大会作报告。")).toEqual([["王刚", "局长"]]);
});

test("之 stands inside a three-character name (严之尧), closing a list before its verb too", () => {
  expect(isFullName("严之尧")).toBe(true);
  expect(people("副主任金之镇、郑海涛、严之尧出席会议。")).toEqual([
    ["金之镇", "副主任"],
    ["郑海涛", "副主任"],
    ["严之尧", "副主任"],
  ]);
});

test("日 stands inside a three-character name, never last, where it is a day (日前, 今日)", () => {
  expect(isFullName("黄日新")).toBe(true);
  expect(isFullName("李明日")).toBe(false);
  expect(people("自治区政协副主席黄日新、李彬出席会议。")).toEqual([
    ["黄日新", "自治区政协副主席"],
    ["李彬", "自治区政协副主席"],
  ]);
  expect(people("局长李明日前到某镇调研。")).toEqual([["李明", "局长"]]);
});

test("司 opens a name (司立新) as 任 does, never inside one, and 公司 before a title stays a word", () => {
  expect(isFullName("司立新")).toBe(true);
  expect(isFullName("高司新")).toBe(false);
  expect(isFullName("司长出")).toBe(false);
  expect(people("副市长高文远、司立新列席会议。")).toEqual([
    ["高文远", "副市长"],
    ["司立新", "副市长"],
  ]);
  expect(people("集团公司总经理宋立安出席会议,公司员工代表参加。")).toEqual([["宋立安", "集团公司总经理"]]);
});

test("a member whose name holds no known surname speaks in a run of members' turns (乙委员在发言中说), never alone", () => {
  expect(
    people("高文远委员在发言中说,要加强保护;娜仁花委员在发言中说,目标能够实现;阿依努尔委员代表民盟发言。"),
  ).toEqual([
    ["高文远", "委员"],
    ["娜仁花", "委员"],
    ["阿依努尔", "委员"],
  ]);
  expect(people("娜仁花委员在发言中说,目标能够实现。")).toEqual([]);
  expect(people("高文远委员在发言中说,要加强保护。会议强调委员在发言中说的问题要落实。")).toEqual([["高文远", "委员"]]);
});

test("a post's candidate (秘书长候选人) is a title before a name; a list of candidates names no one", () => {
  expect(people("市政协党组成员、秘书长候选人高文远出席会议。")).toEqual([["高文远", "市政协党组成员、秘书长候选人"]]);
  expect(people("会议审议通过了秘书长候选人建议名单。")).toEqual([]);
});

test("会 stands inside a three-character name (葛会波), never last, where it is the meeting or the verb", () => {
  expect(isFullName("高会波")).toBe(true);
  expect(isFullName("高文会")).toBe(false);
  expect(people("省政协副主席高会波向大会作提案工作情况的报告。")).toEqual([["高会波", "省政协副主席"]]);
  expect(people("省长高文远会见了来访客人。")).toEqual([["高文远", "省长"]]);
});

test("a speech heard or studied names its speaker (听取和讨论省委书记甲的讲话), whom a later sentence may place", () => {
  const found = (text: string) =>
    extractPeople(text, { isSpeech: false, fullNamesInFile: () => [] }).map((p) => [
      p.name,
      p.role,
      p.titles.join("、"),
    ]);
  expect(found("大会的主要议程:听取和讨论省委书记高文远的讲话。高文远在开幕式上讲话。")).toEqual([
    ["高文远", "讲话", "省委书记"],
  ]);
  expect(found("会议学习了省委书记高文远的重要讲话。")).toEqual([["高文远", "提及", "省委书记"]]);
});

test("a customs district's head (海关关长) is a title, before a name of no known surname too; 有关长效 holds none", () => {
  expect(people("海关关长达布希拉图、副市长高文远陪同。")).toEqual([
    ["达布希拉图", "海关关长"],
    ["高文远", "副市长"],
  ]);
  expect(people("要建立健全有关长效机制。")).toEqual([]);
});

test("whom a speaker speaks for (代表群众团体致辞, 代表社会各界发言) is no one's name", () => {
  expect(people("团省委书记高文远代表群众团体致辞。").map(([name]) => name)).toEqual(["高文远"]);
  expect(people("市工商联主席宋立安代表社会各界发言。").map(([name]) => name)).toEqual(["宋立安"]);
});

test("what a title's holder must be (党员领导干部廉洁从政, 领导干部廉政建设) is no name, though 廉 is a surname", () => {
  expect(people("要以《党员领导干部廉洁从政若干准则》严格要求自己。会议要求,领导干部廉政建设要常抓不懈。")).toEqual([]);
  expect(people("市委书记廉颇出席会议。")).toEqual([["廉颇", "市委书记"]]);
});

test("名 stands inside a three-character name (叶名怡), never last", () => {
  expect(isFullName("叶名怡")).toBe(true);
  expect(isFullName("叶名")).toBe(false);
  expect(people("会上,某大学叶名怡教授作专题讲座。")).toEqual([["叶名怡", "某大学教授"]]);
});

test("省 stands inside a three-character name (杨省世), never last; 项 opens one as a surname (项雪龙)", () => {
  expect(isFullName("杨省世")).toBe(true);
  expect(isFullName("杨省")).toBe(false);
  expect(people("区委书记杨省世主持会议,区长项雪龙出席。")).toEqual([
    ["杨省世", "区委书记"],
    ["项雪龙", "区长"],
  ]);
  // Where 项 counts things, and 省 names the province after a place, there is no name.
  expect(people("会议研究了三项工作。浙江省政府办公厅负责落实。")).toEqual([]);
});

test('又 stands inside a three-character name (宋又发), in a list too, never last, where it is "again"', () => {
  expect(isFullName("宋又发")).toBe(true);
  expect(isFullName("高文又")).toBe(false);
  expect(people("县长钟明达主持会议,副县长宋又发、高文远出席。")).toEqual([
    ["钟明达", "县长"],
    ["宋又发", "副县长"],
    ["高文远", "副县长"],
  ]);
});

test("其 stands inside a three-character name (宋其发), never last", () => {
  expect(isFullName("宋其发")).toBe(true);
  expect(isFullName("高文其")).toBe(false);
  expect(people("受主任钟明达委托,副主任宋其发主持会议。")).toEqual([
    ["钟明达", "主任"],
    ["宋其发", "副主任"],
  ]);
});

test("a province's or city's short name before a title (吉林省长, 南宁市长) is the place, not a name", () => {
  expect(people("吉林省长宋立安在长春会见了考察团一行。")).toEqual([["宋立安", "吉林省长"]]);
  expect(people("南宁市长高文远出席。")).toEqual([["高文远", "南宁市长"]]);
});

test("a foreign name dotted with a full stop (托马斯.林博, 托马斯．林博) is one name, and the list goes on past it to its verb", () => {
  const roles = (text: string) => parseText(text)[0]?.people.map((p) => [p.name, p.role]);
  const report = (guest: string) =>
    `研讨会在京召开\n3月5日,研讨会在京召开。商务部副部长高文远和某国贸易部长${guest}应邀出席研讨会,就相关议题进行了阐述。会议强调,要深化合作。`;
  expect(roles(report("托马斯.林博"))).toEqual([
    ["高文远", "出席"],
    ["托马斯.林博", "出席"],
  ]);
  expect(roles(report("托马斯．林博"))).toEqual([
    ["高文远", "出席"],
    ["托马斯.林博", "出席"],
  ]);
});

test("为 and 年 end a three-character name before a mark, 等 or the verb of chairing or attending", () => {
  expect(people("县委副书记、代县长陈大为等在家县委常委参加会议。")).toEqual([["陈大为", "县委副书记、代县长"]]);
  expect(people("副县长陈大为、李小明出席会议。")).toEqual([
    ["陈大为", "副县长"],
    ["李小明", "副县长"],
  ]);
  expect(people("市委书记、市长孙建年主持召开市委常委会会议。")).toEqual([["孙建年", "市委书记、市长"]]);
  // Elsewhere 为 is the word after the name: it takes an object.
  expect(people("副县长王刚为大会作报告。")).toEqual([["王刚", "副县长"]]);
});

test("恽 is a surname (区长恽某某)", () => {
  expect(people("区委副书记、区长恽淇丞等区委常委出席会议。")).toEqual([["恽淇丞", "区委副书记、区长"]]);
});

test("a Tibetan name of up to six characters between two names of a list keeps the list going to its verb", () => {
  const rostrum =
    "3月25日下午,县政协会议胜利闭幕。县委书记才科杰,大会执行主席王征、多杰多旦、李秀春、久美曲智尖措、谢宗义、吴海英在主席台前排就座。县政协主席王征主持会议。";
  expect(parseText(rostrum)[0]!.people.map((p) => [p.name, p.role])).toEqual([
    ["才科杰", "出席"],
    ["王征", "主持"],
    ["多杰多旦", "出席"],
    ["李秀春", "出席"],
    ["久美曲智尖措", "出席"],
    ["谢宗义", "出席"],
    ["吴海英", "出席"],
  ]);
});

test("words that open with a surname after a group's name are no names (干部人才结构, 干部安心工作, 选举时间, 突出成效)", () => {
  expect(people("要进一步优化援藏干部人才结构,健全进藏干部安心工作的长效保障机制。")).toEqual([]);
  expect(people("会议听取了关于补选代表名额和选举时间的决定(草案)的说明。")).toEqual([]);
  expect(people("推动对口支援各项工作取得更加突出成效,以优异成绩向大会献礼。")).toEqual([]);
  expect(people("副县长时光辉出席会议。")).toEqual([["时光辉", "副县长"]]);
});

test("a name ending in 和 right before attending (秘书长李仁和出席会议) keeps it; 和出席会议的代表 joins", () => {
  const roles = (text: string) =>
    parseText(`3月2日,省人大常委会召开主任会议。${text}`)[0]!.people.map((p) => [p.name, p.role]);
  expect(roles("副主任高文远、宋立安,秘书长李仁和出席会议。")).toEqual([
    ["高文远", "出席"],
    ["宋立安", "出席"],
    ["李仁和", "出席"],
  ]);
  expect(roles("会后,市长李仁和出席会议的代表合影留念。").map(([name]) => name)).toEqual(["李仁"]);
});

test("a dotted name is not read from the middle of its title (自治区人大常委会主任乃依木·亚森)", () => {
  const people = parseText("3月2日,自治区人大常委会召开主任会议。自治区人大常委会主任乃依木·亚森主持会议。")[0]!.people;
  expect(people.map((p) => [p.name, p.titles, p.role])).toEqual([["乃依木·亚森", ["自治区人大常委会主任"], "主持"]]);
});
