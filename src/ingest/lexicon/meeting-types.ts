import { CONVENING_VERBS, OPENING_VERBS, STUDY_VERBS } from "./event-verbs";
import { anyOf } from "./pattern";

/**
 * Meeting types, as a pattern over the title or lead and the canonical name it is counted under.
 * Order matters only between patterns that match at the same place: the earliest match in the
 * text wins (四季度例会暨职工大会 is a 例会).
 */
export const MEETING_TYPES: readonly { pattern: RegExp; type: string }[] = [
  {
    pattern: /理论学习中心组[^，。,；]{0,16}?(集体)?学习(会议?|研讨)?|中心组(集体)?学习(会议?)?/,
    type: "理论学习中心组学习会",
  },
  // 厅党组2025年第10次会议: a party group's numbered meeting.
  {
    pattern:
      /党组(\(扩大\))?(会议|会|扩大会议)|党组召开(扩大)?会议|党组[^，。,；;]{0,10}?第[\d一二三四五六七八九十百]{1,4}次(\(扩大\))?会议/,
    type: "党组会议",
  },
  { pattern: /党委(\(扩大\))?(会议|扩大会议)|党委会/, type: "党委会议" },
  // 人大常委会副主任, 常委会委员, 常委会办公室: the body in a title or an office's name, not its meeting.
  {
    pattern: /常委会(\(扩大\))?(会议|扩大会议|(?!副|主任|委员|秘书长|党组|办公|机关|工作|组成|领导|各|专门|代表))/,
    type: "常委会会议",
  },
  // A standing committee's numbered session: 政协某某委员会常务委员会第十三次会议.
  { pattern: /常务委员会(第[\d一二三四五六七八九十百]{1,4}次)?(会议|扩大会议)/, type: "常委会会议" },
  { pattern: /常务会议|常务会/, type: "常务会议" },
  // 政协主席会议, a congress's 主席团会议, the Politburo's meeting, a board's.
  { pattern: /主席团(第[\d一二三四五六七八九十百]{1,4}次)?会议/, type: "主席团会议" },
  { pattern: /主席会议/, type: "主席会议" },
  { pattern: /政治局(常委会)?(会议|召开会议)/, type: "政治局会议" },
  { pattern: /董事会(第[\d一二三四五六七八九十百]{1,4}次)?会议|董事会召开/, type: "董事会会议" },
  { pattern: /宣贯会(议)?/, type: "宣贯会" },
  { pattern: /办公会议?/, type: "办公会" },
  { pattern: /推进会(议)?|推进大会/, type: "推进会" },
  { pattern: /座谈会/, type: "座谈会" },
  { pattern: /培训班|专题班|研修班|轮训班/, type: "培训班" },
  { pattern: /干部大会/, type: "干部大会" },
  { pattern: /职工大会/, type: "职工大会" },
  { pattern: /例会/, type: "例会" },
  { pattern: /调度会(议)?/, type: "调度会" },
  { pattern: /部署会(议)?|动员部署会|动员会(议)?|动员大会/, type: "部署会" },
  { pattern: /现场会(议)?|观摩会/, type: "现场会" },
  { pattern: /报告会|宣讲会|讲座|讲坛|专题辅导/, type: "报告会" },
  { pattern: /研讨会|论坛/, type: "研讨会" },
  { pattern: /交流会|经验交流会/, type: "交流会" },
  { pattern: /联席会议/, type: "联席会议" },
  { pattern: /全体(会议|大会)|全会/, type: "全体会议" },
  { pattern: /视频会议|电视电话会议/, type: "视频会议" },
  { pattern: /专题会议|专题会/, type: "专题会议" },
  { pattern: /学习会|读书班/, type: "学习会" },
  // 前往北京述职 is a visit: a report on one's duties is a meeting when it is held as one.
  { pattern: /述职(评议)?(大?会|报告会)|述职评议|评议会/, type: "述职评议会" },
  // The weekly meeting of Taiwan's Executive Yuan (行政院会今日通过…, 在行政院会听取…), or the Legislative Yuan's sitting.
  { pattern: /(?:行政|立法)院(?:院)?会(?![同见计谈晤])/, type: "院会" },
  { pattern: /民主生活会/, type: "民主生活会" },
  { pattern: /组织生活会/, type: "组织生活会" },
  // 大会, not the end of 扩大会议.
  { pattern: /(工作)?会议|(?<!扩)大会|年会|峰会/, type: "工作会议" },
];

/**
 * Title verbs that make a report a meeting report even when no type is named: 召开, 开幕, 集体学习
 * (主持召开 and 组织召开 are covered by 召开).
 */
export const MEETING_VERBS = new RegExp(anyOf([...CONVENING_VERBS, ...OPENING_VERBS, ...STUDY_VERBS]));

/** Events held (举办…会) that are shows, fairs or games, not meetings: 博览会, 运动会, 晚会. */
const SHOW_OR_FAIR = ["博览", "展览", "展销", "运动", "晚", "音乐", "招聘", "交易", "庙", "灯", "游园", "联欢", "演唱"];

/** A lead that convenes a meeting or a class within one clause: 召开全省民政工作会, 举办培训班. */
export const CONVENES_MEETING = new RegExp(
  `${anyOf(CONVENING_VERBS)}(?:[^,，。“”]|“[^“”]{1,40}”){0,20}(?:(?<!${anyOf(SHOW_OR_FAIR)})会|班)`,
);

/** A title that reports a visit or an inspection (参观, 考察, 调研 …): a meeting its lead names is not its subject. */
export const VISIT_TITLE = /参观|考察|调研|视察|检查|督查|督导|走访|慰问|看望|会见|会晤|签约|签署|开工|揭牌|观摩学习/;

/**
 * A ceremony a title reports (举行…集中签约仪式, 揭牌仪式, 开工仪式): however it is held (举行, 召开), no meeting,
 * unless the title names one beside it (推进会暨签约仪式).
 */
export const CEREMONY_TITLE = /(?:签约|签署|揭牌|开工|奠基|授牌|竣工|开业|通车)(?:仪式|活动)/;

/** A party branch's day of activities (主题党日活动, 党日活动): a visit, a lesson or an oath, not a meeting. */
export const PARTY_DAY = /党日(?:活动)?/;

/** A meeting named as the source of what is studied (传达学习…会议精神): not the event reported. */
export const STUDIED_MEETING_AFTER = /^的?(?:精神|重要讲话|讲话精神|部署|决策部署)/;
