import { anyOf } from "./pattern";

/**
 * Words that end an official's title (厅长, 副书记, 巡视员 …) or a descriptor the reports put
 * before a name (离休干部, 军嫂). Longest first, so 副厅长 wins over 厅长.
 */
const TITLE_WORDS = [
  "总书记",
  "国家主席",
  "委员长",
  "总理",
  "副总理",
  "国务委员",
  "书记",
  "副书记",
  "常委",
  "委员",
  "党组书记",
  "党组副书记",
  "党组成员",
  "党委书记",
  "党委副书记",
  "纪检监察组组长",
  "组长",
  "副组长",
  "省长",
  "副省长",
  "主席",
  "副主席",
  "市长",
  "副市长",
  "县长",
  "副县长",
  "区长",
  "副区长",
  "州长",
  "副州长",
  "盟长",
  "旗长",
  "镇长",
  "乡长",
  "部长",
  "副部长",
  "厅长",
  "副厅长",
  "局长",
  "副局长",
  "处长",
  "副处长",
  "科长",
  "副科长",
  "司长",
  "副司长",
  "署长",
  "主任",
  "副主任",
  "秘书长",
  "副秘书长",
  // International organisations' posts: 联合国全球契约组织总干事, 首席运营官.
  "总干事",
  // A session's vote counters: 总监票人甲, 监票人乙.
  "总监票人",
  "监票人",
  "计票人",
  "副总干事",
  "首席执行官",
  "首席运营官",
  "巡视员",
  "一级巡视员",
  "二级巡视员",
  "调研员",
  // A discipline inspection group's posts: 副厅级纪检员, 监察专员.
  "纪检员",
  "监察专员",
  "督察长",
  "总师",
  "总工程师",
  "总经济师",
  "总会计师",
  "院长",
  "副院长",
  "校长",
  "副校长",
  "检察长",
  "副检察长",
  "庭长",
  "所长",
  "站长",
  "馆长",
  "社长",
  "总编辑",
  "总编",
  // Who answers for a river or a forest (河长制, 林长制): 区级河长甲.
  "河长",
  "林长",
  "台长",
  "行长",
  "董事长",
  "执行董事",
  "董事",
  "监事",
  "总经理",
  "理事长",
  "会长",
  "副会长",
  "团长",
  "队长",
  // 兵团's divisions and regiments: 师长, 副师长, 团长, 政委.
  "师长",
  "政委",
  "司令员",
  "部长助理",
  "主任委员",
  "教授",
  "副教授",
  "研究员",
  "专家",
  "博士",
  "院士",
  "讲师",
  "干部",
  "离休干部",
  "退休干部",
  "老党员",
  "党员",
  "军嫂",
  "志愿者",
  "代表",
  "劳模",
  "模范",
  "先进个人",
  "村民",
  "居民",
  "社工",
  "职工",
  "负责人",
  "主要负责人",
  // Leaders named as a group before a list of names: 市领导甲、乙、丙出席.
  "领导",
  "成员",
  "主委",
  "副主委",
  // Who speaks for no party at a united-front meeting: 无党派人士甲, beside the parties' 主委.
  "无党派人士",
  "总督察",
  "副总督察",
  "督察",
  "总监",
  "副总经理",
  "总裁",
  "副总裁",
  "监事长",
  "厂长",
  "经理",
  "总指挥",
  "副总指挥",
  "指挥长",
  "审计长",
  "召集人",
  "发言人",
  // A post's candidate at a session that elects it: 秘书长候选人甲.
  "候选人",
  // A customs district's head: 海关关长甲.
  "关长",
  "参事",
  "支书",
  "主编",
  "负责同志",
  "同志",
  // Hong Kong and Macau: 行政长官, 立法会议员 (司长, 局长, 主席 are above), and the foreign ministry's
  // commissioner there (外交部驻澳门特派员公署副特派员甲, 特派员公署乙特派员).
  "行政长官",
  "议员",
  "特派员",
  "副特派员",
  // A foreign guest's post, as reports of a meeting with one name it: 某国总统甲, 某国财政大臣乙, 驻华大使丙.
  "总统",
  "副总统",
  "首相",
  "大臣",
  "大使",
  "总领事",
  "议长",
  "副议长",
] as const;

export const TITLE_WORD_LIST: readonly string[] = [...new Set(TITLE_WORDS)].sort((a, b) => b.length - a.length);

