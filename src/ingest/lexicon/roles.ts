import type { Role } from "../types";
import {
  ADDRESSING_VERBS,
  ATTENDING_VERBS,
  DELIVERED,
  DELIVERING_VERBS,
  HOSTING_VERBS,
  RELAYING_VERBS,
  REPORTED_SPEECH_VERBS,
  SPEAKING_VERBS,
  TRAVEL_TO_VISIT,
} from "./event-verbs";
import { CITY_PROVINCE } from "./cities";
import { anyOf } from "./pattern";
import { PROVINCES } from "./provinces";
import { MANNER_AFTER_NAME, TIME_AFTER_NAME } from "./name-followers";

const atStart = (words: readonly string[]) => new RegExp(`^${anyOf(words)}`);

/** What a document under discussion is called at its end: 名单(草案), 实施方案, 议事规则. */
const DOCUMENT_NOUN = "(?:名单|草案|方案|办法|规定|规则|条例|决定|决议|议案|意见|计划|预算|规划|纲要)";

/**
 * 作重要讲话, 发表了书面报告: a delivering verb, at most twelve characters of the same clause, what is
 * delivered; the subject may stand between, as a document's title or a 关于… phrase (作了《…》的报告,
 * 作的关于…的说明) or what it concerns (作…代表选举工作有关问题的说明), however long.
 */
const DELIVERS = `${anyOf(DELIVERING_VERBS)}[了的]?(?:[^，。,；;《]{0,12}?(?:《[^》。]{1,60}》|关于[^。;；《]{1,60}?(?:《[^》。]{1,60}》)?[^。;；《]{0,20}?的)|[^，。,；;《]{1,60}?(?:有关|相关)(?:问题|情况|事项)的|[^，。,；;《]{1,60}?${DOCUMENT_NOUN}(?:\\((?:草案|送审稿|征求意见稿|修订稿)\\))?的)?[^，。,；;]{0,24}${anyOf(DELIVERED)}`;

/** 向大会报告常委会工作: an officer reports a body's work to the meeting, the body named between. */
const REPORTS_WORK = "报告了?[^，。,；;]{1,20}?工作";

/**
 * Verbs after a name that say how the person took part. Strong cues put a person at the event;
 * speech cues (指出, 强调) only refine the role of someone already placed there, because reports
 * also quote people speaking elsewhere.
 */
