/**
 * Credits: who reported, photographed, wrote or edited a piece. A name after one of these
 * labels is a byline, not a person in the story; a line of credits is page furniture.
 */
import { anyOf } from "./pattern";
import { SOURCE_LABELS } from "./source-lines";

/** Who made the piece: "记者 刘晨", "通讯员:王芳", "摄影:李强". */
export const REPORTER_LABELS: readonly string[] = ["记者", "通讯员", "撰稿", "作者", "摄影", "摄"];

/** Who edited or checked it: "责任编辑:张三", "(审核:李四)". */
export const EDITOR_LABELS: readonly string[] = [
  "责编",
  "责任编辑",
  "编辑",
  "审核",
  "审校",
  "校对",
  "编审",
  "监制",
  "值班编辑",
  "本文编辑",
];

/** Words right before a name that make the mention a byline, not a person in the story. */
export const BYLINE_BEFORE = new RegExp(
  `${anyOf([...REPORTER_LABELS, ...EDITOR_LABELS, ...SOURCE_LABELS, "供稿"])}[:：]?\\s*$`,
);

/** A line of editors' credits: "责任编辑:张三", "(审核:李四 校对:王五)". */
export const EDITOR_LINE = new RegExp(`^[(（]?${anyOf(EDITOR_LABELS)}[:：]`);

/** A short line of reporters' credits: "通讯员:王芳 李明", "记者 刘晨". */
export const REPORTER_LINE = new RegExp(`^${anyOf(REPORTER_LABELS)}[:：\\s].{0,40}$`);

/** A byline at the end of a line: "闪电新闻记者 刘晨 冯振弘 报道". */
export const REPORTED_BY = /记者[\u4e00-\u9fa5 ]{2,24}(报道|摄影?|采写)$/;