/** Titles that may FOLLOW a name (易炼红书记, 李强总理, 治原部长, 张政文教授). */
export const POSTPOSED_TITLES: readonly string[] = [
  "总书记",
  "副总理",
  "总理",
  "委员长",
  "副委员长",
  "国务委员",
  "副书记",
  "书记",
  "副省长",
  "省长",
  "副主席",
  "主席",
  "副市长",
  "市长",
  "副县长",
  "县长",
  // 甲镇长作政府工作报告: a township's head named before the title, as at its people's congress.
  "副镇长",
  "镇长",
  "副乡长",
  "乡长",
  // The heads of districts, prefectures, leagues and banners, as their own reports name them: 甲副盟长汇报, 乙区长主持.
  "副区长",
  "区长",
  "副州长",
  "州长",
  "副盟长",
  "盟长",
  "副旗长",
  "旗长",
  "副部长",
  "部长",
  "副厅长",
  "厅长",
  "副局长",
  "局长",
  "副主任",
  "主任",
  "秘书长",
  "巡视员",
  // 甲指挥长代表援疆指挥部汇报: the head of an aid or a project's command.
  "副指挥长",
  "指挥长",
  // 甲处长传达了会议精神, 乙副处长作了介绍: a department's section heads, as its own reports name them.
  "副处长",
  "处长",
  "副科长",
  "科长",
  "副院长",
  "院长",
  // 乙庭长作了发言, 丙检察长讲话: a court's division heads and a procuratorate's heads, as their own reports name them.
  "副庭长",
  "庭长",
  "副检察长",
  "检察长",
  // 甲参事认为: a government counsellor, as the counsellors' office reports their study.
  "参事",
  "副校长",
  "校长",
  "副教授",
  "教授",
  "院士",
  // A scholar's or a doctor's rank: 某研究所沈瑾副研究员, 某医院郭欣主任医师.
  "副研究员",
  "研究员",
  "副主任医师",
  "主任医师",
  "特派员",
  // 甲委员代表民盟市委发言: a member of a people's political consultative conference named at its plenary.
  "委员",
  "同志",
  // A session member named before the title, as reports of a session's speeches write them: 甲一平委员代表某党派省委发言 (not 委员会).
  "委员",
].sort((a, b) => b.length - a.length);

/** Titles that mark a national figure: the same name in any province is the same person. */
export const NATIONAL_TITLES: readonly string[] = [
  "总书记",
  "国家主席",
  "总理",
  "副总理",
  "委员长",
  "国务委员",
  "中央",
  "国务院",
  "全国人大",
  "全国政协",
];

/**
 * Membership of a national body, not an office in it: 全国人大代表, 全国政协委员 are provincial
 * officials, professors, farmers, present at their own province's meetings.
 */
export const MEMBERSHIP_TITLE = /(?:代表|委员)$/;

/** Prefixes of the titles of central bodies: 国家发展改革委主任, 国务院副秘书长, 中共中央委员, 全国妇联主席. */
const CENTRAL_PREFIXES = ["国家", "国务院", "中央", "中共中央", "全国"];

/** Characters in the names of local governments (省委组织部部长, 市委宣传部副部长). */
const LOCAL_GOVERNMENT_CHARACTERS = "省市县区州盟旗";

/**
 * A central official's title: one of `CENTRAL_PREFIXES`, a ministry's (副)部长 (民政部部长,
 * 自然资源部副部长) but not a local department's (省委组织部部长), or a bare (副)部长 (治原部长).
 */
export const CENTRAL_OFFICIAL_TITLE = new RegExp(
  `^${anyOf(CENTRAL_PREFIXES)}|^[^${LOCAL_GOVERNMENT_CHARACTERS}]{0,6}部副?部长$|^副?部长$`,
);

/** Descriptors that are not an office: never reported alone as a title when an office is known. */
export const WEAK_TITLES: ReadonlySet<string> = new Set(["同志", "负责同志"]);

/** Titles after which a given name may stand alone (治原部长, 彦铮副市长); not 教授 or 同志. */
export const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set([
  "副市长",
  "市长",
  "副省长",
  "省长",
  "部长",
  "副部长",
  "书记",
  "主任",
  "厅长",
  "副厅长",
  "局长",
  "副局长",
  "主席",
]);
