import { EXPRESSION_EDGE, STOCK_EXPRESSION, STOCK_WORDS, TITLE_EXPRESSION } from "../ingest/lexicon/stock-expressions";
import { compareZh } from "./collation";
/**
 * Recurring unquoted expressions: character n-grams that several articles share, found
 * level by level (a 6-gram can recur only if both its 5-grams do). Quoted formulations,
 * n-grams edged with function characters and meeting boilerplate are left out, and so is an
 * n-gram inside a longer one that recurs in as many articles, or one that cuts a word in two
 * (word boundaries from the built-in Intl.Segmenter). Job titles and stock phrases are left out too.
 *
 * They are ranked by how unusual they are, not by how often they occur: provinces × ln(N / articles),
 * a document-frequency weight (N articles read). An expression in every article is boilerplate
 * (weight 0); one shared by several provinces yet absent from most reports is what a reader looks for.
 */
export interface ExpressionSource {
  articleId: string;
  province: string | null;
  text: string;
}

export interface Expression {
  expression: string;
  articles: number;
  provinces: number;
}

export interface ExpressionOptions {
  minArticles: number;
  minLength: number;
  maxLength: number;
  limit: number;
}

/**
 * Whether a quoted formulation overlaps an n-gram (one holds the other), without comparing the
 * n-gram with every quoted phrase: those that could hold it are found by their first few characters.
 */
export class QuotedPhrases {
  private readonly whole: Set<string>;
  private readonly byHead = new Map<string, string[]>();
  private readonly lengths: number[];

  /** `shortest`: the shortest n-gram ever asked about. */
  constructor(
    quoted: Iterable<string>,
    private readonly shortest: number,
  ) {
    this.whole = new Set(quoted);
    this.lengths = [...new Set([...this.whole].map((q) => q.length))];
    const head = Math.max(1, shortest);
    for (const q of this.whole) {
      const heads = new Set<string>();
      for (let i = 0; i + head <= q.length; i++) heads.add(q.slice(i, i + head));
      for (const h of heads) (this.byHead.get(h) ?? this.byHead.set(h, []).get(h)!).push(q);
    }
  }

  overlaps(gram: string): boolean {
    if (gram.length < this.shortest) throw new RangeError(`n-gram shorter than ${this.shortest}`);
    const holders = this.byHead.get(gram.slice(0, Math.max(1, this.shortest)));
    if (holders?.some((q) => q.includes(gram))) return true;
    for (const length of this.lengths)
      for (let i = 0; i + length <= gram.length; i++) if (this.whole.has(gram.slice(i, i + length))) return true;
    return false;
  }
}

/**
 * Word boundaries of a stretch of text between punctuation or spaces, by its text: the segmenter
 * cuts there anyway, so what lies beyond does not change the cuts inside, and a stretch is
 * segmented once, not each whole article.
 */
const segmenter =
  typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
const HARD_STOP = /[\s\p{P}]/u;
const stretchCuts = new Map<string, Set<number>>();

function cutsOf(stretch: string): Set<number> {
  let cuts = stretchCuts.get(stretch);
  if (!cuts) {
    if (stretchCuts.size >= 50_000) stretchCuts.clear();
    cuts = new Set([0]);
    for (const segment of segmenter!.segment(stretch)) cuts.add(segment.index + segment.segment.length);
    stretchCuts.set(stretch, cuts);
  }
  return cuts;
}

/** Whether an n-gram starts and ends on word boundaries where it first occurs in `text`. */
function aligned(text: string, gram: string): boolean {
  if (!segmenter) return true;
  const at = text.indexOf(gram);
  if (at < 0) return false;
  let from = at;
  while (from > 0 && !HARD_STOP.test(text[from - 1]!)) from--;
  let to = at + gram.length;
  while (to < text.length && !HARD_STOP.test(text[to]!)) to++;
  const cuts = cutsOf(text.slice(from, to));
  return cuts.has(at - from) && cuts.has(at + gram.length - from);
}

function clauses(text: string): string[] {
  return text.split(/[^\u4e00-\u9fff]+/).filter((c) => c.length >= 4);
}

/** Provinces × ln(N / articles): spread across places, weighed against how common it is in the N articles read. */
export function unusualness(e: Pick<Expression, "articles" | "provinces">, articlesRead: number): number {
  return Math.max(1, e.provinces) * Math.log(articlesRead / e.articles);
}

