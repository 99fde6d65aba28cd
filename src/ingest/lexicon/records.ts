/**
 * The fields of news records in data files (a JSON array of articles from a site's API, a
 * crawler's output): which key holds the headline, the text and the date.
 */

/** Keys of a headline. */
export const TITLE_KEYS = /^(?:title|headline|name|subject|标题|题目)$/i;

/** Keys of an article's text, the fullest first when several are present. */
export const TEXT_KEYS =
  /^(?:content|body|text|article|detail|details|html|newscontent|articlecontent|正文|内容|summary|description|abstract|摘要|desc)$/i;

/** Keys of a publication date. */
export const DATE_KEYS = /(?:date|time|pub|publish|issue|created|发布|日期|时间)/i;
