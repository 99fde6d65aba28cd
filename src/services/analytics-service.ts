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

type AnyAggregate = (...args: Parameters<(typeof aggregates)[AggregateName]>) => unknown;

export class AnalyticsService {
  constructor(private readonly workspace: Workspace) {}

  async counts(): Promise<Counts> {
    const db = await this.workspace.db();
    const [documents, articles, meetings, people, phrases, userDocuments] = await Promise.all([
      db.documents.count(),
      db.articles.count(),
      db.meetings.count(),
      this.workspace.dataset.current().people.length,
      db.phrases.count(),
      db.documents.where("source").equals("user").count(),
    ]);
    return {
      documents,
      articles,
      meetings,
      people,
      phrases,
      userDocuments,
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
    // The body is the article as parsed; its row holds the province as corrected.
    const texts: ArticleTexts = async (ids) => {
      const [bodies, rows] = await Promise.all([db.articleBodies.bulkGet([...ids]), db.articles.bulkGet([...ids])]);
      return bodies.flatMap((b, i) =>
        b
          ? [
              {
                id: b.id,
                province: rows[i]?.province ?? null,
                text: b.article.text,
                evidence: b.article.evidence,
                parsed: { date: b.article.date, province: b.article.province, meetingType: b.article.meetingType },
              },
            ]
          : [],
      );
    };
    const run = aggregates[name] as AnyAggregate;
    const asked = this.mergedPerson(params);
    return (await run(this.workspace.dataset.current(), filters, asked as never, texts)) as AggregateResult<K>;
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
    const row = await db.articles.get(id);
    if (!row) return null;
    const [body, document, mentions, corrections] = await Promise.all([
      db.articleBodies.get(id),
      db.documents.get(row.documentId),
      db.mentions.where("articleId").equals(id).toArray(),
      db.corrections.where("documentId").equals(row.documentId).toArray(),
    ]);
    if (!body || !document) return null;
    const index = document.articleIds.indexOf(id);
    const mine = corrections.filter((c) => c.articleIndex === index);
    const dataset = this.workspace.dataset;
    return {
      row,
      ...correctedView(body.article, mine, row),
      // By the name in this article; the id is the record a "same person as" merge keeps.
      people: mentions.map((m) => ({ name: nameOfPerson(m.personId), id: dataset.mergedId(m.personId) })),
      document: { fileName: document.fileName, raw: document.raw, importedAt: document.importedAt },
    };
  }
}
