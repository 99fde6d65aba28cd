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

/** Whether a line ends a sentence; only its last two characters are read, however long it is. */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.slice(-2));
}

/**
 * Joins wrapped lines (ignoring blank lines) until a line ends a sentence or `isBreak` says so.
 * A paragraph is kept as its lines and its last two characters: testing the joined text after
 * every line would read it again each time, slow on 100,000 lines that never end a sentence.
 */
export function joinWrapped(
  lines: readonly string[],
  isBreak: (line: string) => boolean,
  opensParagraph: (line: string) => boolean = () => false,
): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let tail = "";
  for (const line of lines) {
    if (!line.trim()) continue;
    // A line that opens an item (1、…, ◆…, 4月7日…) starts a paragraph, whatever ended the line before.
    if (current.length && opensParagraph(line)) {
      paragraphs.push(current.join(""));
      current = [];
      tail = "";
    }
    if (isBreak(line)) {
      if (current.length) paragraphs.push(current.join(""));
      paragraphs.push(line);
      current = [];
      tail = "";
      continue;
    }
    current.push(line);
    tail = (tail + line).slice(-2);
    if (endsSentence(tail)) {
      paragraphs.push(current.join(""));
      current = [];
      tail = "";
    }
  }
  if (current.length) paragraphs.push(current.join(""));
  return paragraphs;
}
