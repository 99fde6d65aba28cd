/**
 * PDF extraction breaks lines every dozen characters, often with blank lines between them.
 * Such text is detected by its line lengths and re-joined into paragraphs: a paragraph ends
 * where a line ends a sentence.
 */
const SENTENCE_END = /[。！？!?][”"’』」)]?$|[:：]$/;

export function isHardWrapped(lines: readonly string[]): boolean {
  const content = lines.filter((l) => l.trim().length > 0);
  if (content.length < 8) return false;
  const short = content.filter((l) => l.length <= 30 && !SENTENCE_END.test(l)).length;
  return short / content.length >= 0.5;
}

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/** Joins wrapped lines (ignoring blank lines) until a line ends a sentence or `isBreak` says so. */
export function joinWrapped(lines: readonly string[], isBreak: (line: string) => boolean): string[] {
  const paragraphs: string[] = [];
  let current = "";
  for (const line of lines) {
    if (!line.trim()) continue;
    if (isBreak(line)) {
      if (current) paragraphs.push(current);
      paragraphs.push(line);
      current = "";
      continue;
    }
    current += line;
    if (endsSentence(current)) {
      paragraphs.push(current);
      current = "";
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
