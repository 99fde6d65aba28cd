/**
 * A person's titles, each with the sentence it was read in: the panel beside the network shows
 * no title without the words it came from.
 */
import { sortKeyUndatedLast } from "../model/partial-date";
import type { Aggregate } from "./aggregate";
import { articleDate } from "./apply-filters";
import { compareCodes } from "./collation";
import { indexDataset } from "./dataset-index";
import { titleSentence } from "./name-sentences";

export interface TitleSource {
  title: string;
  /** The first report that gives it (dated ones first, earliest first). */
  articleId: string;
  articleTitle: string | null;
  date: string | null;
  sentence: string;
  /** An analyst gave this title (a correction) and the sentence does not hold it: the sentence only names the person. */
  byAnalyst: boolean;
  /** Other reports that give the same title. */
  otherReports: number;
}

/** Every title seen for the person, whatever the filters (they could hide the person's own record). */
const titleSources: Aggregate<{ personId: string }, Promise<TitleSource[]>> = async (
  data,
  _filters,
  { personId },
  read,
) => {
  const index = indexDataset(data);
  const person = index.personById.get(personId);
  if (!person) return [];
  const sightings = (index.mentionsByPerson.get(personId) ?? [])
    .map((mention) => ({ mention, article: index.articleById.get(mention.articleId)! }))
    .map((s) => ({ ...s, date: articleDate(s.article) }))
    .sort(
      (x, y) =>
        compareCodes(sortKeyUndatedLast(x.date), sortKeyUndatedLast(y.date)) ||
        compareCodes(x.article.id, y.article.id),
    );
  const first = new Map<string, (typeof sightings)[number]>();
  const reports = new Map<string, number>();
  for (const s of sightings)
    for (const title of new Set(s.mention.titles)) {
      if (!first.has(title)) first.set(title, s);
      reports.set(title, (reports.get(title) ?? 0) + 1);
    }
  const texts = new Map(
    (await read([...new Set([...first.values()].map((s) => s.article.id))])).map((t) => [t.id, t.text]),
  );
  return [...first].map(([title, { mention, article, date }]) => {
    const sentence = titleSentence(texts.get(article.id) ?? "", person.name, title, mention);
    return {
      title,
      articleId: article.id,
      articleTitle: article.title,
      date,
      sentence,
      byAnalyst: mention.corrected === true && !sentence.includes(title),
      otherReports: reports.get(title)! - 1,
    };
  });
};

export const titleAggregates = { titleSources };
