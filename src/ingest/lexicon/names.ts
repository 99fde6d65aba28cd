/**
 * What names are made of: characters officials' names never use, two-character words that stand
 * where given names do, dotted and Tibetan names. What may follow a name is in name-followers.ts.
 */

/**
 * Characters that do not occur in officials' names but do in the words around them. 长 and 书 do
 * (刘长青, 孙书申): a name that ends with a title (王校长, 刘书记) is refused instead.
 */
export const NOT_IN_NAMES: ReadonlySet<string> = new Set(
  "的了在是和与及或并等着们这那之其也都就还又把被让给从到对向以为由按据将要会议省市县区厅局委部记任副总届次年日个项位名我你他她它组室处办所司".split(
    "",
  ),
);

/**
 * Characters of `NOT_IN_NAMES` that names do hold where no word of theirs can stand: 任 and 项 as a
 * surname (任文军, 项雪龙), 向, 以, 为, 之, 和, 日, 会, 名, 省, 又 and 其 inside a three-character name (冷向阳,
 * 严以新, 李为民, 严之尧, 林和平, 黄日新, 葛会波, 叶名怡, 杨省世, 许又声, 余其豹), never last, where they would be
 * the verb, the "and" after it, a day, a meeting, a count, a province, "again" or "its" (张明向大会报告,
 * 王刚为大会作报告, 王平和李明, 李明日前, 李明会见, 王刚名列第一, 浙江省, 李明又强调, 李明其后).
 */
export const SURNAME_ANYWAY: ReadonlySet<string> = new Set(["任", "司", "项"]);
export const INSIDE_NAME_ANYWAY: ReadonlySet<string> = new Set([
  "向",
  "以",
  "为",
  "之",
  "和",
  "日",
  "会",
  "名",
  "省",
  "又",
  "其",
]);

/**
 * Characters of `NOT_IN_LISTED_NAMES` that open a four-character name in a list of names: Tibetan
 * names such as 其美多吉 (其美 "immortal"). Not 其他, 其中, 其余: words, not names.
 */
export const LISTED_NAME_START_ANYWAY: ReadonlySet<string> = new Set(["其"]);
export const NOT_LISTED_NAME_OPENINGS: ReadonlySet<string> = new Set(["其他", "其中", "其余", "其它", "其间"]);

/** Two characters that are not a name though they stand where names do (分管副市长, 常务副省长). */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set([
  // Whom a speaker speaks for (代表群众团体致辞, 代表社会各界发言): no name, whatever verb follows.
  "群众",
  "团体",
  "各界",
  // 应 and 关 are surnames; 应邀出席 and 总书记关于… are a word after a title.
  "应邀",
  "关于",
  // 大 and 会 are surnames; 职工代表大会, 干部大会 and 会议 are meetings after a word that reads as a title (代表, 干部).
  "大会",
  "会议",
  // 安 is a surname; 安全 ends the first half of a body's name (信息安全与测评中心主任), never a name.
  "安全",
  // 楼 is a surname (楼阳生); 楼下, 楼上 are places in a building.
  // 廉 is a surname (廉颇); 廉洁, 廉政 follow a title as what its holder must be (党员领导干部廉洁从政).
  "廉洁",
  "廉政",
  // 时, 成, 安 and 人 are surnames; 时间, 成效, 安心工作, 人才 are words after a group's name (援藏干部人才结构,
  // 进藏干部安心工作, 选举时间的决定, 取得更加突出成效).
  "时间",
  "时期",
  "时代",
  "成效",
  "成绩",
  "成果",
  "安心",
  "人才",
  "楼下",
  "楼上",
  "楼前",
  "楼内",
  "楼层",
  "楼宇",
  "分管",
  "常务",
  "主管",
  "专职",
  "兼职",
  "执行",
  "第一",
  "党组",
  "党委",
  "省委",
  "市委",
  "县委",
  "区委",
  "全市",
  "全省",
  "各市",
  "正职",
  "原任",
  "时任",
  "前任",
  "新任",
  "现任",
  "代理",
  "部门",
  "单位",
  "机关",
  "领导",
  "地方",
  "中心",
  "学校",
  "医院",
  "公司",
  "企业",
  "社区",
  "首席",
  "名誉",
  "荣誉",
  "行政",
  "业务",
  "技术",
  "财务",
  "办公",
  "研究",
  "政治",
  "纪检",
  "组织",
  "宣传",
  "统战",
  "政法",
  "工委",
  "人大",
  "政协",
  "政府",
  "人民",
  "国务",
  "中央",
  "国家",
  "民政",
  "教育",
  "公安",
  "司法",
  "财政",
  "卫生",
  "交通",
  "水利",
  "农业",
  "商务",
  "文化",
  "审计",
  "环保",
  "应急",
  "市场",
  "医保",
  "信访",
  "统计",
  "体育",
  "外事",
  "侨务",
  "民族",
  "宗教",
  "档案",
  "保密",
  "机要",
  "发改",
  "工信",
  "生态",
  "住建",
  "城管",
  "林业",
  "粮食",
  "能源",
  "税务",
  "金融",
  "巡视",
  "巡察",
  "督导",
  "检查",
  "派驻",
  "班子",
  "成员",
  "同时",
  "以及",
  "还有",
  "各位",
  "广大",
  "全体",
  "有关",
  "相关",
  "主要",
  "其他",
  "其中",
  "分别",
  "老",
  "联合",
  "街道",
  "乡镇",
  "村",
  "基层",
  "一级",
  "二级",
  "三级",
  "四级",
  "科级",
  "处级",
  "厅级",
  "正厅",
  "副厅",
  "正处",
  "副处",
  "驻厅",
  "驻局",
  "监察",
  "纪委",
  "常委",
  "委员",
  // 受召集人甲同志委托,…: on another's behalf, after the one who asked.
  "委托",
  "团委",
  "妇联",
  "工会",
  "科协",
  "侨联",
  "文联",
  "残联",
  "红会",
  "团长",
  "队长",
  "支部",
  "总支",
  "党支",
  "指导",
  "名誉",
  "特邀",
  "兼任",
  "挂职",
  // 任 as a surname before 职, 命, 免: a post taken up or given (第一书记任职宣布大会, 局长任命).
  "任职",
  "任命",
  "任免",
  "女",
  // What a speaker does right after a title written with a surname (王书记强调, 付校长解读): no given name.
  "强调",
  "解读",
  "安排",
  "明确",
  "祝贺",
  "严格",
]);

