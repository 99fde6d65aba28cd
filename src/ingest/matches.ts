/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the
 * copy of the pattern that `matchAll` makes on each call: for the long word-list patterns (places,
 * titles) that copy costs more than searching a short text, and it was paid for every article.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (!m[0]) pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
