/**
 * Recurring n-grams of a set of texts, level by level: a 6-gram can recur only if both its 5-grams
 * do. Each n-gram is a number rather than a string (only the ones kept are spelled out, by the
 * caller, from `text`); a source's n-grams are counted once each. Only maximal ones are left
 * uncovered: one inside a longer n-gram shared by as many articles is marked `covered`.
 */
import type { ExpressionOptions, ExpressionSource } from "./ngrams";

function clauses(text: string): string[] {
  return text.split(/[^\u4e00-\u9fff]+/).filter((c) => c.length >= 4);
}

const FIRST_HAN = 0x4e00;
const HAN = 0x9fff - FIRST_HAN + 1;

/** The clauses of every source end to end, -1 between two clauses: each character as a number, and its source. */
function lay(sources: readonly ExpressionSource[]) {
  const pieces = sources.map((s) => clauses(s.text));
  let length = 0;
  for (const list of pieces) for (const clause of list) length += clause.length + 1;
  const chars = new Int32Array(length).fill(-1);
  const docOf = new Int32Array(length);
  const text: string[] = [];
  let at = 0;
  pieces.forEach((list, doc) => {
    for (const clause of list) {
      for (let i = 0; i < clause.length; i++) chars[at + i] = clause.charCodeAt(i) - FIRST_HAN;
      docOf.fill(doc, at, at + clause.length + 1);
      text.push(clause, "|");
      at += clause.length + 1;
    }
  });
  return { chars, docOf, text: text.join("") };
}

/** The n-grams of one length: at each place the number of the one starting there (-1: none), and the places that have one. */
interface Grams {
  ids: Int32Array;
  at: Int32Array;
  count: number;
  /** The two (n-1)-grams that spell each n-gram: its first n-1 characters and its last. */
  left: Int32Array;
  right: Int32Array;
}

/**
 * The n-grams `step` characters longer than `grams` (at most as long), numbered in the order first
 * met: the shorter ones at i and i+step together spell the one at i, so a pair of numbers, looked
 * up in an open-addressing table, names it exactly. Only pairs of kept n-grams are made.
 */
function extend(grams: Grams, kept: Uint8Array | null, step = 1): Grams {
  const { ids, at } = grams;
  const next = new Int32Array(ids.length).fill(-1);
  const table = new PairNumbers();
  const places = new Int32Array(at.length);
  let placed = 0;
  for (let k = 0; k < at.length; k++) {
    const i = at[k]!;
    const a = ids[i]!;
    const b = i + step < ids.length ? ids[i + step]! : -1;
    if (b < 0 || (kept && (!kept[a] || !kept[b]))) continue;
    next[i] = table.id(a, b);
    places[placed++] = i;
  }
  return { ids: next, at: places.subarray(0, placed), count: table.size, left: table.left(), right: table.right() };
}

/** A number for each pair of non-negative numbers, in the order first asked: open addressing, grown at half full. */
class PairNumbers {
  private keys = new Int32Array(2 * 1024).fill(-1);
  private ids = new Int32Array(1024);
  private pairs = new Int32Array(2 * 1024);
  size = 0;

  id(a: number, b: number): number {
    let mask = this.ids.length - 1;
    let slot = this.slotOf(a, b, mask);
    if (this.keys[2 * slot] !== -1) return this.ids[slot]!;
    if ((this.size + 1) * 2 > this.ids.length) {
      this.grow();
      mask = this.ids.length - 1;
      slot = this.slotOf(a, b, mask);
    }
    this.keys[2 * slot] = a;
    this.keys[2 * slot + 1] = b;
    this.ids[slot] = this.size;
    if (2 * this.size + 2 > this.pairs.length) {
      const larger = new Int32Array(this.pairs.length * 2);
      larger.set(this.pairs);
      this.pairs = larger;
    }
    this.pairs[2 * this.size] = a;
    this.pairs[2 * this.size + 1] = b;
    return this.size++;
  }

  left(): Int32Array {
    return this.half(0);
  }

  right(): Int32Array {
    return this.half(1);
  }

  private half(side: 0 | 1): Int32Array {
    const out = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.pairs[2 * i + side]!;
    return out;
  }

  /** The slot holding the pair, or the empty one where it would go. */
  private slotOf(a: number, b: number, mask: number): number {
    const keys = this.keys;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca77)) & mask;
    for (;;) {
      const ka = keys[2 * slot]!;
      if (ka === -1 || (ka === a && keys[2 * slot + 1] === b)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const size = this.ids.length * 2;
    this.keys = new Int32Array(2 * size).fill(-1);
    this.ids = new Int32Array(size);
    for (let id = 0; id < this.size; id++) {
      const slot = this.slotOf(this.pairs[2 * id]!, this.pairs[2 * id + 1]!, size - 1);
      this.keys[2 * slot] = this.pairs[2 * id]!;
      this.keys[2 * slot + 1] = this.pairs[2 * id + 1]!;
      this.ids[slot] = id;
    }
  }
}

