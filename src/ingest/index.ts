/**
 * The parsing core: raw files in, articles out. Pure TypeScript with no DOM, no storage and no
 * framework, so the same code runs in Node, in the page and in a Web Worker. Never throws.
 */
import { buildArticle } from "./article";
import { yearsMentioned } from "./dates";
import { decodeBytes, MAX_FILE_BYTES, tooLargeMessage } from "./decode";
import { htmlToText, looksLikeHtml } from "./html";
import { layoutFile } from "./layout";
import { normalizeCharacters } from "./normalize";
import { findNames } from "./people";
import type { Article, ParseFileResult } from "./types";

/** Bump whenever the output can change: the app re-derives stored documents when it does. */
export const PARSER_VERSION = "2026.11.24-5";

export { MAX_FILE_BYTES, decodeBytes, htmlToText, tooLargeMessage };
export { isNationalFigure } from "./national";
export { sentenceAround } from "./sentence";
export type * from "./types";

const HTML_FILE = /\.html?$/i;

function parseTextUnsafe(raw: string, fileName: string): Article[] {
  const source = HTML_FILE.test(fileName) || looksLikeHtml(raw) ? htmlToText(raw) : raw;
  const text = normalizeCharacters(source);
  const drafts = layoutFile(text);
  const published = drafts.find((d) => d.published)?.published ?? null;
  const fullNamesInFile = [
    ...new Set(
      findNames(text)
        .filter((f) => !f.givenNameOnly)
        .map((f) => f.name),
    ),
  ];
  const context = { published, fileYears: yearsMentioned(text), fullNamesInFile };
  return drafts.map((draft) => buildArticle(draft, context));
}

export function parseText(text: string, options: { fileName?: string } = {}): Article[] {
  try {
    return parseTextUnsafe(text, options.fileName ?? "");
  } catch {
    // A rule that trips on strange input must not lose the file: it parses as no articles.
    return [];
  }
}

export function parseFile(name: string, bytes: Uint8Array): ParseFileResult {
  const decoded = decodeBytes(bytes, name);
  if (!decoded.ok) return decoded;
  return { ok: true, encoding: decoded.encoding, articles: parseText(decoded.text, { fileName: name }) };
}