const STOCK_WORD = new RegExp(STOCK_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

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
  const table = new PairTable();
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
class PairTable {
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
interface Level {
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

function bits(set: Uint32Array, from: number, words: number): number {
  let total = 0;
  for (let w = from; w < from + words; w++) for (let v = set[w]!; v; v &= v - 1) total++;
  return total;
}

interface Candidate {
  e: Expression;
  score: number;
  /** The text it first occurs in. */
  source: string;
}

/** Left out: edged with a function character, boilerplate, a title, a quoted formulation's part, or a word cut in two. */
function isStock(gram: string, source: string, quoted: QuotedPhrases): boolean {
  return (
    EXPRESSION_EDGE.test(gram) ||
    STOCK_EXPRESSION.test(gram) ||
    TITLE_EXPRESSION.test(gram) ||
    STOCK_WORD.test(gram) ||
    quoted.overlaps(gram) ||
    !aligned(source, gram)
  );
}

/**
 * Level by level as described above, each n-gram a number rather than a string (only the ones
 * kept are spelled out at the end); a source's n-grams are counted once each.
 */
export function recurringExpressions(
  sources: readonly ExpressionSource[],
  quoted: QuotedPhrases,
  options: ExpressionOptions,
): Expression[] {
  if (options.minLength < 3) throw new RangeError("expressions are at least 3 characters long");
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
  // Every recurring n-gram left, as its level and number, and its score.
  const recurs = (level: Level, id: number) => level.articles[id]! >= options.minArticles && !level.covered[id];
  let total = 0;
  for (const level of levels) for (let id = 0; id < level.grams.count; id++) if (recurs(level, id)) total++;
  const levelOf = new Int32Array(total);
  const idOf = new Int32Array(total);
  const provincesOf = new Int32Array(total);
  const scores = new Float64Array(total);
  let filled = 0;
  levels.forEach((level, l) => {
    for (let id = 0; id < level.grams.count; id++) {
      if (!recurs(level, id)) continue;
      const provinces = bits(level.provinces, id * words, words);
      levelOf[filled] = l;
      idOf[filled] = id;
      provincesOf[filled] = provinces;
      scores[filled++] = unusualness({ articles: level.articles[id]!, provinces }, sources.length);
    }
  });
  const spell = (c: number): Candidate => {
    const level = levels[levelOf[c]!]!;
    const at = level.firstAt[idOf[c]!]!;
    return {
      e: {
        expression: text.slice(at, at + level.length),
        articles: level.articles[idOf[c]!]!,
        provinces: provincesOf[c]!,
      },
      score: scores[c]!,
      source: sources[docOf[at]!]!.text,
    };
  };
  // Ranked, then tested in rank order until enough pass: the same as testing all and ranking
  // those that pass (the ranking of two never depends on the others), but the segmenter and the
  // quoted phrases see only the few n-grams that come first. Only the head of the ranking is
  // spelled out and ranked: every n-gram scoring at least the head's lowest score, the head
  // widened if too few of them pass.
  const sortedScores = scores.slice().sort();
  for (let head = 4 * options.limit; ; head *= 2) {
    const lowest = head >= total ? -Infinity : sortedScores[total - head]!;
    const ranked: Candidate[] = [];
    for (let c = 0; c < total; c++) if (scores[c]! >= lowest) ranked.push(spell(c));
    const found = firstPassing(ranked, quoted, options.limit);
    if (found.length >= options.limit || head >= total) return found;
  }
}

/**
 * The first `limit` candidates in rank order that are not stock. The numbers rank them; the
 * collator orders a run of equal numbers only when the tests reach it.
 */
function firstPassing(candidates: Candidate[], quoted: QuotedPhrases, limit: number): Expression[] {
  const byNumbers = (a: Candidate, b: Candidate) =>
    b.score - a.score || b.e.provinces - a.e.provinces || b.e.expression.length - a.e.expression.length;
  candidates.sort(byNumbers);
  const found: Expression[] = [];
  for (let start = 0; start < candidates.length && found.length < limit;) {
    let end = start + 1;
    while (end < candidates.length && byNumbers(candidates[start]!, candidates[end]!) === 0) end++;
    const tied = candidates.slice(start, end).sort((a, b) => compareZh(a.e.expression, b.e.expression));
    for (const { e, source } of tied) {
      if (found.length >= limit) break;
      if (!isStock(e.expression, source, quoted)) found.push(e);
    }
    start = end;
  }
  return found;
}
