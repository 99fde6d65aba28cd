/**
 * The visible text of an HTML page, without a DOM: scripts, styles and markup are dropped,
 * block elements become line breaks, entities are decoded. Nothing is ever rendered or run.
 */
const INVISIBLE = /<(script|style|noscript|template|svg|iframe|object|head|title)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|nav|aside|blockquote|pre|hr|dd|dt|figure|figcaption)\b[^>]*>/gi;
const NAMED: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  emsp: " ",
  ensp: " ",
  ensp2: " ",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d?);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html\b|<head\b|<body\b|<meta\b)/i.test(text) ||
    (/<\/(p|div|span|a|body)>/i.test(text) && /<(p|div|br)\b/i.test(text))
  );
}

export function htmlToText(html: string): string {
  const headTitle = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? "";
  const body = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(INVISIBLE, "\n")
    .replace(BLOCK, "\n")
    .replace(/<[^>]*>/g, "");
  const text = decodeEntities(body)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n")
    .trim();
  // A page whose body does not repeat its head title (less the site name after _ or |) keeps it as its first line.
  const title =
    decodeEntities(headTitle)
      .replace(/\s+/g, " ")
      .trim()
      .split(/\s*[_|｜]\s*/)[0] ?? "";
  return title && !text.includes(title) ? `${title}\n${text}` : text;
}
