/**
 * Verbs of events and of taking part in them. Each list is one piece of knowledge; the patterns
 * that test titles, leads and the words after a name are built from these lists.
 */
import { anyOf } from "./pattern";

/** Verbs that convene an event: 召开会议, 举行仪式, 举办培训班. */
export const CONVENING_VERBS: readonly string[] = ["召开", "举行", "举办"];

/** An event opening or closing: 开班, 开幕, 闭幕. */
export const OPENING_VERBS: readonly string[] = ["开班", "开幕", "闭幕"];

/** Study sessions that are meetings in themselves: 集体学习, 专题学习, 传达学习. */
export const STUDY_VERBS: readonly string[] = ["集体学习", "专题学习", "传达学习"];

// How a person takes part, written right after the name (庄严主持会议, 刘渊出席并讲话).

/** Chairing: 主持会议, 主持召开, 召集. */
export const HOSTING_VERBS: readonly string[] = ["主持召开", "主持会议", "主持", "召集"];

/** Formal addresses: 致辞, 致欢迎辞, 致贺词. */
export const ADDRESSING_VERBS: readonly string[] = [
  "致辞",
  "致词",
  ...["欢迎", "开幕", "闭幕", "贺"].flatMap((kind) => [`致${kind}辞`, `致${kind}词`]),
];

/** Relaying a document or a superior's speech: 传达, 作传达. */
export const RELAYING_VERBS: readonly string[] = ["传达", "作传达"];

/** Speaking, lecturing, reading out: 讲话, 领学, 宣读, 讲党课. */
export const SPEAKING_VERBS: readonly string[] = [
  "讲话",
  "发言",
  "汇报",
  "介绍",
  "作说明",
  "作出说明",
  "授课",
  "宣讲",
  "领学",
  "宣读",
  "通报",
  "作交流",
  "讲授",
  "讲党课",
  "上党课",
  // 为全体党员讲了一堂专题党课, 上了一堂生动的思政课.
  "讲了一堂",
  "上了一堂",
  "主讲",
  "点评",
  "解读",
  // 向常委会会议报告工作: a body's officer reports its work to it.
  "报告工作",
  // 对下一步工作提出具体要求: the demands a speaker makes.
  "提出要求",
  "提出具体要求",
  "提出明确要求",
  // At a press conference: 回答记者提问, 答记者问.
  "回答",
  "答记者问",
  // 会上,主任甲寄语新任负责人要…: words for those just appointed.
  "寄语",
  // 省长甲部署高质量项目建设工作, 区领导乙安排当前森林防灭火工作: the work a speaker assigns.
  "部署",
  "安排部署",
  "安排",
];

/** Delivering something: 作重要讲话, 发表专题报告 (these verbs, then at most a few words, then `DELIVERED`). */
export const DELIVERING_VERBS: readonly string[] = ["作", "做", "发表", "进行", "谈"];

/** What is delivered after `DELIVERING_VERBS`. */
export const DELIVERED: readonly string[] = [
  "讲话",
  "报告",
  "辅导",
  "发言",
  "授课",
  "部署",
  "总结",
  "点评",
  "宣讲",
  "党课",
  "说明",
  "汇报",
  "讲座",
  "交流",
  "体会",
  "打算",
  "设想",
  "看法",
  "想法",
  "解读",
  // 就下一步工作进行了介绍.
  "介绍",
  // 作主题发布: the speaker at a press conference.
  "发布",
  // 代表领导班子作对照检查: a member's self-examination at a 民主生活会.
  "对照检查",
];

