/**
 * The visible text of an HTML page, without a DOM: scripts, styles and markup are dropped,
 * block elements become line breaks, entities are decoded. Nothing is ever rendered or run.
 *
 * htmlparser2's streaming tokenizer reads the page once, left to right, so any page takes time in
 * proportion to its length, however broken its markup (an unclosed comment, tag or <script> used
 * to send patterns back over the rest of the page). Its Parser is not used: it keeps open
 * elements in an array it searches and shifts, which is quadratic on deeply nested markup.
 */
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

/** Elements whose content is never visible text. */
const INVISIBLE: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "head",
  "title",
]);

/** Elements that start a new line where they open and where they close. */
const BLOCK: ReadonlySet<string> = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "header",
  "footer",
  "nav",
  "aside",
  "blockquote",
  "pre",
  "hr",
  "dd",
  "dt",
  "figure",
  "figcaption",
]);

/** What a <head> may hold; any other element starts the body, as in a browser, whether or not </head> was written. */
const HEAD_CONTENT: ReadonlySet<string> = new Set([
  "title",
  "meta",
  "link",
  "base",
  "basefont",
  "bgsound",
  "script",
  "style",
  "noscript",
  "template",
]);

/** Elements in which markup is SVG or MathML: a self-closing tag closes there (<svg/>, <path/>). */
const FOREIGN: ReadonlySet<string> = new Set(["svg", "math"]);

const LEADING_HTML = /^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<meta\b)/i;
const BLOCK_CLOSE = /<\/(?:p|div|span|a|body)>/i;
const BLOCK_OPEN = /<(?:p|div|br)\b/i;
const SPACES = /\s+/g;
/** Where a page title's site name starts: "湖南省民政厅举办培训班_湖南民政网", "… | 人民网". */
const SITE_NAME_SEPARATOR = /\s*[_|｜]\s*/;

/** Each of these tests looks at most a few characters from each position: linear in the text's length. */
export function looksLikeHtml(text: string): boolean {
  return LEADING_HTML.test(text) || (BLOCK_CLOSE.test(text) && BLOCK_OPEN.test(text));
}

/** How many elements of each name are open, counting only names some rule asks about. */
class OpenCounts {
  private readonly counts = new Map<string, number>();

