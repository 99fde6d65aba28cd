import type { Span } from "./types";

/** 。！？!? and a line break end a sentence (compared by code: this runs for every character of every quoted sentence). */
const ENDS = new Set(["。", "！", "？", "!", "?", "\n"].map((c) => c.charCodeAt(0)));
const endsAt = (text: string, i: number) => ENDS.has(text.charCodeAt(i));

/**
 * At most this many characters are shown either side of a span. Report sentences run to a few
 * hundred characters; a text without full stops (a hostile file, a pasted table) would otherwise
 * give its whole self as the sentence of each of its thousands of phrases.
 */
export const CONTEXT_LIMIT = 300;

/** The sentence that holds a span, for keyword-in-context views, cut at `CONTEXT_LIMIT` characters either side. */
export function sentenceAround(text: string, span: Span): string {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  const earliest = Math.max(0, start - CONTEXT_LIMIT);
  const latest = Math.min(text.length, end + CONTEXT_LIMIT);
  while (start > earliest && !endsAt(text, start - 1)) start--;
  while (end < latest && !endsAt(text, end)) end++;
  if (end < text.length && text[end] !== "\n" && endsAt(text, end)) end++;
  return text.slice(start, end).trim();
}
