/**
 * Who holds an event: the words before the verb that convenes it (湖南省委常委会召开会议) name the
 * host, whose province the event belongs to, however often another place is its topic.
 */
import { anyOf } from "./pattern";

/** Verbs that follow the host in a title or a lead: 召开, 举行, 主持召开, 传达学习. */
export const HOST_VERBS: readonly string[] = [
  "主持召开",
  "组织召开",
  "召开",
  "举行",
  "举办",
  // Who calls others in to meet (国务院召集…负责人开会, 保监会也就股市开会了).
  "召集",
  "开会",
  "开展",
  "集体学习",
  "专题学习",
  "传达学习",
  "学习贯彻",
  "会见",
  "调研",
  "座谈",
  "部署",
  "审议",
  "主持",
  // The body that issues a document: 国务院关于推动…的意见.
  "关于",
  // Who leads a delegation hosts its visit: 甲省委书记率党政代表团赴乙省考察.
  "率领",
  "率队",
  "率团",
];

/** 率 before the delegation it leads (率特区政府代表团), not 率先. */
const LEADS_DELEGATION = "率(?=[^。;；,，]{0,16}(?:代表团|考察团|访问团))";

/** A session opening or closing names its body: 某委员会第五次会议在京开幕 (not 开幕式, 开幕会). */
const SESSION_OPENS = "(?:开幕|闭幕)(?![式会词辞])";

/** The host clause ends at the first host verb, not a group named by it (调研组); group 1 is what stands before it. */
export const HOST_CLAUSE = new RegExp(
  `^([^。;；!?！？\\n]{0,60}?)(?:${anyOf(HOST_VERBS)}(?![组团])|${LEADS_DELEGATION}|${SESSION_OPENS})`,
);

/** Central ministries, written 民政部, 教育部, 人力资源和社会保障部. */
const MINISTRIES = [
  "外交",
  "国防",
  "教育",
  "科学技术",
  "科技",
  "工业和信息化",
  "公安",
  "国家安全",
  "民政",
  "司法",
  "财政",
  "人力资源和社会保障",
  "人社",
  "自然资源",
  "生态环境",
  "住房和城乡建设",
  "交通运输",
  "水利",
  "农业农村",
  "商务",
  "文化和旅游",
  "卫生健康",
  "退役军人事务",
  "应急管理",
  "审计",
];

/**
 * National bodies: an event they hold is national (no province), even when it is held in Beijing
 * or its dateline says 北京. Read only in a host clause that names no place: 国家税务总局山东省税务局
 * is in 山东.
 */
export const NATIONAL_BODY = new RegExp(
  [
    "国务院",
    "全国人大",
    "全国人民代表大会",
    "全国政协",
    "政协第?[\\u4e00-\\u9fff]{1,4}届全国委员会",
    "中国人民政治协商会议(?:第?[\\u4e00-\\u9fff]{1,4}届)?全国委员会",
    "中共中央",
    "党中央",
    "中央(?:政治局|委员会|纪委|军委|办公厅|组织部|宣传部|统战部|政法委|网信办|财经委|外办|编办|和国家机关工委|国家安全委员会|全面深化改革委员会)",
    "中纪委",
    "国家监委",
    "最高人民(?:法院|检察院)",
    `(?<![省市县区州厅])(?:${anyOf(MINISTRIES)})部`,
    "国家[\\u4e00-\\u9fff]{1,10}(?:局|委|署|总局|委员会)",
    "(?<![省市区县州])国资委",
    // The financial regulators and the central bank: 证监会, 银保监会, 中国人民银行, 央行.
    "(?<![省市区县州])(?:证监会|银保监会|保监会|银监会)",
    "中国人民银行",
    "央行",
    // National people's organisations and academies: 全国妇联, 共青团中央, 中国科协, 中国社会科学院.
    "(?:中华)?全国(?:妇联|总工会|工商联|侨联|台联|青联|学联|妇女联合会|工商业联合会|归国华侨联合会)",
    "(?:共青)?团中央",
    "中国(?:科协|文联|作协|残联|侨联|社会科学院|社科院|科学院|工程院|科学技术协会|文学艺术界联合会|作家协会|残疾人联合会)",
    // The central committees of the democratic parties: 民进中央, 九三学社中央.
    "(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟)中央",
    // …and their full names, a term between (中国民主促进会第十四届中央常务委员会).
    "(?:中国(?:国民党革命委员会|民主同盟|民主建国会|民主促进会|农工民主党|致公党)|九三学社|台湾民主自治同盟)(?:第[\\u4e00-\\u9fff]{1,4}届)?中央",
    // A central state firm (中国有色集团, 中国华能集团有限公司); its branches name their province.
    "中国[\\u4e00-\\u9fff]{2,8}?集团(?:有限公司)?",
    // …and those named 国家 (国家电网有限公司, 国家能源集团); 国网某省电力 is a branch.
    "国家(?:电网|管网|能源(?:投资)?|电力投资)(?:集团)?(?:有限公司)?",
  ].join("|"),
);

/**
 * A national conference that opens its clause (全国对口支援某地工作会议, 全国某某工作推进会): a national
 * body convenes it wherever it is held, and the places in its name are its topic. Group 1 is its name.
 */
