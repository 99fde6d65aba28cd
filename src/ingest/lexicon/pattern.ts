/** Building patterns from the word lists: the lists are the data, the patterns are derived. */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A word as a pattern matching it literally. */
export function escapeRegExp(word: string): string {
  return word.replace(SPECIAL, "\\$&");
}

/**
 * A non-capturing alternation of literal words, longest first, so that at one place the longest
 * word wins (主持召开 before 主持).
 */
export function anyOf(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${unique.map(escapeRegExp).join("|")})`;
}