export const ROLE_CUES: readonly { pattern: RegExp; role: Exclude<Role, "提及">; strong: boolean }[] = [
  { pattern: atStart(HOSTING_VERBS), role: "主持", strong: true },
  { pattern: atStart(ADDRESSING_VERBS), role: "致辞", strong: true },
  { pattern: atStart(RELAYING_VERBS), role: "传达", strong: true },
  { pattern: new RegExp(`^(?:${DELIVERS}|${anyOf(SPEAKING_VERBS)}|${REPORTS_WORK})`), role: "讲话", strong: true },
  // 对某某方案进行学习培训, 对下一步工作进行安排部署, 对具体事宜做了详细安排部署, 对重要文章进行学习梳理,
  // 对上年工作进行了回顾, 安排整改工作: who instructs, walks others through a text, reviews the work or
  // assigns it speaks.
  {
    pattern:
      /^(?:对[^，。,；;]{1,40}?(?:进行了?|[作做]了)(?:详细|具体|全面|专题|系统)?(?:学习培训|培训|解读|讲解|说明|安排部署|部署|安排|学习梳理|梳理|导读|简要回顾|回顾|总结|点评)|安排(?:部署)?[^，。,；;]{0,12}?工作)/,
    role: "讲话",
    strong: true,
  },
  { pattern: atStart(ATTENDING_VERBS), role: "出席", strong: true },
  { pattern: new RegExp(`^${TRAVEL_TO_VISIT}`), role: "出席", strong: true },
  // 甲就区税务工作开展调研, 乙就…进行座谈调研: who inspects a matter, the place left out, is on the visit
  // (not the earlier visit a speech was given on: 就…调研时的讲话).
  {
    pattern: /^(?:就[^，。,；;]{1,40}?)?(?:开展|进行)了?[^，。,；;]{0,4}?(?:调研|考察|检查|督导|视察)(?!时)/,
    role: "出席",
    strong: true,
  },
  // 甲在礼宾府与乙会面, 甲与乙签署合作协议, 甲与参加某会议的委员举行见面会: both met, and the report is of the meeting.
  {
    pattern:
      /^(?:在[^，。,；;]{1,10}?)?(?:与|同|和)[^。;；]{1,80}?(?:会面|见面|会谈|会晤|座谈|举行会谈|举行见面会|签署|签订|签约)/,
    role: "出席",
    strong: true,
  },
  // 甲与网友交流互动, 乙同基层干部对话: who talks with others, within the clause, is there.
  { pattern: /^(?:在[^，。,；;]{1,10}?)?(?:与|同|和)[^，。,；;]{1,16}?(?:交流|互动|对话)/, role: "出席", strong: true },
  // 甲、乙等亦有参与会见: who takes part in the meeting with a guest is there, as Macau's reports write it.
  { pattern: /^参与了?(?:会见|会谈|会晤|接见|会议|座谈)/, role: "出席", strong: true },
  // 会见甲一行, 欢迎乙一行: a visiting party is there.
  { pattern: /^一行(?=[,，。;；])/, role: "出席", strong: true },
  // 与某公司董事长甲一行座谈交流: a guest who talks with the host is there.
  { pattern: /^(?:座谈|洽谈)/, role: "出席", strong: true },
  // 与某银行董事长甲举行工作会谈: the counterpart of a talk takes part in it.
  { pattern: /^举行[^，。,；;]{0,4}?(?:会谈|会晤|座谈|洽谈)/, role: "出席", strong: true },
  // 带领县委办、县发改局负责人调研督导: who leads an inspection is on it (a team led on an action: `LEADS_ON_ACTION`).
  {
    pattern: /^(?:带领|率领)[^，。,；;]{1,64}?(?:调研|考察|检查|督导|视察|看望|慰问|走访|巡查|开展|学习)/,
    role: "出席",
    strong: true,
  },
  // 带领有关部门负责人到某乡…进行调研, 深入某企业: who leads others to a site is on the visit, however long what follows.
  {
    pattern:
      /^(?:带领|率领)[^，。,；;]{1,64}?(?:到|赴|前往|深入)[^，。,；;]{1,16}?(?:乡|镇|村|街道|社区|县|区|企业|公司|园区|学校|医院|项目|现场|一线|基层|车间)/,
    role: "出席",
    strong: true,
  },
  // 甲、乙任大会主席团常务主席, 丙为大会执行主席: who takes a post of the session's presidium is at the session.
  { pattern: /^[任为][^，。,；;]{0,30}?(?:主席团常务主席|执行主席|主席团成员)/, role: "出席", strong: true },
  // 在主席台执行主席席就座, 在主席台第一排就坐: who is seated on the rostrum, at whatever place of it, is there.
  { pattern: /^在主席台[^，。,；;]{0,10}?就[座坐]/, role: "出席", strong: true },
  // 推选甲为代表团团长, 推选乙、丙为副团长: who is elected to lead the delegation at its meeting is there.
  { pattern: /^(?:同志)?为(?:代表团)?副?团长/, role: "出席", strong: true },
  // 率经贸访问团访问某国, 率代表团出访: who leads a delegation is on its visit.
  { pattern: /^率(?:领)?[^，。,；;]{0,16}?(?:代表团|考察团|访问团)/, role: "出席", strong: true },
  // 为某局揭牌, 为获奖单位颁奖: who unveils a plaque or hands out awards is at the ceremony.
  { pattern: /^为[^，。,；;]{1,30}?(?:揭牌|揭幕|授牌|颁奖|授旗|剪彩)/, role: "出席", strong: true },
  // 在甲、乙的陪同下: those who accompany are there.
  { pattern: /^的陪同下/, role: "出席", strong: true },
  // 交流参会心得, 交流了学习体会, 交流调研成果: what a participant shares is said at the meeting.
  {
    pattern: /^交流了?[^，。,；;]{0,10}?(?:心得|体会|发言|经验|做法|成果|意见|建议|看法|想法)/,
    role: "讲话",
    strong: true,
  },
  // 分别就各自的看法与来宾交流: who, one after another, exchanges views with the guest speaks there.
  { pattern: /^交流(?=[,，。;；])/, role: "讲话", strong: true },
  // 甲、乙等逐一提出意见建议: who puts forward opinions at a consultation speaks there (not 提出的要求).
  { pattern: /^提出了?[^，。,；;的]{0,6}?(?:意见|建议)/, role: "讲话", strong: true },
  // 甲参事就某问题发表了意见, 乙发表感言: who gives views at the meeting speaks there.
  { pattern: /^发表了?[^，。,；;]{0,6}?(?:意见|看法|见解|感言)/, role: "讲话", strong: true },
  // 最后,甲提出四点要求, 乙对下一步工作提出三点希望: demands made point by point are a speech's.
  { pattern: /^提出了?[一二三四五六七八九十几两]+点(?:具体|明确)?(?:要求|意见|希望)/, role: "讲话", strong: true },
  // 甲在会上,从坚持党的领导、抓好民生等三个方面提出工作要求: the demands a speaker makes, point by point.
  {
    pattern: /^[,，]?从[^。;；]{1,50}?方面(?:提出|作出|作了|对)[^。;；,，]{0,8}?(?:要求|部署|讲话)/,
    role: "讲话",
    strong: true,
  },
  // 在研讨发言中指出, 在发言中说: a discussion or a member's speech at the meeting itself, not a speech
  // quoted from elsewhere (在讲话中指出).
  { pattern: /^在(?:[^，。,；;]{0,4}(?:研讨|交流))?发言中/, role: "讲话", strong: true },
  // 甲同志代表镇党委,对过去一年的工作表示充分的肯定, 乙代表县委向大会表示祝贺 (代表… is filler): who thanks,
  // praises or makes demands of those present speaks to the meeting.
  {
    pattern:
      /^[,，]?(?:(?:对|向)[^。;；]{1,60}?)?(?:表示(?:了)?(?:充分的?|衷心的?|热烈的?)?(?:肯定|感谢|祝贺|欢迎|慰问)|提出(?:了[^。;；,，]{0,8}?|[^。;；,，的]{0,6}?)(?:要求|希望))/,
    role: "讲话",
    strong: true,
  },
  { pattern: atStart(REPORTED_SPEECH_VERBS), role: "讲话", strong: false },
];

