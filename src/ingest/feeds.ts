/**
 * RSS 2.0 and Atom feeds read as one text per item (`<item>`, `<entry>`): its title, a date line
 * and its text, each then parsed like any page. A feed's text is often HTML, written as CDATA or
 * escaped once more (&lt;p&gt;), so a field is read as HTML until no markup is left in it.
 */
import { parsePublishedLine } from "./date-lines";
import { htmlToText } from "./html";
import { LONGEST_SOURCE } from "./lexicon/records";

/** How far into a file the feed's root element is looked for (after an XML declaration, comments, a stylesheet). */
const FEED_LOOKAHEAD = 2000;
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/i;
const TITLE_TAGS = ["title"];
const DATE_TAGS = ["pubDate", "published", "updated", "dc:date", "issued", "created"];
const TEXT_TAGS = ["content:encoded", "content", "description", "summary"];
/** Who published an item: evidence of its place. */
const SOURCE_TAGS = ["source", "dc:source", "dc:publisher"];

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const MARKUP = /<\/?[a-z][^>]*>/i;
/** Escaped HTML turns into HTML once its entities are read: then it is read once more. */
const MAX_HTML_READS = 2;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** RFC 822 dates of RSS ("Mon, 04 Mar 2024 09:30:00 +0800"): the day as written, its zone kept. */
const RFC822_DATE = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i;

/** The parts of `xml` between `<tag …>` and `</tag>`, found with indexOf so that an unclosed tag costs one scan. */
function elements(xml: string, tag: string): string[] {
  const found: string[] = [];
  const lower = xml.toLowerCase();
  const open = `<${tag.toLowerCase()}`;
  const close = `</${tag.toLowerCase()}>`;
  let at = 0;
  while (at < lower.length) {
    const start = lower.indexOf(open, at);
    if (start < 0) break;
    const after = lower[start + open.length];
    const tagEnd = lower.indexOf(">", start);
    if (tagEnd < 0) break;
    if (after !== ">" && after !== " " && after !== "\t" && after !== "\n" && after !== "\r" && after !== "/") {
      at = start + open.length;
      continue;
    }
    if (lower[tagEnd - 1] === "/") {
      at = tagEnd + 1;
      continue;
    }
    const end = lower.indexOf(close, tagEnd);
    if (end < 0) break;
    found.push(xml.slice(tagEnd + 1, end));
    at = end + close.length;
  }
  return found;
}

function fieldText(raw: string): string {
  let text = raw.replace(CDATA, "$1");
  for (let i = 0; i < MAX_HTML_READS; i++) {
    const read = htmlToText(text);
    const again = MARKUP.test(read);
    text = read;
    if (!again) break;
  }
  return text.trim();
}

function firstField(item: string, tags: readonly string[], longest: boolean): string | null {
  let best: string | null = null;
  for (const tag of tags) {
    const value = elements(item, tag)[0];
    if (value === undefined) continue;
    const text = fieldText(value);
    if (!text) continue;
    if (!longest) return text;
    if (best === null || text.length > best.length) best = text;
  }
  return best;
}

function feedDate(value: string): string | null {
  const rfc = RFC822_DATE.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1 : 0;
  if (rfc && month) return `${rfc[3]}-${String(month).padStart(2, "0")}-${rfc[1]!.padStart(2, "0")}`;
  return parsePublishedLine(value.slice(0, 10));
}

/** The texts of the items of an RSS or Atom feed, or null when the text is not a feed. */
export function feedItems(text: string): string[] | null {
  if (!FEED_ROOT.test(text.slice(0, FEED_LOOKAHEAD))) return null;
  const items = [...elements(text, "item"), ...elements(text, "entry")];
  const records = items.flatMap((item) => {
    const body = firstField(item, TEXT_TAGS, true);
    if (!body) return [];
    const title = firstField(item, TITLE_TAGS, false);
    const dateText = firstField(item, DATE_TAGS, false);
    const date = dateText ? feedDate(dateText) : null;
    const source = firstField(item, SOURCE_TAGS, false);
    const sourceLine = source && source.length <= LONGEST_SOURCE ? `来源:${source}` : null;
    return [[title, date ? `发布时间:${date}` : null, sourceLine, body].filter((line) => line !== null).join("\n")];
  });
  return records.length ? records : null;
}
