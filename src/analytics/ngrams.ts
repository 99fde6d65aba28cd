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

/** Whether an n-gram starts and ends on word boundaries where it first occurs. */
class WordBoundaries {
  private readonly segmenter =
    typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  private readonly cache = new Map<number, Set<number>>();

  constructor(private readonly sources: readonly ExpressionSource[]) {}

  private boundaries(doc: number): Set<number> {
    let set = this.cache.get(doc);
    if (!set) {
      set = new Set([0]);
      for (const segment of this.segmenter!.segment(this.sources[doc]!.text))
        set.add(segment.index + segment.segment.length);
      this.cache.set(doc, set);
    }
    return set;
  }

  aligned(gram: string, docs: ReadonlySet<number>): boolean {
    if (!this.segmenter) return true;
    const doc = docs.values().next().value!;
    const at = this.sources[doc]!.text.indexOf(gram);
    const cuts = this.boundaries(doc);
    return at >= 0 && (at === 0 || cuts.has(at)) && cuts.has(at + gram.length);
  }
}

function clauses(text: string): string[] {
  return text.split(/[^\u4e00-\u9fff]+/).filter((c) => c.length >= 4);
}

/** Provinces × ln(N / articles): spread across places, weighed against how common it is in the N articles read. */
export function unusualness(e: Expression, articlesRead: number): number {
  return Math.max(1, e.provinces) * Math.log(articlesRead / e.articles);
}

export function recurringExpressions(
  sources: readonly ExpressionSource[],
  quoted: ReadonlySet<string>,
  options: ExpressionOptions,
): Expression[] {
  const pieces = sources.map((s) => clauses(s.text));
  const provinceOf = sources.map((s) => s.province);
  const recurring = new Map<string, Set<number>>();
  let frequent: Set<string> | null = null;
  for (let n = options.minLength; n <= options.maxLength; n++) {
    const seen = new Map<string, Set<number>>();
    pieces.forEach((clauseList, doc) => {
      for (const clause of clauseList) {
        for (let i = 0; i + n <= clause.length; i++) {
          const gram = clause.slice(i, i + n);
          if (frequent && !(frequent.has(gram.slice(0, -1)) && frequent.has(gram.slice(1)))) continue;
          (seen.get(gram) ?? seen.set(gram, new Set()).get(gram)!).add(doc);
        }
      }
    });
    frequent = new Set();
    for (const [gram, docs] of seen) {
      if (docs.size < options.minArticles) continue;
      frequent.add(gram);
      recurring.set(gram, docs);
    }
    if (!frequent.size) break;
  }
  // Maximal n-grams only: drop one inside a longer n-gram shared by as many articles. A longer
  // n-gram is found in no article its parts are not, so "as many" means the same articles; then
  // so is the n-gram one character longer that lies between them, and it recurs too (every part
  // of the longer one does). Looking one character out is enough: no comparison of every pair.
  const covered = new Set<string>();
  for (const [gram, docs] of recurring)
    for (const inner of [gram.slice(1), gram.slice(0, -1)]) {
      const innerDocs = recurring.get(inner);
      if (innerDocs && docs.size >= innerDocs.size) covered.add(inner);
    }
  const maximal = [...recurring.entries()].filter(([gram]) => !covered.has(gram));
  const quotedList = [...quoted];
  const words = new WordBoundaries(sources);
  return maximal
    .filter(
      ([gram, docs]) =>
        !EXPRESSION_EDGE.test(gram) &&
        !STOCK_EXPRESSION.test(gram) &&
        !TITLE_EXPRESSION.test(gram) &&
        !STOCK_WORDS.some((w) => gram.includes(w)) &&
        !quotedList.some((q) => q.includes(gram) || gram.includes(q)) &&
        words.aligned(gram, docs),
    )
    .map(([expression, docs]) => ({
      expression,
      articles: docs.size,
      provinces: new Set([...docs].map((d) => provinceOf[d]).filter(Boolean)).size,
    }))
    .map((e) => ({ e, score: unusualness(e, sources.length) }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.e.provinces - a.e.provinces ||
        b.e.expression.length - a.e.expression.length ||
        compareZh(a.e.expression, b.e.expression),
    )
    .map(({ e }) => e)
    .slice(0, options.limit);
}