/**
 * A statement made by the subject of a sentence, after at most a time, the occasion (在调研时, 在会上,
 * 在听取汇报后) or an adverb: 县长甲强调, 乙在调研时表示. Said at the event the report is about; not
 * 在讲话中指出, which quotes a speech that may have been given elsewhere.
 */
export const SUBJECT_STATEMENT = new RegExp(
  `^(?:同志)?(?:${TIME_AFTER_NAME})?(?:在(?:会上|会议上|座谈时|[^，。,；;:：“”「」]{1,24}?(?:时|后)|[^，。,；;:：「」]{1,60}?(?:会|讲坛|论坛|讲座|通道|仪式|典礼|活动)上)|[^，。,；;:：“”「」在]{1,8}?时|${TIME_AFTER_NAME})?(?:也|还|则|首先|随后|最后|同时|进一步|再次|特别)?(?:表示|指出|强调|说|认为|要求|表态|充分肯定|肯定了)`,
);

/** What may stand before the subject of such a statement, since its clause began: titles, not 据 or 听取…的. */
export const SUBJECT_PREFIX = /(?:^|[。！？!?；;，,：:\s])[^。！？!?；;，,：:\s的在对向据称听与同]{0,40}$/;

/**
 * 带领由县生态环境分局、水利局、某某镇工作人员组成的联合执法队在某水库开展执法行动: who leads a team on an
 * enforcement action is on it, however long the team's make-up. Read on a longer stretch than the other cues.
 */
export const LEADS_ON_ACTION = /^(?:带领|率领)[^，。,；;]{1,100}?开展[^，。,；;]{0,20}?(?:检查|巡查|执法|专项)行动/;
/** How far after the name `LEADS_ON_ACTION` is read. */
export const LEADS_ON_ACTION_REACH = 140;

/** When cues disagree, the more specific role wins: 主持会议并讲话 is 主持; 出席会议并致辞 is 致辞. */
export const ROLE_PRIORITY: Readonly<Record<Role, number>> = { 主持: 5, 致辞: 4, 传达: 3, 讲话: 2, 出席: 1, 提及: 0 };

/**
 * What a speaker speaks about, between the name and the verb: 围绕《条例》作专题辅导报告, 就…作了发言,
 * 就…问题提出意见建议 (not 就…提出的要求, asked before), 结合各自调研所得作了发言, 就…问题回答记者提问,
 * 以《…》为题,为新生讲授 (not the 作 of 工作, 作风, 作用: 就…等工作到我市调研). A pattern source for `ROLE_FILLER`.
 */