/**
 * Common words whose last two characters stand where a given name does after a title or in a list:
 * 领导方法、思想方法、工作方法 after a title, 让委员满意 after one. A name never ends with them.
 */
export const NOT_NAME_ENDINGS: ReadonlySet<string> = new Set([
  "方法",
  "满意",
  // The verbs of studying a leader's words, right before the name: 学习贯彻甲某某讲话精神.
  "学习",
  "贯彻",
  "落实",
  "传达",
  // A headline's verbs run into the names before them (…座谈交流甲某某应邀参加): 谈交流, 华应邀 are no names.
  "交流",
  "应邀",
]);

/**
 * A name written with middle dots (努尔兰·阿不都满金, 艾力更·依明巴海), or with full stops where a
 * page had no middle dot (托马斯.林博; a full-width ． reads as .): its parts, the last one longest
 * first. Han parts only: a dotted run of Latin letters is no official's name here.
 */
export const DOTTED_NAME = /^[\u4e00-\u9fff]{1,6}(?:[·•・‧.][\u4e00-\u9fff]{1,6}){0,2}[·•・‧.][\u4e00-\u9fff]{1,8}/;

/**
 * Characters that never occur in a name inside a list of names or in the parts of a dotted name
 * (lists name 葛会波; transliterations use 都, 不, 买 freely, and Mongolian names 那: 某根那).
 */
export const NOT_IN_LISTED_NAMES: ReadonlySet<string> = new Set(
  "的了在是和与及或并等省市县区委厅局部议记届年月日们这之其也就还又把被让给从到对向以为由按据将要赴".split(""),
);

/**
 * The parts of Tibetan names as Chinese writes them, each of two characters: a Tibetan name has no
 * surname and is written as two such parts (扎西 and 卓玛, 索南 and 才让), in 西藏, 青海, 四川, 甘肃
 * and 云南 reports alike.
 */
export const TIBETAN_NAME_PARTS: ReadonlySet<string> = new Set([
  "扎西",
  "索南",
  "才让",
  "多杰",
  "卓玛",
  "旦增",
  "次仁",
  "尼玛",
  "格桑",
  "拉姆",
  "央金",
  "德吉",
  "公保",
  "贡保",
  "洛桑",
  "桑杰",
  "丹增",
  "仁青",
  "更登",
  "完玛",
  "昂秀",
  "确吉",
  "嘉措",
  "加措",
  "巴桑",
  "平措",
  "达瓦",
  "顿珠",
  "边巴",
  "曲珍",
  "白玛",
  "普布",
  "强巴",
  "阿旺",
  "土登",
  "次旦",
  "益西",
  "群培",
  "才旦",
  "东主",
  "久美",
  "华旦",
  "拉毛",
  "卓嘎",
  "德庆",
  "仁增",
  "贡觉",
  "罗布",
  "旺姆",
  "措姆",
  "吉措",
  "才仁",
  "多吉",
  "洛松",
  "泽仁",
  "泽旺",
  "降措",
  "向巴",
  "拉巴",
  "次珍",
  "尼珍",
  "索朗",
  "斗拉",
  "周加",
  "才旺",
]);
