/**
 * A list of literal words, looked up at a position of a text: the longest word written there.
 * Indexed by first code unit, it finds what an alternation of hundreds of names (`anyOf`) finds,
 * without trying every name at every character.
 */
export class Words {
  /** Whether some word starts with this UTF-16 code unit: most characters of a text are passed at once. */
  private readonly starts = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (!word) continue;
      const first = word.charCodeAt(0);
      this.starts[first] = 1;
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), word]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest of the words written at `at`, or undefined. */
  longestAt(text: string, at: number): string | undefined {
    const first = text.charCodeAt(at);
    if (!this.starts[first]) return undefined;
    return this.byFirst.get(first)!.find((word) => text.startsWith(word, at));
  }
}
