/**
 * The words around a chain of titles: 省民政厅党组书记、厅长庄严; 会议由副省长刘伟主持;
 * 邀请南京大学教授张政文作报告. What stands before a chain is cut off; what stands before a
 * name that a title follows tells a name from the end of a word.
 */
import { ORGANISATION_SUFFIXES } from "./organisations";
import { anyOf } from "./pattern";

/**
 * What opens a clause before a title chain and is not part of it: "邀请(了)…", "会议由", and the
 * connectives 由, 经, 受 (受县长甲委托), 和, 陪同, 包括, 涌现出 (any number of them); a list's opener (陪同考察的有, 成员包括);
 * a chronicle entry's date or 同日 right before the chain (★8月2日 旗委副书记…); what was done by the one
 * named (审议通过了由镇党委书记甲…所作的报告); who meets the guest named (省长甲会见某国驻华大使乙); who is
 * elected (推选副省长甲为团长); whose speech is relayed or studied (会议传达了省委书记甲…, 集中学习了…).
 */
export const CHAIN_CONNECTORS =
  /^(.*?(了(?=由)|(?:会见|接见|会晤)了?|推选了?|传达(?:学习)?了?|学习了|研究决定|邀请了?|特邀|聘请了?|听取了?|\d日(?:电|讯)?|同日|是日|当日|的还?(?:有(?!关)|包括)|成员还?(?:有(?!关)|包括|为))|(会议|会上|活动|仪式|开幕式|闭幕式|大会|论坛|座谈会|报告会|典礼)由)?(由|经(?!济)|受(?!邀)|请|和|与|及|以及|同|陪同|包括|有|会同|是|为|涌现出|其中|如|并|向|对|在|学习|贯彻|传达|讨论)*/;

/** A long chain segment keeps only what follows the last of these: "…精神和省委书记" → "省委书记". */
export const SEGMENT_BREAKS: readonly string[] = ["和", "与", "及", "了", "的"];

/**
 * Words that join the last names of a list (甲、乙和秘书长丙出席) or two parties (某区政协主席甲与某市政协
 * 主席乙签署协议): a segment "乙和秘书长" keeps only "秘书长". Not when a title stands before the word:
 * "党组书记和主任" is two titles of one person.
 */
export const LIST_JOINERS: readonly string[] = ["以及", "和", "及", "与"];

/** Verbs and particles that may stand right before a name that a title follows: 贯彻易炼红书记…, 由刘伟副市长…. */
const BEFORE_NAME_WORDS = [
  "贯彻",
  // 落实某某同志在…会议上的讲话要求.
  "落实",
  "学习",
  "传达",
  "邀请",
  "由",
  "请",
  "和",
  "与",
  "及",
  "同",
  "对",
  "向",
  "在",
  "为",
  "是",
  "了",
  // 以某某同志为班长的省委: the one a body's work is led by.
  "以",
  "的",
  // 会上甲副院长汇报了…, 会议上乙处长通报了…: the meeting's turn, then who takes it.
  "会上",
  "会议上",
];

/**
 * What may stand before a name that a title follows: a clause break, an organisation (会 for
 * 委员会, 协会 and the like), a section of one (某某处, 某某科, 办公室), one of `BEFORE_NAME_WORDS`, or a day
 * (传达学习…,4月20日甲总理主持召开…精神).
 */
export const BEFORE_POSTPOSED_NAME = new RegExp(
  `(?:[,，。;；:：、\\n“"(（]|\\d日|${anyOf([...ORGANISATION_SUFFIXES, "会", "处", "科", "室", ...BEFORE_NAME_WORDS])})$`,
);
