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
  return short / content.length >= 0.5 || brokenAtOneWidth(content);
}

/** The fewest and the most characters of a line broken at a page's width (a printed page, a yearbook column). */
const MIN_WIDTH = 16;
const MAX_WIDTH = 48;

/**
 * Whether most lines are cut at one width, give or take a character, mid-sentence: a page printed
 * in columns (a yearbook's 34 characters a line), whatever that width.
 */
function brokenAtOneWidth(content: readonly string[]): boolean {
  const counts = new Map<number, number>();
  for (const line of content)
    if (line.length >= MIN_WIDTH && line.length <= MAX_WIDTH)
      counts.set(line.length, (counts.get(line.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [length, count] of counts) {
    const around = count + (counts.get(length + 1) ?? 0);
    if (around > most) [width, most] = [length, around];
  }
  if (most * 2 < content.length) return false;
  const cut = content.filter((l) => (l.length === width || l.length === width + 1) && !SENTENCE_END.test(l)).length;
  return cut * 2 >= most;
}

/** Whether a line ends a sentence; only its last two characters are read, however long it is. */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.slice(-2));
}

/**
 * Joins wrapped lines (ignoring blank lines, which `opensParagraph` is told of) until a line ends a
 * sentence or `isBreak` says so.
 * A paragraph is kept as its lines and its last two characters: testing the joined text after
 * every line would read it again each time, slow on 100,000 lines that never end a sentence.
 */
export function joinWrapped(
  lines: readonly string[],
  isBreak: (line: string) => boolean,
  opensParagraph: (line: string, afterBlank: boolean) => boolean = () => false,
): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let tail = "";
  let afterBlank = false;
  for (const line of lines) {
    if (!line.trim()) {
      afterBlank = true;
      continue;
    }
    const blankAbove = afterBlank;
    afterBlank = false;
    // A line that opens an item (1、…, ◆…, 4月7日…) starts a paragraph, whatever ended the line before.
    if (current.length && opensParagraph(line, blankAbove)) {
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