const TOPIC_BEFORE_VERB = String.raw`以(?:(?:《[^》。]{1,80}》|“[^”。]{1,80}”)[,，、]?){1,12}等?为题[,，]?|(?:[,，](?=结合|围绕))?(?:围绕|就|结合|针对|以|从(?=[^。;；]{1,80}?(?:方面|角度|层面)))[^。;；]{1,80}?(?=(?<![工合协])作(?![风用为品])|做(?![好法到实])|进行|发表|发言|交流|介绍|汇报|谈|回答|答记者|[讲上]了一|提出(?!的))|对[^。;；]{1,50}?(?=(?:分别)?谈|提出)`;

/** The group a person leads in, between the name and the verb: 甲率巡听旁听组出席. */
const GROUP_LED = String.raw`(?:率|带领)[^，。,；;]{1,20}?(?=出席|参加|列席|到会|莅临)`;

/**
 * Whom a speaker speaks to, between the name and the verb: 为与会人员作辅导讲座, 为大家授课, 向大会作报告,
 * 向大会报告…工作, 向副省长汇报, 向大家详细介绍了….
 */
const AUDIENCE_BEFORE_VERB = String.raw`[为向][^，。,；;]{1,12}?(?=作|进行|授课|讲授|宣讲|报告|汇报|介绍|通报|解读|[讲上]了一)`;

/** Where a person chairs, attends or meets a guest, a city or province named before the verb: 甲在长春主持召开, 乙在长春会见. */
const CITY_BEFORE_VERB = `在${anyOf([...CITY_PROVINCE.keys(), ...PROVINCES.flatMap((p) => p.names)])}(?:市|省)?(?=主持|出席|参加|会见|接见|拜会|拜访|会晤|会谈|调研|检查|看望|慰问|走访)`;

/**
 * Any short place or venue between the name and the verb of chairing, attending or meeting: 甲在东区出席,
 * 乙在中南海瀛台会见, 丙在会议展览中心主持 (what `CITY_BEFORE_VERB` and `ROOM_BEFORE_VERB` do not name).
 */
const VENUE_BEFORE_VERB = "在[^，。,;；「」“”《》]{1,12}?(?=主持|出席|参加|会见|接见|会晤|会谈)";

/** Who escorts a person, between the name and the verb: 甲在乙、丙陪同下走访慰问. */
const ESCORTED_BY = "在[^。;；]{1,60}?(?:的)?陪同下";

/** The meeting a person chairs, attends, hears or speaks at, named before the verb: 甲在市务会听取…, 乙在大会上发言. */
const MEETING_BEFORE_VERB = "在[^，。,;；「」“”]{1,10}?会(?:议)?上?(?=听取|主持|出席|致辞|(?:发言|讲话)(?!中)|表态|作)";

/**
 * The room or hall where a person chairs, attends or speaks, named before the verb: 甲在二楼会议室主持召开,
 * 乙在市委礼堂作题为《…》的宣讲.
 */
const ROOM_BEFORE_VERB =
  "在[^，。,;；「」“”]{1,16}?(?:会议室|会议厅|会议中心|礼堂|报告厅|会堂)(?=主持|出席|参加|会见|接见|会晤|会谈|听取|致辞|讲话|作(?:了|题为|专题|主题|[《“]|[^，。,;；]{0,4}?(?:报告|宣讲|讲座|辅导|党课)))";

/** Who the people a list closes with 等 are: 等领导, 等领导、学者, 等专家和嘉宾. */
const GROUP_NOUN = "领导|同志|负责人|人员|代表|成员|干部|理事(?!会)|委员(?!会)|常委(?!会)|专家|学者|嘉宾|企业家";

/**
 * What may stand between a name and its verb: its posts in brackets (甲(省委常委、秘书长)出席), 在会上, 在讲话中,
 * 在研究相关议题时 (who sits in for one item of the agenda), 同志 (or 博士, 先生, 女士), 也, 还, 同时, 首先, 随后, 通过视频方式, a list's count
 * and title (甲、乙三位委员分别…).
 * The order of the 在… alternatives matters: 在会上讲话时强调 reads as 在会上 + 讲话, a strong cue.
 */
