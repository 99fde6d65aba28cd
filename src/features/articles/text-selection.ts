import type { TextSelection } from "./add-from-text";

/** Longest selection offered as a person or phrase: longer ones are sentences, not names. */
const MAX_SELECTION = 40;

/**
 * The page's selection inside `container` as offsets into the text it shows: the container's text
 * is the article's normalized text, so what precedes the selection there is its start offset.
 */
export function selectionIn(container: HTMLElement): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const text = raw.trim();
  if (!text || text.length > MAX_SELECTION) return null;
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  return { text, start, end: start + text.length };
}
