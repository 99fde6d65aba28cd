/**
 * What may follow a name: honorifics, words and marks, a time or a manner before the verb, and the
 * verbs whose first character could end a longer name.
 */
import { ACTIVITY_VERBS, ROLE_VERBS } from "./event-verbs";
import { anyOf } from "./pattern";

/**
 * Honorifics written after a name, as Hong Kong and Macau releases do (甲博士, 乙先生, 丙女士), and
 * academic ranks after a post's title (院长甲教授主持).
 */
export const HONORIFICS: readonly string[] = ["博士", "先生", "女士", "副教授", "教授", "院士"];

/** Words and marks (other than verbs) that may directly follow a name: 同志, 在, 等, 一行, 、. */
const NAME_FOLLOWERS = [
  "同志",
  "致",
  "在",
  "对",
  "就",
  "向",
  "为",
  "等",
  "和",
  "与",
  "及",
  "、",
  ",",
  "。",
  ";",
  ":",
  "(",
  "”",
  '"',
  "也",
  "还",
  "首先",
  "先后",
  "分别",
  // 省长甲连续主持召开两个座谈会, 书记乙亲切会见了代表团.
  "连续",
  "亲切",
  // 副书记甲受市委委托,通报了…: on another's behalf.
  "受",
  "代表",
  "一行",
  "到",
  "来",
  // 委员长甲前来某地出席…: coming to a place, as 来 and 前往 say.
  "前来",
  "赴",
  "前往",
  "抵达",
  // 甲上台领奖, 乙上台发言: who steps onto the stage.
  "上台",
  "亲自",
  "以",
  "从",
  "结合",
  "围绕",
  "所",
  "曾",
  "同",
  "率",
  "出",
  "作为",
  // 受甲的委托: the one on whose behalf someone else chairs.
  "的委托",
  "充分",
  "高度",
  "详细",
  "简要",
  // 甲踊跃发言, 乙纷纷表示.
  "踊跃",
  "纷纷",
  // How one speaks: 甲着重介绍了…, 乙重点讲解.
  "着重",
  "重点",
  "具体",
  "逐一",
  "现场",
  "一同",
  "共同",
  "关于",
  "所作",
  "委托",
  "应邀",
  // Words opening with a surname that stand after a title (县长应当, 局长信访接待): 应, 信 and 楼 are surnames too.
  "应当",
  "应该",
  "应用",
  "应约",
  "应届",
  "信息",
  "信访",
  "信心",
  "信用",
  "楼宇",
  "楼盘",
  // 甲接受记者专访: an interview given.
  "接受",
  // 在甲的陪同下: who accompanies.
  "的陪同下",
  // 听取省委书记甲的讲话: a speech heard or studied, the speaker named with a post.
  "的讲话",
  "的重要讲话",
  // 于 and its date: 甲于五月三日出席.
  "于",
  // 与某银行董事长甲举行工作会谈: the counterpart of a talk.
  "举行",
  ...HONORIFICS,
];

/**
 * When, written between a name and its verb: 李明3月7日主持, 张军14日上午出席, 王强近日在…调研,
 * 赵刚于五月九日出席, 钱进今日(五月九日)上午出席. A pattern source, shared by `AFTER_NAME` and the role
 * filler; it never matches nothing.
 */
export const TIME_AFTER_NAME =
  "(?:于?(?:(?:\\d{1,2}月)?\\d{1,2}日|(?:十[一二]?|[一二三四五六七八九])月(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日|近日|日前|今天|今日|昨天|昨日|当天|当日)(?:\\([^()]{1,8}\\))?(?:上午|下午|晚上|晚)?|上午|下午)";

/** How someone takes part, between a name and its verb: 甲通过视频方式参会, 乙以线上形式出席. A pattern source. */
export const MANNER_AFTER_NAME = "(?:通过|以)[^，。,;；]{1,10}?(?:方式|形式)";

/** What may directly follow a name: a role or activity verb, a follower word, a time, or the end of the text. */
export const AFTER_NAME = new RegExp(
  `^(?:${TIME_AFTER_NAME}?(?:${MANNER_AFTER_NAME})?${anyOf([...ROLE_VERBS, ...ACTIVITY_VERBS])}|${anyOf(NAME_FOLLOWERS)}|${TIME_AFTER_NAME}|$)`,
);

/**
 * A verb whose first character can end a three-character name: 钱文作说明 is 钱文 and 作说明, since
 * "说" may follow a name too; 陈浩陪同考察 is 陈浩. 王作安出席 keeps 王作安: "作安出席" is no verb.
 * 甲作关于…的说明 and 乙作《…》 are 作 and what is delivered, as 丙做出批示 is 做. Nor is 于 after a name always its own word: 书记陈浩关于…的讲话 is 陈浩. 说 before a comma or a
 * colon is what the name says: 召集人杨某说, is 杨某.
 */
export const VERB_AFTER_SHORTER_NAME = new RegExp(
  `^(?:关于|对于|由于|基于|说[,，:：]|作(?:为|了|出|关于|《|[\\u4e00-\\u9fff]{0,2}?(?:说明|报告|讲话|发言|辅导|部署|总结|点评|宣讲|党课))|做(?:出|了)|${anyOf(
    [...ROLE_VERBS, ...ACTIVITY_VERBS].filter((verb) => verb.length > 1),
  )})`,
);
