/**
 * One person's page: the career line (titles over time, each with the sentence it came from),
 * the people met and in which roles, the ego network and the articles. The view's month window
 * applies; its other filters (a province, a phrase) would hide the person's own record.
 */
import type { ArticleRow, Dataset, MentionRow } from "../db/records";
import type { Role } from "../ingest/types";
import { sentenceAround } from "../ingest/sentence";
import { NO_FILTERS, type Filters } from "../model/filters";
import { hasYear, sortKeyUndatedLast } from "../model/partial-date";
import { nameOfPerson } from "../model/person-id";
import { postOf } from "../model/posts";
import type { Aggregate, ArticleTexts } from "./aggregate";
import { articleDate, passingArticleSet, type ArticleSet } from "./apply-filters";
import { compareCodes, compareZh } from "./collation";
import { indexDataset, type DatasetIndex } from "./dataset-index";
import { titleSentence } from "./name-sentences";
import { meetingRoles } from "./meeting-people";
import type { RoleCounts } from "./network";

export interface Source {
  articleId: string;
  title: string | null;
  date: string | null;
  sentence: string;
}

export interface CareerEntry {
  title: string;
  /** Earliest and latest dated sighting (null when only undated reports hold it). */
  from: string | null;
  to: string | null;
  /** Where it was first seen. */
  source: Source;
}

export interface MetPerson {
  id: string;
  name: string;
  province: string | null;
  meetings: number;
  /** The roles the page's person took at these meetings, and the ones this person took. */
  ownRoles: RoleCounts;
  theirRoles: RoleCounts;
  /** One per meeting together: the sentence that names this person there. */
  sources: (Source & { role: Role })[];
}

export interface PersonPage {
  id: string;
  name: string;
  province: string | null;
  career: CareerEntry[];
  met: MetPerson[];
  articles: { articleId: string; title: string | null; date: string | null; province: string | null; role: Role }[];
}

/** Only the month window of the view's filters. */
export function timeWindow(filters: Filters): Filters {
  return { ...NO_FILTERS, from: filters.from, to: filters.to };
}

const byDate = (a: { date: string | null }, b: { date: string | null }) =>
  compareCodes(sortKeyUndatedLast(a.date), sortKeyUndatedLast(b.date));

/**
 * A title that another ends with, naming the same post, is the same title written shorter
 * ("厅党组书记" in "省民政厅党组书记"); the longer one names it. A bare post never merges into
 * another ("书记" is not "副书记").
 */
function mergeKey(title: string, all: readonly string[]): string {
  const post = postOf(title);
  if (post === null || post === title) return title;
  return all.find((t) => t.length > title.length && t.endsWith(title) && postOf(t) === post) ?? title;
}

function source(article: ArticleRow, mention: MentionRow, text: string | undefined): Source {
  return {
    articleId: article.id,
    title: article.title,
    date: articleDate(article),
    sentence: text === undefined ? "" : sentenceAround(text, mention),
  };
}

/** Where a title was first seen: the sentence naming the person that holds it (see `titleSentence`). */
function titleSource(article: ArticleRow, mention: MentionRow, title: string, texts: Map<string, string>): Source {
  const text = texts.get(article.id);
  const first = source(article, mention, text);
  return text === undefined
    ? first
    : { ...first, sentence: titleSentence(text, nameOfPerson(mention.personId), title, mention) };
}

function careerOf(own: readonly MentionRow[], index: DatasetIndex, texts: Map<string, string>): CareerEntry[] {
  const all = [...new Set(own.flatMap((m) => m.titles))];
  const entries = new Map<string, CareerEntry>();
  const dated = own
    .map((m) => ({ m, article: index.articleById.get(m.articleId)! }))
    .map((x) => ({ ...x, date: articleDate(x.article) }))
    .sort(byDate);
  for (const { m, article, date } of dated)
    for (const raw of m.titles) {
      const title = mergeKey(raw, all);
      const entry = entries.get(title);
      if (!entry) entries.set(title, { title, from: date, to: date, source: titleSource(article, m, raw, texts) });
      else if (hasYear(date)) {
        entry.from = hasYear(entry.from) ? entry.from : date;
        entry.to = date;
      }
    }
  return [...entries.values()].sort((a, b) => byDate({ date: a.from }, { date: b.from }));
}

/** Everyone present at a meeting the person was present at, with the roles both took. */
function metOf(
  data: Dataset,
  own: readonly MentionRow[],
  personId: string,
  index: DatasetIndex,
  passing: ArticleSet,
  texts: Map<string, string>,
): MetPerson[] {
  const met = new Map<string, MetPerson>();
  const meetings = new Set(own.filter((m) => m.present && m.meetingId).map((m) => m.meetingId!));
  for (const meetingId of meetings) {
    const roles = meetingRoles(data, meetingId);
    const mine = roles.get(personId)!;
    const meeting = index.meetingById.get(meetingId)!;
    // Each person's first mention in the meeting's passing reports.
    const firstMention = new Map<string, MentionRow>();
    for (const a of meeting.articleIds)
      if (passing.has(a))
        for (const m of index.mentionsByArticle.get(a) ?? [])
          if (!firstMention.has(m.personId)) firstMention.set(m.personId, m);
    for (const [id, role] of roles) {
      if (id === personId || role === "提及") continue;
      const person = index.personById.get(id);
      if (!person) continue;
      const entry =
        met.get(id) ??
        met
          .set(id, {
            id,
            name: person.name,
            province: person.province,
            meetings: 0,
            ownRoles: {},
            theirRoles: {},
            sources: [],
          })
          .get(id)!;
      entry.meetings++;
      entry.ownRoles[mine] = (entry.ownRoles[mine] ?? 0) + 1;
      entry.theirRoles[role] = (entry.theirRoles[role] ?? 0) + 1;
      const mention = firstMention.get(id);
      if (mention) {
        const article = index.articleById.get(mention.articleId)!;
        const s = source(article, mention, texts.get(article.id));
        entry.sources.push({ ...s, date: meeting.date ?? s.date, role });
      }
    }
  }
  for (const entry of met.values()) entry.sources.sort(byDate);
  return [...met.values()].sort((a, b) => b.meetings - a.meetings || compareZh(a.name, b.name));
}

async function textsOf(ids: Iterable<string>, read: ArticleTexts): Promise<Map<string, string>> {
  return new Map((await read([...new Set(ids)])).map((t) => [t.id, t.text]));
}

const personPage: Aggregate<{ personId: string }, Promise<PersonPage | null>> = async (
  data,
  filters,
  { personId },
  read,
) => {
  const index = indexDataset(data);
  const person = index.personById.get(personId);
  if (!person) return null;
  const passing = passingArticleSet(data, timeWindow(filters));
  const own = (index.mentionsByPerson.get(personId) ?? []).filter((m) => passing.has(m.articleId));
  const meetingArticles = own.flatMap((m) =>
    m.meetingId ? index.meetingById.get(m.meetingId)!.articleIds.filter((a) => passing.has(a)) : [m.articleId],
  );
  const texts = await textsOf([...own.map((m) => m.articleId), ...meetingArticles], read);
  const articles = own
    .map((m) => {
      const article = index.articleById.get(m.articleId)!;
      return {
        articleId: m.articleId,
        title: article.title,
        date: articleDate(article),
        province: article.province,
        role: m.role,
      };
    })
    .sort(byDate);
  return {
    id: person.id,
    name: person.name,
    province: person.province,
    career: careerOf(own, index, texts),
    met: metOf(data, own, personId, index, passing, texts),
    articles,
  };
};

export const personAggregates = { personPage };
