import { EXPRESSION_EDGE, STOCK_EXPRESSION, STOCK_WORDS, TITLE_EXPRESSION } from "../ingest/lexicon/stock-expressions";
import { compareZh } from "./collation";
import { bits, recurringLevels, type Level } from "./ngram-levels";
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

/** Provinces × ln(N / articles): spread across places, weighed against how common it is in the N articles read. */
export function unusualness(e: Pick<Expression, "articles" | "provinces">, articlesRead: number): number {
  return Math.max(1, e.provinces) * Math.log(articlesRead / e.articles);
}

const STOCK_WORD = new RegExp(STOCK_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"));

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

/** The recurring maximal n-grams (ngram-levels.ts), ranked and tested, the first `limit` that pass. */
export function recurringExpressions(
  sources: readonly ExpressionSource[],
  quoted: QuotedPhrases,
  options: ExpressionOptions,
): Expression[] {
  if (options.minLength < 3) throw new RangeError("expressions are at least 3 characters long");
  const { levels, text, docOf, words } = recurringLevels(sources, options);
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
