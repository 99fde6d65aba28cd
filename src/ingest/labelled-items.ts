/**
 * A page of labelled captions or briefs, one a paragraph: "点睛仪式: 财政司司长甲9月26日出席…",
 * "祝酒: 行政长官乙9月26日出席国庆酒会…", as a government's weekly round-up of its activities prints
 * them. Each is an item, its label its title.
 */
import type { Item } from "./items";

/** A short label, a colon, then the item's text: a sentence of some length. */
const LABELLED = /^([\u4e00-\u9fffA-Za-z]{2,8})[:：]\s*(.{20,})$/s;
/** A field of a notice or a page (时间: …, 地点: …, 来源: …), not an item's label. */
const FIELD_LABEL =
  /^(?:时间|日期|地点|地址|主持|主持人|主讲|主讲人|参加|参加人员|参会人员|出席|出席人员|列席|议题|内容|主要内容|会议内容|来源|作者|编辑|责任编辑|记者|通讯员|摄影|审核|附件|联系人|电话|标题|关键词|摘要)$/;
/** A day in the item's text: the captions of a round-up are dated. */
const DAY = /\d{1,2}月\d{1,2}日/;
/** The fewest labelled paragraphs that make a page of them; and most of them dated. */
const MIN_LABELLED = 3;

export function labelledItems(paragraphs: readonly string[]): Item[] | null {
  const labelled = paragraphs.map((p) => {
    const m = LABELLED.exec(p);
    return m && !FIELD_LABEL.test(m[1]!) ? { title: m[1]!, text: m[2]! } : null;
  });
  const found = labelled.filter((l) => l !== null);
  if (found.length < MIN_LABELLED || found.length * 2 < paragraphs.length) return null;
  if (found.filter((l) => DAY.test(l.text)).length * 2 < found.length) return null;
  const items: Item[] = [];
  for (const [i, paragraph] of paragraphs.entries()) {
    const item = labelled[i];
    if (item) items.push({ title: item.title, paragraphs: [item.text], year: null });
    else if (items.length) items[items.length - 1]!.paragraphs.push(paragraph);
  }
  return items;
}

/**
 * A digest that heads each item with its keywords on a line of their own ("关键词:项目签约", "【关键词】…"),
 * as weekly round-ups of officials' activities print them. Each is an item titled by its keywords;
 * what stands before the first is the digest's introduction, and numbered section headings between
 * them (二、市委书记某某) head no item.
 */
const KEYWORD_HEADING = /^(?:【关键[词字]】|关键[词字][:：])\s*([^。;；!?！？]{2,40})$/;
const SECTION_HEADING = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．][^。;；!?！？]{2,40}$/;
/** The fewest keyword headings that make a digest of them; one is a report's own keywords line. */
const MIN_KEYWORD_ITEMS = 2;

export function keywordItems(paragraphs: readonly string[]): Item[] | null {
  if (paragraphs.filter((p) => KEYWORD_HEADING.test(p)).length < MIN_KEYWORD_ITEMS) return null;
  const items: Item[] = [];
  for (const paragraph of paragraphs) {
    const heading = KEYWORD_HEADING.exec(paragraph);
    if (heading) items.push({ title: heading[1]!.trim(), paragraphs: [], year: null });
    else if (items.length && !SECTION_HEADING.test(paragraph)) items[items.length - 1]!.paragraphs.push(paragraph);
  }
  return items.every((item) => item.paragraphs.length) ? items : null;
}
