import type { Span } from "./types";

const END = /[。！？!?\n]/;

/** The sentence that holds a span, for keyword-in-context views. */
export function sentenceAround(text: string, span: Span): string {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.max(start, Math.min(span.end, text.length));
  while (start > 0 && !END.test(text[start - 1]!)) start--;
  while (end < text.length && !END.test(text[end]!)) end++;
  if (end < text.length && text[end] !== "\n") end++;
  return text.slice(start, end).trim();
}