  open(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Closes one element of this name, if one is open; false if none was. */
  close(name: string): boolean {
    const count = this.counts.get(name) ?? 0;
    if (count === 0) return false;
    this.counts.set(name, count - 1);
    return true;
  }

  any(names: ReadonlySet<string>): boolean {
    for (const name of names) if ((this.counts.get(name) ?? 0) > 0) return true;
    return false;
  }
}

/** <meta> names (name, property, itemprop; lower case) that give the page's publication date. */
const META_DATE_NAMES: ReadonlySet<string> = new Set([
  "pubdate",
  "publishdate",
  "publish_date",
  "publishtime",
  "published_time",
  "firstpublishedtime",
  "article:published_time",
  "og:release_date",
  "datepublished",
  "dc.date",
  "dc.date.issued",
  "dcterms.issued",
]);

/** <meta> names that give the body that issued the page or the site's name: evidence of its place. */
const META_SOURCE_NAMES: ReadonlySet<string> = new Set(["contentsource", "source", "sitename", "og:site_name"]);

const META_DATE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/** The page lines a <meta> tag stands for: "发布时间:2024-06-12", "来源:湖南省民政厅", or none. */
function metaLine(attributes: ReadonlyMap<string, string>): string | null {
  const name = (attributes.get("name") ?? attributes.get("property") ?? attributes.get("itemprop") ?? "").toLowerCase();
  const content = foldSpaces(attributes.get("content") ?? "");
  if (!content) return null;
  if (META_DATE_NAMES.has(name)) {
    const m = META_DATE.exec(content);
    return m ? `发布时间:${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : null;
  }
  return META_SOURCE_NAMES.has(name) && content.length <= 40 ? `来源:${content}` : null;
}

/** Headings, and how many of them are kept as candidates for the page's headline. */
const HEADINGS: ReadonlySet<string> = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const MAX_HEADINGS = 12;

/** The visible text and the closed <title>'s text, as the tokenizer reports the page. */
class TextCollector implements TokenizerCallbacks {
  readonly body: string[] = [];
  /** Lines read from <meta> tags: the publication date, the source. */
  readonly metaLines: string[] = [];
  title: string | null = null;
  /** The og:title <meta>'s content. */
  ogTitle: string | null = null;
  /** The first headings' texts (<h1>…<h6>), in the page's order, with their level. */
  readonly headings: { level: number; text: string }[] = [];
  private headingParts: string[] | null = null;
  private headingLevel = 0;
  /** The attributes of the <meta> tag being read; null inside any other tag. */
  private attributes: Map<string, string> | null = null;
  private attributeName = "";
  private attributeValue: string[] = [];
  private readonly open = new OpenCounts();
  private inHead = false;
  private tagName = "";
  private titleParts: string[] | null = null;

  constructor(private readonly html: string) {}

  private write(text: string): void {
    if (this.titleParts) this.titleParts.push(text);
    else if (!this.inHead && !this.open.any(INVISIBLE)) {
      this.body.push(text);
      this.headingParts?.push(text);
    }
  }

  private openElement(name: string, selfClosing: boolean): void {
    if (this.attributes) {
      const line = metaLine(this.attributes);
      if (line && !this.metaLines.includes(line)) this.metaLines.push(line);
      if (this.ogTitle === null && (this.attributes.get("property") ?? "").toLowerCase() === "og:title")
        this.ogTitle = this.attributes.get("content") ?? null;
      this.attributes = null;
    }
    if (HEADINGS.has(name) && !this.headingParts && this.headings.length < MAX_HEADINGS && !this.inHead) {
      this.headingParts = [];
      this.headingLevel = Number(name[1]);
    }
    if (this.inHead && !HEAD_CONTENT.has(name)) this.inHead = false;
    // HTML ignores the slash of <script/>; SVG and MathML do not (<svg/>, <path/>).
    if (selfClosing && (FOREIGN.has(name) || this.isInForeignContext())) return;
    if (INVISIBLE.has(name) || BLOCK.has(name)) this.body.push("\n");
    if (name === "head") this.inHead = true;
    else if (INVISIBLE.has(name) || FOREIGN.has(name)) this.open.open(name);
    if (name === "title" && this.title === null && !this.isInForeignContext()) this.titleParts = [];
  }

  isInForeignContext(): boolean {
    return this.open.any(FOREIGN);
  }

  ontext(start: number, endIndex: number): void {
    this.write(this.html.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    this.write(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, endIndex: number): void {
    this.tagName = this.html.slice(start, endIndex).toLowerCase();
    this.attributes = this.tagName === "meta" ? new Map() : null;
  }

  onopentagend(): void {
    this.openElement(this.tagName, false);
  }

  onselfclosingtag(): void {
    this.openElement(this.tagName, true);
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (name === "head") this.body.push("\n");
    if (name === "head" || name === "body") this.inHead = false;
    if (name === "title" && this.titleParts) {
      this.title = this.titleParts.join("");
      this.titleParts = null;
    }
    if (HEADINGS.has(name) && this.headingParts) {
      this.headings.push({ level: this.headingLevel, text: foldSpaces(this.headingParts.join("")) });
      this.headingParts = null;
    }
    const closed = this.open.close(name);
    if (closed || BLOCK.has(name)) this.body.push("\n");
  }

  // Attributes hold no visible text; those of a <meta> tag are kept to read its date or source.
  onattribname(start: number, endIndex: number): void {
    if (!this.attributes) return;
    this.attributeName = this.html.slice(start, endIndex).toLowerCase();
    this.attributeValue = [];
  }

  onattribdata(start: number, endIndex: number): void {
    if (this.attributes) this.attributeValue.push(this.html.slice(start, endIndex));
  }

  onattribentity(codepoint: number): void {
    if (this.attributes) this.attributeValue.push(String.fromCodePoint(codepoint));
  }

  onattribend(): void {
    if (this.attributes) this.attributes.set(this.attributeName, this.attributeValue.join(""));
  }

  // Comments, declarations and processing instructions hold no visible text.
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}
}

function foldSpaces(line: string): string {
  return line.replace(SPACES, " ").trim();
}

/**
 * A page template's server code (<%@ page … %>, <% … %> of JSP and ASP, <?php … ?>): never shown, and not
 * markup the tokenizer knows (its PHP instruction ends at the first ">", as in "=>"). Cut in one pass;
 * a PHP block that only echoes a string (<?php echo '<script'; ?>, as a compiled template writes its
 * tags) is that string.
 */
function withoutServerCode(html: string): string {
  const hasJsp = html.includes("<%");
  const hasPhp = html.includes("<?php");
  if (!hasJsp && !hasPhp) return html;
  const kept: string[] = [];
  let at = 0;
  for (let open = nextServerCode(html, 0); open >= 0; open = nextServerCode(html, at)) {
    const php = html.startsWith("<?php", open);
    const close = html.indexOf(php ? "?>" : "%>", open + 2);
    if (close < 0) break;
    kept.push(html.slice(at, open));
    if (php) kept.push(ECHOED_STRING.exec(html.slice(open, close + 2))?.[2] ?? "");
    at = close + 2;
  }
  kept.push(html.slice(at));
  return kept.join("");
}

/** A PHP block that echoes one quoted string: group 2. */
const ECHOED_STRING = /^<\?php\s+echo\s+(['"])([^'"]*)\1\s*;?\s*\?>$/;

function nextServerCode(html: string, from: number): number {
  const jsp = html.indexOf("<%", from);
  const php = html.indexOf("<?php", from);
  return jsp < 0 ? php : php < 0 ? jsp : Math.min(jsp, php);
}

const HAN = /[\u4e00-\u9fff]/g;
/** A headline holds at least this many Chinese characters (not a site's name: 人民网) and no sentence end inside. */
const MIN_HEADLINE_HAN = 6;
const MAX_HEADLINE = 80;
const SENTENCE_INSIDE = /[。！？!?；;]./;

function isHeadline(text: string): boolean {
  return (
    text.length <= MAX_HEADLINE && (text.match(HAN)?.length ?? 0) >= MIN_HEADLINE_HAN && !SENTENCE_INSIDE.test(text)
  );
}

/**
 * The page's headline: its <h1>, else og:title (less the site's name), else its first other
 * heading (<h2>…<h6>: templates put the story's headline there), when it reads as one.
 */
function headlineOf(collector: TextCollector): string | null {
  const h1 = collector.headings.find((h) => h.level === 1 && isHeadline(h.text))?.text;
  const og = foldSpaces(collector.ogTitle ?? "").split(SITE_NAME_SEPARATOR)[0] ?? "";
  const other = collector.headings.find((h) => h.level > 1 && isHeadline(h.text))?.text;
  return h1 ?? (isHeadline(og) ? og : null) ?? other ?? null;
}

/** A line above the headline longer than this is text, not a navigation bar's. */
const LONGEST_LINE_ABOVE_HEADLINE = 40;

export interface HtmlOptions {
  /**
   * A whole page: its text starts at its headline, the navigation above it dropped, and a <title>
   * that is only the site's name is not taken for one. A data record's HTML body (its title and
   * date given before it) is read whole.
   */
  page?: boolean;
}

export function htmlToText(html: string, options: HtmlOptions = {}): string {
  const source = withoutServerCode(html);
  const collector = new TextCollector(source);
  const tokenizer = new Tokenizer({ decodeEntities: true }, collector);
  tokenizer.write(source);
  tokenizer.end();
  let lines = collector.body.join("").split("\n").map(foldSpaces).filter(Boolean);
  const headline = options.page ? headlineOf(collector) : null;
  if (headline !== null) {
    const at = lines.indexOf(headline);
    // Sentences above the headline are text (a lead run before it), not navigation: the page stays whole.
    const textAbove = lines.slice(0, Math.max(at, 0)).some((line) => line.length > LONGEST_LINE_ABOVE_HEADLINE);
    if (!textAbove) lines = at >= 0 ? lines.slice(at) : [headline, ...lines];
  }
  const text = lines.join("\n");
  // A page whose body does not repeat its head title (less the site name after _ or |) keeps it as its first line.
  const title = headline === null ? (foldSpaces(collector.title ?? "").split(SITE_NAME_SEPARATOR)[0] ?? "") : "";
  // The page's meta lines come first, where a page prints its date and source: the layout takes them as such.
  const withMeta = collector.metaLines.length ? `${collector.metaLines.join("\n")}\n${text}` : text;
  return title && !text.includes(title) ? `${title}\n${withMeta}` : withMeta;
}
