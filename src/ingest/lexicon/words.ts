const PAIR_HASHES = 1 << 16;
const pairHash = (first: number, second: number) => (first * 31 + second) & (PAIR_HASHES - 1);

/**
 * A list of literal words, looked up at a position of a text: the longest word written there.
 * Indexed by the first two code units, it finds what an alternation of hundreds of names (`anyOf`)
 * finds, without trying every name at every character.
 */
export class Words {
  /** Whether some word starts with this UTF-16 code unit: most characters of a text are passed at once. */
  private readonly starts = new Uint8Array(0x10000);
  /**
   * Whether some word may start with a pair of code units, by a hash of the pair: most pairs whose
   * first unit starts a word are passed here, without looking up the maps below.
   */
  private readonly pairs = new Uint8Array(PAIR_HASHES);
  /** Words of two or more code units by their first code unit, then their second, longest first. */
  private readonly byPair = new Map<number, Map<number, string[]>>();
  /** Words of one code unit. */
  private readonly singles = new Set<number>();
  private readonly all: ReadonlySet<string>;
  /** The lengths of the words, longest first. */
  private readonly lengths: readonly number[];

  constructor(words: Iterable<string>) {
    this.all = new Set([...words].filter(Boolean));
    for (const word of this.all) {
      const first = word.charCodeAt(0);
      this.starts[first] = 1;
      if (word.length === 1) {
        this.singles.add(first);
        continue;
      }
      const bySecond = this.byPair.get(first) ?? this.byPair.set(first, new Map()).get(first)!;
      const second = word.charCodeAt(1);
      this.pairs[pairHash(first, second)] = 1;
      bySecond.set(second, [...(bySecond.get(second) ?? []), word]);
    }
    for (const bySecond of this.byPair.values())
      for (const list of bySecond.values()) list.sort((a, b) => b.length - a.length);
    this.lengths = [...new Set([...this.all].map((word) => word.length))].sort((a, b) => b - a);
  }

  /** The longest of the words written at `at`, or undefined. */
  longestAt(text: string, at: number): string | undefined {
    const first = text.charCodeAt(at);
    if (!this.starts[first]) return undefined;
    const second = text.charCodeAt(at + 1);
    if (at + 1 < text.length && this.pairs[pairHash(first, second)]) {
      const list = this.byPair.get(first)?.get(second);
      if (list) for (const word of list) if (text.startsWith(word, at)) return word;
    }
    return this.singles.has(first) ? text[at] : undefined;
  }

  /** The first place at or after `from` where a word is written, with the longest word there. */
  nextIn(text: string, from: number): { index: number; word: string } | null {
    for (let at = from; at < text.length; at++) {
      if (!this.starts[text.charCodeAt(at)]) continue;
      const word = this.longestAt(text, at);
      if (word) return { index: at, word };
    }
    return null;
  }

  /** Whether a word is written anywhere in `text`. */
  someIn(text: string): boolean {
    return this.nextIn(text, 0) !== null;
  }

  /** Whether `text` ends with one of the words. */
  endsIn(text: string): boolean {
    for (const length of this.lengths) if (length <= text.length && this.all.has(text.slice(-length))) return true;
    return false;
  }
}
