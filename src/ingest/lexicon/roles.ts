import type { Role } from "../types";

/**
 * Verbs after a name that say how the person took part. Strong cues put a person at the event;
 * speech cues (指出, 强调) only refine the role of someone already placed there, because reports
 * also quote people speaking elsewhere.
 */
export const ROLE_CUES: readonly { pattern: RegExp; role: Exclude<Role, "提及">; strong: boolean }[] = [
  { pattern: /^(主持召开|主持会议|主持|召集)/, role: "主持", strong: true },
  { pattern: /^(致辞|致词|致(欢迎|开幕|闭幕|贺)(辞|词))/, role: "致辞", strong: true },
  { pattern: /^(传达)/, role: "传达", strong: true },
  {
    pattern:
      /^((作|发表)(了)?[^，。,；;]{0,12}(讲话|报告|辅导|发言|授课|部署|总结|点评|宣讲|党课)|讲话|发言|授课|宣讲|领学|宣读|通报|作交流|讲授|讲党课|上党课)/,
    role: "讲话",
    strong: true,
  },
  { pattern: /^(出席|参加|列席|参会|到会|带队|率队|陪同|莅临)/, role: "出席", strong: true },
  { pattern: /^(指出|强调|要求|表示|说|介绍|总结|部署|希望|提出|认为)/, role: "讲话", strong: false },
];

/** When cues disagree, the more specific role wins: 主持会议并讲话 is 主持; 出席会议并致辞 is 致辞. */
export const ROLE_PRIORITY: Readonly<Record<Role, number>> = { 主持: 5, 致辞: 4, 传达: 3, 讲话: 2, 出席: 1, 提及: 0 };

/** What may stand between a name and its verb: 在会上, 在讲话中, 同志, 也, 还, 首先, 随后. */
export const ROLE_FILLER =
  /^(同志|等[\u4e00-\u9fff]{0,10}?(?=先后|分别|相继|共同|一同)|等(同志)?)?(在(会上|会议上|讲话中|讲话时|发言中|动员讲话中|开班式上|开幕式上|座谈会上|会上讲话时)|首先|随后|最后|也|还|一并|分别|先后|亲自|专门|代表[^，。,]{0,12})?(并)?/;

/** Words right after a name that show it is not a person at the event: 的讲话, 关于, 重要指示. */
export const MENTION_ONLY_FOLLOWERS =
  /^(总书记|同志)?(的|关于|重要|在[^，。,]{0,20}(上|时|中)的|视察|考察|来信|回信|贺信|指示|批示|对[^，。,]{0,12}(作出|做出))/;

/** Words before a name that make the mention a byline, not a person in the story. */
export const BYLINE_BEFORE = /(记者|通讯员|编辑|责编|摄影|摄|撰稿|作者|来源|供稿|审核|校对|编审|责任编辑)[:：]?\s*$/;