/** Being there: 出席, 列席, 到会, 带队, 陪同, and what officials do on a visit (调研, 看望, 会见). */
export const ATTENDING_VERBS: readonly string[] = [
  "调研",
  "检查",
  "督导",
  // 副市长甲现场指导工作: who guides on the spot is there.
  "现场指导",
  "看望",
  "慰问",
  "会见",
  "接见",
  // Calling on a visitor: 甲、乙在某市拜会了丙一行.
  "拜会",
  "拜访",
  "会晤",
  "会谈",
  // Meeting one's counterpart: 甲与某国财政大臣乙会面.
  "会面",
  "走访",
  "听取",
  "宣布",
  "颁发",
  "揭牌",
  // Visiting an exhibition together: 甲、乙等集中参观某展览馆.
  "参观",
  "集中参观",
  "集体参观",
  "见证",
  // Watching a performance or a film: 甲、乙等观看演出, 丙观看了文艺演出.
  "观看",
  // 全会选举产生新一届常委,甲当选书记: who is elected at the plenary session is there.
  "当选",
  "出席",
  "参加",
  "列席",
  "参会",
  "到会",
  "带队",
  "率队",
  "率领",
  "率同",
  "访视",
  "陪同",
  "莅临",
  // Seated on the rostrum: 甲、乙在主席台就座.
  "在主席台就座",
  "在主席台前排就座",
  "在主席台上就座",
  "在主席台就坐",
  "在主席台前排就坐",
  // Following a video meeting at a branch venue: 在某某分会场收听收看.
  "收听收看",
  "收看收听",
  // Signing an agreement: 甲与乙签署合作协议, 双方代表甲、乙签约.
  "签署",
  "签约",
];

/**
 * Reported speech: 指出, 强调, 要求. Reports also quote people speaking elsewhere, so these only
 * refine the role of someone placed at the event.
 */
export const REPORTED_SPEECH_VERBS: readonly string[] = [
  "指出",
  "强调",
  "要求",
  "表示",
  "说",
  "总结",
  "部署",
  "希望",
  "提出",
  "认为",
  "表态",
  // 甲肯定了过去一年的工作: the leader who sums up the work speaks.
  "肯定",
];

/** Every verb that says how a person took part. */
export const ROLE_VERBS: readonly string[] = [
  ...HOSTING_VERBS,
  ...ADDRESSING_VERBS,
  ...RELAYING_VERBS,
  ...SPEAKING_VERBS,
  ...DELIVERING_VERBS,
  ...ATTENDING_VERBS,
  ...REPORTED_SPEECH_VERBS,
];

/** What officials do after their name that does not say how they took part in a meeting: 汇报, 调研, 看望. */
export const ACTIVITY_VERBS: readonly string[] = ["回顾", "深入", "带领"];

/**
 * A trip to where the event is: 赴陶博城调研, 到基层检查, 率代表团前往湖州考察, 来我市检查 (the
 * reporting place's own visitor), 就…等工作到我县调研 (the matter first), 到某中心就…等情况进行调研
 * (the matter after the place), 赴某县开展…条例立法调研 (what is done there, named long), 前往某镇,宣传宣讲
 * (what is done there after a comma), 到某市开展巡河、巡林工作, 抵达本澳,展开为期六天的考察调研 (an arrival)
 * (a river or forest chief's tour).
 */
export const TRAVEL_TO_VISIT =
  "(?:(?:率|带领)[^，。,；;]{0,16}?|就[^，。,；;]{1,40}?)?(?:赴|到|前往|来到|抵达|来(?!自)|深入)[^，。,；;]{1,20}?(?:[,，](?:宣传)?)?(?:就[^，。,；;]{1,60}?(?:进行|开展)|(?:开展|进行|展开)[^，。,；;]{1,30}?)?(?:调研|考察|检查|督导|视察|看望|慰问|走访|指导|学习|宣讲|巡河|巡湖|巡林)";

/**
 * A sentence of the lead that reports the event, and so carries its date: it convenes, opens,
 * chairs or attends something, names a meeting, a study, a visit or a tour (参观), or places it in a city; or it
 * is the day a reporter learned the news (记者7月17日从某部获悉).
 */
export const EVENT_SENTENCE = new RegExp(
  `${anyOf([...CONVENING_VERBS, ...OPENING_VERBS, "主持", "出席", "会议", "学习", "座谈", "调研", "部署", "培训", "带领", "率队", "考察", "视察", "检查", "走访", "慰问", "到访", "访问", "会见", "会晤", "会面", "拜会", "参观", "组织", "获悉"])}|在[\\u4e00-\\u9fff]{2,8}(?:市|县|区)`,
);
