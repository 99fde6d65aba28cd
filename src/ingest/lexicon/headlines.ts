/**
 * What tells a headline from the first sentence of a story. Both are short lines without a
 * final full stop; a headline names an event, a sentence starts with an adverbial (近日, 为…).
 */
import { CONVENING_VERBS } from "./event-verbs";
import { anyOf } from "./pattern";

/** Words a headline of a report names its event with: 召开, 培训班, 调研, 工作 (broader than a meeting). */
const HEADLINE_EVENT_WORDS = [
  "会",
  ...CONVENING_VERBS,
  "班",
  "讲话",
  "学习",
  "调研",
  "部署",
  "推进",
  "考察",
  "座谈",
  "活动",
  "开展",
  "启动",
  "表彰",
  "发布",
  "签约",
  "研讨",
  "传达",
  "实施",
  "建设",
  "工作",
  // What a headline says an official did: 副市长出席产业论坛, 市长视察防汛工程.
  "出席",
  "主持",
  "视察",
  "慰问",
  "走访",
  "检查",
  "督导",
  "论坛",
  "访问",
  "致辞",
];

export const HEADLINE_EVENT_WORD = new RegExp(anyOf(HEADLINE_EVENT_WORDS));

/** Sentences start like this; titles rarely do: 近日, 为, 随着, 10月26日, 2024年. */
export const SENTENCE_OPENER = /^(为|近日|日前|近期|今年|去年|当前|据|在|随着|\d{1,2}月|\d{4}年)/;
