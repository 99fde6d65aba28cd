/**
 * The texts of recent articles the services' worker holds: those just imported, and the packs it
 * has read (db/recent-articles), so that the texts an aggregate asks for are found in memory or in
 * one or two records rather than one per document. What neither holds is read from the
 * documents' records by the caller.
 */
import { articleDate } from "../analytics/article-date";
import { ALL_PROVINCES, MOST_RECENT } from "../analytics/recent";
import type { DerivedRows } from "../db/derive";
import { readRecentPacks, recentArticleOf, type RecentArticle } from "../db/recent-articles";
import type { TifaDatabase } from "../db/schema";

/** More provinces than this left after the pack of all: their articles are read from the documents. */
const MOST_PACKS_PER_READ = 4;
/**
 * Fewer texts than this are read from their documents' records rather than by reading a pack
 * (in Chromium a pack of 500 texts costs about as much as 60 to 100 records).
 */
const PACK_WORTH_READING = 64;
/** Packs kept read at once (each up to 500 texts). */
const MOST_PACKS_HELD = 8;

interface Offered {
  /** The article's best date, as the most recent are chosen by (analytics/recent); "" for none, last. */
  date: string;
  article: RecentArticle;
}

export class RecentTexts {
  private readonly loaded = new Map<string, Map<string, RecentArticle>>();
  /** Articles imported since the packs were last written: the most recent of each province, and of all. */
  private readonly offers = new Map<string, Offered[]>();
  private offeredById: Map<string, RecentArticle> | null = null;

  /** `packWorthReading`: fewer ids than this are not worth reading a pack for. */
  constructor(private readonly packWorthReading = PACK_WORTH_READING) {}

  /**
   * Keeps the texts of articles just written that may belong in a pack, so that neither the
   * views' first queries nor the writing of the packs read them back. Only the most recent of
   * each province (and of all) are kept.
   */
  offer(rows: DerivedRows): void {
    rows.articles.forEach((row, i) => {
      const body = rows.bodies[i];
      if (!body) return;
      const offered = { date: articleDate(row) ?? "", article: recentArticleOf(row.id, body.article) };
      for (const group of row.province === null ? [ALL_PROVINCES] : [ALL_PROVINCES, row.province]) {
        const list = this.offers.get(group) ?? this.offers.set(group, []).get(group)!;
        list.push(offered);
        if (list.length >= 2 * MOST_RECENT) this.offers.set(group, latest(list));
      }
    });
    this.offeredById = null;
  }

  /** The texts offered and not yet in the packs, by id. */
  offered(): ReadonlyMap<string, RecentArticle> {
    if (this.offeredById) return this.offeredById;
    const byId = new Map<string, RecentArticle>();
    for (const [group, list] of this.offers) {
      const kept = latest(list);
      this.offers.set(group, kept);
      for (const { article } of kept) byId.set(article.id, article);
    }
    return (this.offeredById = byId);
  }

  /** Once these are in the packs; all of them when the articles are read afresh (their ids may name other texts). */
  forgetOffered(written?: ReadonlyMap<string, unknown>): void {
    for (const [group, list] of this.offers) {
      const left = written ? list.filter(({ article }) => !written.has(article.id)) : [];
      if (left.length) this.offers.set(group, left);
      else this.offers.delete(group);
    }
    this.offeredById = null;
  }

  /** Reads the pack of all provinces, which the views' unfiltered first texts come from. */
  async readAhead(db: TifaDatabase): Promise<void> {
    await this.load(db, [ALL_PROVINCES]);
  }

  /** Forgets the packs read: they were written again, or the articles were read afresh. */
  forgetPacks(): void {
    this.loaded.clear();
  }

  /**
   * The articles of these ids held here: first those just imported, then those of the pack of all
   * provinces, then those of the packs of the provinces left (`provinceOf`): read if they are few
   * and the ids many, else only if read already.
   */
  async find(
    db: TifaDatabase,
    ids: readonly string[],
    provinceOf: (articleId: string) => string | null,
  ): Promise<Map<string, RecentArticle>> {
    const found = new Map<string, RecentArticle>();
    const take = (articles: ReadonlyMap<string, RecentArticle> | undefined) => {
      if (articles)
        for (const id of ids) {
          const article = found.has(id) ? undefined : articles.get(id);
          if (article) found.set(id, article);
        }
    };
    take(this.offered());
    if (found.size === ids.length) return found;
    // The pack of all is read once and kept (read ahead after every write of the packs).
    await this.load(db, [ALL_PROVINCES]);
    take(this.loaded.get(ALL_PROVINCES));
    const left = new Set(ids.flatMap((id) => (found.has(id) ? [] : [provinceOf(id) ?? ALL_PROVINCES])));
    if (ids.length >= this.packWorthReading && left.size <= MOST_PACKS_PER_READ) await this.load(db, [...left]);
    for (const group of left) take(this.loaded.get(group));
    return found;
  }

  private async load(db: TifaDatabase, groups: readonly string[]): Promise<void> {
    const wanted = groups.filter((group) => !this.loaded.has(group));
    if (!wanted.length) return;
    if (this.loaded.size + wanted.length > MOST_PACKS_HELD) this.loaded.clear();
    const packs = await readRecentPacks(db, wanted);
    for (const group of wanted) {
      const pack = packs.get(group);
      // A group without a pack is remembered as empty until the packs are written again.
      this.loaded.set(group, new Map(pack?.articles.map((a) => [a.id, a])));
    }
  }
}

/** The most recent `MOST_RECENT` (undated last): an article beyond them in its group is in no pack. */
function latest(list: readonly Offered[]): Offered[] {
  return [...list]
    .sort((a, b) => (a.date === b.date ? 0 : a.date === "" ? 1 : b.date === "" ? -1 : a.date < b.date ? 1 : -1))
    .slice(0, MOST_RECENT);
}