/**
 * What 全国 opens that is no national body: its people (全国人大代表座谈会 is the province's), its two
 * sessions, and the honours a place competes for (全国文明城市创建推进会 is the city's).
 */
const LOCAL_HONOURS = "两会|人大代表|政协委员|劳动模范|劳模|道德模范|文明|卫生城市|双拥模范";
/** Its year or its number may come first: 2024年全国某某工作会议, 第十六次全国某某工作会议. */
const CONFERENCE_NUMBER = "(?:\\d{4}年度?)?(?:第[\\d一二三四五六七八九十百]{1,4}[次届])?";
export const NATIONAL_MEETING = new RegExp(
  `^[^\\u4e00-\\u9fff]{0,3}(?:(?:\\d{4}年)?(?:[\\d一二三四五六七八九十]{1,3}月)?[\\d一二三四五六七八九十]{1,3}日[上下]?午?[^\\u4e00-\\u9fff]{0,2})?${CONFERENCE_NUMBER}(全国(?!${LOCAL_HONOURS})[^,，。;；:：]{2,40}?(?:会议|大会|工作会|年会|座谈会?|推进会|现场会|交流会|宣贯会|研讨会|论坛))`,
);

/** A leader's speech given on a visit, as reports study it (考察时重要讲话, 视察期间的重要指示). */
const SPEECH_ON_A_VISIT_SOURCE = "(?:考察|视察|调研)(?:时|期间)(?:的|发表的)?重要(?:讲话|指示)";

/** Such a speech in a title (学习贯彻…在宁夏考察时的重要讲话精神): no visit of the report's own. */
export const SPEECH_ON_A_VISIT = new RegExp(SPEECH_ON_A_VISIT_SOURCE, "g");

/**
 * Words after a place that make it where a leader's studied speech was given (习近平总书记…、在浙江考察时重要讲话精神):
 * a topic, whoever is named before the 在.
 */
export const SPEECH_GIVEN_AFTER_PLACE = new RegExp(`^[省市]?${SPEECH_ON_A_VISIT_SOURCE}`);

/**
 * Words before a place that make it a topic or a destination, not the host: 关于西藏工作, 支援新疆,
 * 赴浙江考察, 与广东对接, (习近平在)参加江苏代表团审议, (习近平总书记)致复旦大学建校120周年的贺信.
 */

export const TOPIC_BEFORE_PLACE = new RegExp(
  `(?:${anyOf(["关于", "支援", "援", "赴", "到", "前往", "对口", "帮扶", "与", "同", "和", "向", "来自", "学习", "考察", "视察", "参加", "致"])})$`,
);

/**
 * What follows a province that sends aid (北京、江苏第十一批援藏干部, 江苏两地援疆工作): the province is the
 * sender, a topic of the aided place's meeting.
 */
export const AID_SENDER_AFTER =
  /^(?:[、和与及][\u4e00-\u9fff]{2,3})*(?:两地|三地|等地)?(?:第[一二三四五六七八九十\d]{1,3}批)?援(?:藏|疆|青)/;

/**
 * The Great Hall of the People in Beijing (在人民大会堂, 北京人民大会堂): the venue of national
 * congresses and celebrations. A province's own hall bears its name (浙江人民大会堂).
 */
export const GREAT_HALL = /(?:北京|[在于])人民大会堂/;

/** A visitor arriving, after the body they come from: 国务院某办主任甲莅临立法会, 到访, 来到. */
export const GUEST_ARRIVING = /莅临|到访|来到/;

/**
 * A delegation at the place it visits (代表团在山南市进行考察, 代表团来湘考察, 代表团到某地访问): that
 * place holds what the visit brings about. Group 1 is the place, with the word that leads to it.
 */
export const DELEGATION_VISIT = /代表团(?:一行)?((?:在|来|赴|到|抵)[^,，。;；]{1,12}?)(?:进行)?(?:考察|调研|访问|交流)/;
/** Words before a visit that is still to come (明天会率领…, 将率…): it holds nothing yet. */
export const VISIT_PLANNED = /将|拟|明天|明日|下周|计划|即将/;

/** A host clause that ends with a visit, not a meeting: 甲在某市调研. */
export const VISIT_VERB_AT_END = /调研$/;
/** Where a visit goes, right before its verb: 在某市, 到某省, 赴某县 (调研). */
export const VISITED_PLACE_AT_END = /(?:在|于|到|赴|来)[^,，。;；]{1,20}$/;

/** Where the event is held, right before its verb: "…在北京人民大会堂" (举行). A venue is not the host. */
export const VENUE_AT_END = /(?:在|于)[^,，。;；]{1,20}$/;

/** Words that show a clause names a body, not only a person: 省委, 常委会, 民政厅, 政府, 人大. */
export const ORGANISATION_WORD = /[委厅局部院府办会司处署社校所团组队]|人大|政协|政府|集团|公司|大学|中心/;

/** The end of the meeting named after its verb. */
export const CLAUSE_END = /[,，。;；:：\s]/;

/**
 * A wire dateline opening a lead: "新华社北京2月2日电", "本报讯", "大江新闻讯"; with the space after it,
 * which a page that lost its encoding prints as "?".
 */
export const DATELINE_PREFIX = /^.*?(?:\d{1,2}日电|讯)[\s?]*/;
