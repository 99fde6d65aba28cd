/**
 * How much text the parser reads for evidence. Reports run to a few thousand characters, the
 * longest to some twenty thousand; text far past that is many reports with nothing between them
 * to split them, or a hostile file. Every rule is linear in what it reads, but a 5 MB line of
 * report text still took seconds to read for people and places; these bounds keep a file to well
 * under a second while leaving every real report whole.
 */

/** An article is read for people, places and formulations in this many characters at most. */
export const READ_LIMIT = 100_000;

/** A sentence is read for names in this many characters at most: see `unreadTails`. */
export const LONGEST_SENTENCE = 2_000;

const SENTENCE_ENDS = "。！？!?\n";

/**
 * The part of a text that is read: all of it, or its first `READ_LIMIT` characters cut after the
 * last full stop, question mark or line break there, so that no name or quotation is cut in two.
 */
export function readablePart(text: string): string {
  if (text.length <= READ_LIMIT) return text;
  let end = READ_LIMIT;
  while (end > 0 && !SENTENCE_ENDS.includes(text[end - 1]!)) end--;
  return text.slice(0, end || READ_LIMIT);
}