export const ROLE_FILLER = new RegExp(
  String.raw`^([(（][^()（）\n]{1,40}[)）])?(同志|博士|先生|女士|[两二三四五六七八九十\d]{1,2}[位名](?:委员(?!会)|常委(?!会)|代表|同志|领导|成员|干部|负责人|专家|嘉宾)|(?:等|[两二三四五六七八九十\d]{1,2}[位名])[\u4e00-\u9fff\d]{0,16}?(?=先后|分别|相继|共同|一同|逐一|依次|踊跃|纷纷)|等(?:来自[^，。,;；]{1,60}?等?)?[^，。,;；]{0,12}?(?:${GROUP_NOUN})(?:[、和及与](?:${GROUP_NOUN}))*(?:同志)?|等[两二三四五六七八九十百\d]{1,3}[人位名](?:同志)?|等(同志)?|和(?:其他|其余)[^，。,;；]{0,10}?(?:${GROUP_NOUN})(?:同志)?[,，]?)?(${TIME_AFTER_NAME})?(${TOPIC_BEFORE_VERB}|${AUDIENCE_BEFORE_VERB}|${GROUP_LED}|在(会上|会议上|讲话中|讲话时|动员讲话中|开班式上|开幕式上|座谈会上|会上讲话时)|在(?:研究|审议|讨论|听取)[^，。,;；]{1,16}?时|在[^，。,;；]{1,40}?(?:研学|学习|研讨|交流|座谈|讨论)中(?=作)|在[^，。,;；]{1,10}?[主分]?会场|${CITY_BEFORE_VERB}|${MEETING_BEFORE_VERB}|${ROOM_BEFORE_VERB}|${VENUE_BEFORE_VERB}|${ESCORTED_BY}|${MANNER_AFTER_NAME}|首先|随后|最后|同时|亦有|亦|也|还|一并|受[^，。,;；]{1,16}?委托[,，]?|受邀|[,，](?=(?:也|还)?(?:分别|先后|相继|依次|逐一))|分别|先后|相继|连续|共同|一同|逐一|依次|亲自|亲切|专门|专题|详细|简要|着重|重点|具体|踊跃|纷纷|代表[^，。,的]{0,12}?(?=讲话|发言|致辞|作(?!的)|表态|宣读|汇报|通报|介绍|表示|向|参加|出席|上台)|代表[^，。,的]{0,24}?(?:委员会|常委会|政府)(?=作(?!的))|代表[^，。,]{0,12}|上台(?=领奖|发言|致辞|讲话|参加|签约|签字)){0,3}(一行(?![,，。;；]))?(应邀)?(并)?`,
);

/** What joins two verbs of one person, within a short clause: 出席会议并讲话, 主持会议后讲话. */
export const CUE_LINK = /^[^,，。;；:：]{0,10}?(并|和|及|后|再|又|,并|，并)/;

/**
 * A name listed with unnamed others shares their verb: "马建军、巡视组有关同志到会指导",
 * "秘书长甲和委员共30人出席会议", "秘书长丙,副秘书长,各委室主任参加会议", "以及区委、区政府领导等应邀出席",
 * "副县长丁,各乡镇负责人等在政府五楼会议室收听收看", "副主任甲、乙及机关全体干部参加会议", "副主任甲,各代表团召集人参加会议",
 * "副校长丙,相关部门负责人、各学院院长和毕业班辅导员参加了会议", "市领导甲、乙及有关部门负责人等分别陪同".
 * Group 1 is the verb, read with `ROLE_CUES`.
 */
export const GROUP_CUE = new RegExp(
  `^[^。]*?(?:同志|负责人|代表|员|常委|主席|领导|团长|书记|主任|秘书长|院长|校长|干部|职工|员工|师生|教师|学生|群众|召集人|嘉宾|等|\\d+人|余人|多人)(?:在会上|在[^，。,；;]{1,16}?(?:会议室|会议厅|分会场|主会场|会场|礼堂|报告厅))?(?:也|亦|还)?(?:分别|先后|一同|共同|全程)?(?:应邀)?(${anyOf([...ATTENDING_VERBS, ...SPEAKING_VERBS])})`,
);

/**
 * Words right after a name that show it is not a person at the event: 的讲话, 关于, 重要指示, 调研某地讲话精神,
 * the demands of an earlier visit (甲书记到某单位开展调研提出的要求) or its speech (甲到我县督导检查…工作时的讲话精神),
 * a speech studied (落实甲同志讲话要求).
 */
export const MENTION_ONLY_FOLLOWERS =
  /^(总书记|同志)?(的(?!陪同下)|关于|重要|委托|在[^，。,]{0,20}(上|时|中)的|(?:参加|出席)[^，。,]{0,30}?时的|视察|考察|调研[^，。,；;]{0,12}?(?:时的)?(?:重要)?讲话精神|(?:调研|考察|视察)[^，。,；;]{1,12}?时的(?:重要)?(?:指示|要求)|来信|回信|贺信|指示|批示|对[^，。,]{0,12}(作出|做出)|[\u4e00-\u9fff]{0,4}?(?:到|赴)[^，。,；;]{1,24}?(?:调研|考察|视察)时?(?:提出|作出|发表)的|(?:到|赴|来)[^，。,；;]{1,40}?时的(?:重要)?讲话|讲话(?:精神|要求(?=[,，。;；])))/;

