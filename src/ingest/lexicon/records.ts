/**
 * The fields of news records in data files (a JSON array of articles from a site's API, a
 * crawler's output): which key holds the headline, the text and the date.
 */

/** The fewest Chinese characters of a headline that stands for a record without text (市政府党组召开…民主生活会). */
export const MIN_HEADLINE_HAN = 6;

/** Keys of a headline. */
export const TITLE_KEYS = /^(?:title|headline|name|subject|标题|题目)$/i;

/** Keys of an article's text, the fullest first when several are present. */
export const TEXT_KEYS =
  /^(?:content|body|text|article|detail|details|html|newscontent|articlecontent|(?:新闻|文章|信息)?(?:正文|内容)|summary|description|abstract|摘要|desc)$/i;

/** Keys of a row's number in an export (序号,新闻内容): a header's, beside its text key. */
export const INDEX_KEYS = /^(?:id|no|index|序号|编号)$/i;

/** Keys of the body or paper that published the record (来源:某某日报), a feed's too (feed_source_name): evidence of its place. */
export const SOURCE_KEYS =
  /^(?:(?:\w+_)?source|(?:\w+_)?sourcename|(?:\w+_)?source_name|site|sitename|site_name|publisher|media|medianame|来源|媒体|发布单位|发布机构)$/i;

/** A source is a name, not a sentence: at most this many characters. */
export const LONGEST_SOURCE = 40;

/** Keys of a publication date. */
export const DATE_KEYS = /(?:date|time|pub|publish|issue|created|发布|日期|时间)/i;

/** A value that opens with a date: 2023-05-02, 2023/5/2 09:30. */
export const DATE_LIKE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/;
