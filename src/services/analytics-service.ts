/** Everything that reads: counts, the aggregates of every view, and one article for the reader. */
import {
  aggregates,
  type AggregateName,
  type AggregateParams,
  type AggregateResult,
  type ArticleTexts,
} from "../analytics";
import type { Filters } from "../model/filters";
import { nameOfPerson, type PersonId } from "../model/person-id";
import type { ArticleDetail, Counts } from "./types";
import type { Workspace } from "./workspace";
import { correctedView } from "./correction-status";
import { readArticle, readArticles } from "../db/article-reads";
import { recentArticleOf, type RecentArticle } from "../db/recent-articles";
import { indexDataset } from "../analytics/dataset-index";

type AnyAggregate = (...args: Parameters<(typeof aggregates)[AggregateName]>) => unknown;

export class AnalyticsService {
  constructor(private readonly workspace: Workspace) {}

  async counts(): Promise<Counts> {
    const db = await this.workspace.db();
    const data = this.workspace.dataset.current();
    const [documents, addedDocuments] = await Promise.all([
      db.documents.count(),
      db.documents.where("source").anyOf("user", "corpus").count(),
    ]);
    const { articles, meetings, people, phrases } = {
      articles: data.articles.length,
      meetings: data.meetings.length,
      people: data.people.length,
      phrases: data.phrases.length,
    };
    return {
      documents,
      articles,
      meetings,
      people,
      phrases,
      addedDocuments,
      ephemeral: this.workspace.ephemeral !== null,
      storageFull: this.workspace.ephemeral === "full",
    };
  }

  async aggregate<K extends AggregateName>(
    name: K,
    filters: Filters,
    params: AggregateParams<K>,
  ): Promise<AggregateResult<K>> {
    const db = await this.workspace.db();
    if (!Object.prototype.hasOwnProperty.call(aggregates, name)) throw new Error(`Unknown aggregate: ${String(name)}`);
    // Texts from the packs of recent articles, else from their documents' records; the body is
    // the article as parsed, the dataset's row holds the province as corrected.
    const data = this.workspace.dataset.current();
    const texts: ArticleTexts = async (ids) => {
      const articles = indexDataset(data).articleById;
      const recent = await this.workspace.recentTexts.find(db, ids, (id) => articles.get(id)?.province ?? null);
      const rest = ids.filter((id) => !recent.has(id));
      const stored = rest.length ? await readArticles(db, rest, (id) => articles.get(id)?.documentId) : [];
      const read = new Map<string, RecentArticle>();
      for (const a of stored) if (a) read.set(a.row.id, recentArticleOf(a.row.id, a.body));
      return ids.flatMap((id) => {
        const article = recent.get(id) ?? read.get(id);
        return article ? [{ ...article, province: articles.get(id)?.province ?? null }] : [];
      });
    };
    const run = aggregates[name] as AnyAggregate;
    const asked = this.mergedPerson(params);
    return (await run(data, filters, asked as never, texts)) as AggregateResult<K>;
  }

  /** A person asked for by a record an analyst merged into another (a link kept from before) is the one kept. */
  private mergedPerson<P>(params: P): P {
    if (typeof params !== "object" || params === null || !("personId" in params)) return params;
    const { personId } = params;
    return typeof personId === "string"
      ? { ...params, personId: this.workspace.dataset.mergedId(personId as PersonId) }
      : params;
  }

  /** Documents kept without articles (the parser ran out of time on them), by file name. */
  async unreadDocuments(): Promise<{ id: string; fileName: string }[]> {
    const db = await this.workspace.db();
    const read = new Set(this.workspace.dataset.current().articles.map((a) => a.documentId));
    const ids = (await db.documents.toCollection().primaryKeys()).filter((id) => !read.has(id));
    const docs = await db.documents.bulkGet(ids);
    return docs.flatMap((d) => (d ? [{ id: d.id, fileName: d.fileName }] : []));
  }

  /** One article for the reader: its row, the parsed text with spans, and the raw document. */
  async articleDetail(id: string): Promise<ArticleDetail | null> {
    const db = await this.workspace.db();
    const stored = await readArticle(db, id);
    if (!stored) return null;
    const { row, body, mentions } = stored;
    const [document, corrections] = await Promise.all([
      db.documents.get(row.documentId),
      db.corrections.where("documentId").equals(row.documentId).toArray(),
    ]);
    if (!document) return null;
    const index = document.articleIds.indexOf(id);
    const mine = corrections.filter((c) => c.articleIndex === index);
    const dataset = this.workspace.dataset;
    return {
      row,
      ...correctedView(body, mine, row),
      // By the name in this article; the id is the record a "same person as" merge keeps.
      people: mentions.map((m) => ({ name: nameOfPerson(m.personId), id: dataset.mergedId(m.personId) })),
      document: { fileName: document.fileName, raw: document.raw, importedAt: document.importedAt },
    };
  }
}