/**
 * A leader's 要求 that a meeting is to follow, the object of 按照, 根据, 落实 … in the same clause
 * (按照市委部署和甲书记要求,…): what the leader asked before, not what they say at the meeting.
 */
export const DIRECTIVE_FOLLOWED_BEFORE = /(?:按照|根据|遵照|对照|落实|贯彻)[^，。,；;]{0,30}$/;
export const DIRECTIVE_NOUN_AFTER = /^要求(?:[,，。;；]|$)/;

/**
 * What a meeting relays is said before the name, in the same sentence: 传达了, 传达学习了, 全文传达学习了.
 * `RELAYED_RIGHT_BEFORE`: with nothing but a title between it and the name.
 */
export const RELAYED_BEFORE = /传达(?:学习)?了?[^。;；]{0,60}$/;
export const RELAYED_RIGHT_BEFORE = /传达(?:学习)?了?[^，。,；;、]{0,16}$/;
/**
 * A relayed leader's speech at another event, read after the name and its title: 参加全国人大某代表团,
 * 乙总理参加某代表团审议时的讲话精神 (a list of such leaders may stand between), or on an earlier
 * visit: 传达市委常委甲到我县督导检查…工作时的讲话精神.
 */
export const RELAYED_SPEECH = /^(?:参加|出席|到|赴|来|莅临|深入)[^。;；]{0,60}?时?(?:的|所作的)(?:重要)?讲话/;
/** A relayed report by its author, after the name and its title: 代表某委员会所作的报告, 所作的大会报告. */
export const RELAYED_REPORT = /^(?:同志)?(?:代表[^。;；,，]{1,40}?)?(?:所作|作)的?[^。;；,，]{0,16}?(?:报告|讲话)/;

/**
 * What continues a list of names toward its shared verb: 、 or a comma, or a joiner before the last
 * name (甲、乙和秘书长丙出席会议, 县委书记甲与县长乙出席).
 */
export const LIST_CONTINUES = /^(?:[,，、;；]|以及|和|及|与)/;

/**
 * A report the meeting heard: 听取了…周强关于预算执行情况的汇报 — 周强 spoke at the meeting, as 甲 and 乙 did
 * in 听取了甲、乙分别作的某检查组关于…的报告 and 丙 in a chain of them (…、丙作的《省政府关于…的报告》);
 * 审议通过了由甲代表某委员会向大会所作的《…》的报告 — 甲 delivered it, for the body, to the congress.
 */
export const HEARD_BEFORE = /(?:听取|审议|听了)[^。]*$/;
export const HEARD_REPORT =
  /^(?:同志)?(?:代表[^。;；,，]{1,40}?)?(?:向[^。;；,，]{1,16}?)?(?:(?:分别|先后)?所?作的?)?(?:《[^》。]{1,80}?(?:汇报|报告|说明|通报)》|(?:[^。;；,，《]{0,24}?关于[^。;；]{0,160}?的|《[^》。]{1,80}》的?|的)?[^。;；,，]{0,24}?(?:汇报|报告|说明|通报|情况介绍|发言))/;

/**
 * Words that open a list of the people present, the names coming after them: 出席会议的有…, 出席活动的各机构负责人包括…,
 * 陪同考察的还有…, 随同前往的包括…, 代表团成员包括…. The list runs to the end of its sentence, its groups apart
 * by semicolons (…司长甲、主任乙;某促进会会长丙、副会长丁等). And the body a plenum has just elected:
 * 新一届市委常委还包括市委副书记:甲、乙,市委常委:丙、丁.
 */
export const PRESENT_LIST_OPENER =
  /(?:(?:出席|参加|列席|陪同|随同|到会|就座|莅临|光临)[^。;；]{0,30}?的(?:[^。;；，,]{0,20}?(?:领导|人员|同志|负责人|官员|嘉宾|代表))?(?:还)?(?:有|包括)|成员(?:还)?(?:有|包括|为)|(?:大会|会议)的?执行主席(?:是|为|有)|新一届[^。;；，,]{0,20}?(?:还)?(?:有|包括|为|是))[:：]?[^。]*$/;
