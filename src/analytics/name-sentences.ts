/**
 * The sentences of an article that name someone: every place a name stands in the text, each
 * read as its sentence, in the order of the text, the same sentence once.
 */
import { sentenceAround } from "../ingest/sentence";
import type { Span } from "../ingest/types";

/** Every span where one of the words stands in the text, in text order. */
export function spansOf(text: string, words: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const word of new Set(words)) {
    if (!word) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length))
      spans.push({ start: at, end: at + word.length });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The sentences holding any of the names, or any of the `mentions` (where the parser read the
 * person, under another form of the name or one an analyst corrected), at most `limit` of them,
 * and how many more there are.
 */
export function sentencesNaming(
  text: string,
  names: readonly string[],
  limit: number,
  mentions: readonly Span[] = [],
): { sentences: string[]; more: number } {
  const all: string[] = [];
  const spans = [...spansOf(text, names), ...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const span of spans) {
    const sentence = sentenceAround(text, span);
    if (sentence && all[all.length - 1] !== sentence && !all.includes(sentence)) all.push(sentence);
  }
  return { sentences: all.slice(0, limit), more: Math.max(0, all.length - limit) };
}

/**
 * The sentence a title was read in: the first sentence naming the person that holds the title
 * ("省委书记、省长谢晓军主持"), else the first sentence that holds the title, else the sentence
 * of the person's first mention (a title the parser joined from a list across sentences).
 */
export function titleSentence(text: string, name: string, title: string, firstMention: Span): string {
  const withName = spansOf(text, [name]).map((span) => sentenceAround(text, span));
  return (
    withName.find((s) => s.includes(title)) ??
    spansOf(text, [title]).map((span) => sentenceAround(text, span))[0] ??
    sentenceAround(text, firstMention)
  );
}