/** One length's n-grams: in how many sources each occurs, where first, and in which provinces (bit sets). */
export interface Level {
  length: number;
  grams: Grams;
  articles: Int32Array;
  firstAt: Int32Array;
  provinces: Uint32Array;
  /** 1 for each n-gram in enough articles. */
  frequent: Uint8Array;
  covered: Uint8Array;
}

function countLevel(
  grams: Grams,
  length: number,
  docOf: Int32Array,
  provinceOf: Int32Array,
  words: number,
  minArticles: number,
): Level {
  const { ids, at, count: idCount } = grams;
  const count = new Int32Array(idCount);
  const lastDoc = new Int32Array(idCount).fill(-1);
  const firstAt = new Int32Array(idCount);
  const provinces = new Uint32Array(idCount * words);
  for (let k = 0; k < at.length; k++) {
    const i = at[k]!;
    const id = ids[i]!;
    const doc = docOf[i]!;
    if (lastDoc[id] === doc) continue;
    lastDoc[id] = doc;
    if (count[id]!++ === 0) firstAt[id] = i;
    const p = provinceOf[doc]!;
    if (p >= 0) provinces[id * words + (p >> 5)]! |= 1 << (p & 31);
  }
  const frequent = new Uint8Array(idCount);
  for (let id = 0; id < idCount; id++) if (count[id]! >= minArticles) frequent[id] = 1;
  return { length, grams, articles: count, firstAt, provinces, frequent, covered: new Uint8Array(idCount) };
}

export function bits(set: Uint32Array, from: number, words: number): number {
  let total = 0;
  for (let w = from; w < from + words; w++) for (let v = set[w]!; v; v &= v - 1) total++;
  return total;
}

export function recurringLevels(
  sources: readonly ExpressionSource[],
  options: Pick<ExpressionOptions, "minArticles" | "minLength" | "maxLength">,
): { levels: Level[]; text: string; docOf: Int32Array; words: number } {
  const { chars, docOf, text } = lay(sources);
  const provinceCodes = new Map<string, number>();
  const provinceOf = Int32Array.from(sources, (s) =>
    s.province
      ? (provinceCodes.get(s.province) ?? provinceCodes.set(s.province, provinceCodes.size).get(s.province)!)
      : -1,
  );
  const words = Math.max(1, Math.ceil(provinceCodes.size / 32));
  // Up to the shortest length, every n-gram (none is frequent where one of its parts is not):
  // pairs of characters by arithmetic, then longer ones from two shorter ones.
  const pairs = new Int32Array(chars.length).fill(-1);
  const at = new Int32Array(chars.length);
  let places = 0;
  for (let i = 0; i + 1 < chars.length; i++)
    if (chars[i]! >= 0 && chars[i + 1]! >= 0) {
      pairs[i] = chars[i]! * HAN + chars[i + 1]!;
      at[places++] = i;
    }
  const none = new Int32Array(0);
  let grams: Grams = { ids: pairs, at: at.subarray(0, places), count: HAN * HAN, left: none, right: none };
  for (let n = 2; n < options.minLength; n += Math.min(n, options.minLength - n))
    grams = extend(grams, null, Math.min(n, options.minLength - n));
  const levels: Level[] = [];
  for (let n = options.minLength; n <= options.maxLength; n++) {
    const previous = levels[levels.length - 1];
    if (previous) grams = extend(grams, previous.frequent);
    const level = countLevel(grams, n, docOf, provinceOf, words, options.minArticles);
    if (!level.frequent.includes(1)) break;
    levels.push(level);
  }
  // Maximal n-grams only: drop one inside a longer n-gram shared by as many articles. A longer
  // n-gram is found in no article its parts are not, so "as many" means the same articles; then
  // so is the n-gram one character longer that lies between them, and it recurs too (every part
  // of the longer one does). Looking one character out is enough: no comparison of every pair.
  for (let l = 1; l < levels.length; l++) {
    const [inner, outer] = [levels[l - 1]!, levels[l]!];
    for (let id = 0; id < outer.grams.count; id++) {
      const articles = outer.articles[id]!;
      if (articles < options.minArticles) continue;
      for (const part of [outer.grams.right[id]!, outer.grams.left[id]!])
        if (articles >= inner.articles[part]!) inner.covered[part] = 1;
    }
  }
  return { levels, text, docOf, words };
}
