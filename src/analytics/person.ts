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
import { articleDate, passing } from "./apply-filters";
import { columnsOf } from "./columns";
import { compareCodes, compareZh } from "./collation";
import { indexDataset, type DatasetIndex } from "./dataset-index";
import { titleSentence } from "./name-sentences";
import { meetingPeopleOf } from "./meeting-people";
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

/** `items` sorted by `byDate` (stably), each one's sort key made once instead of at every comparison. */
function sortedByDate<T extends { date: string | null }>(items: readonly T[]): T[] {
  const keyed = items.map((item, i) => ({ key: sortKeyUndatedLast(item.date), i }));
  keyed.sort((a, b) => compareCodes(a.key, b.key) || a.i - b.i);
  return keyed.map(({ i }) => items[i]!);
}

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

/** `articles`: the article of each of `own`. */
function careerOf(
  own: readonly MentionRow[],
  articles: readonly ArticleRow[],
  texts: Map<string, string>,
): CareerEntry[] {
  const all = [...new Set(own.flatMap((m) => m.titles))];
  // A person's mentions repeat a few titles: each is merged once.
  const merged = new Map<string, string>();
  const mergedKey = (raw: string) => merged.get(raw) ?? merged.set(raw, mergeKey(raw, all)).get(raw)!;
  const entries = new Map<string, CareerEntry>();
  const dated = sortedByDate(own.map((m, i) => ({ m, article: articles[i]!, date: articleDate(articles[i]!) })));
  for (const { m, article, date } of dated)
    for (const raw of m.titles) {
      const title = mergedKey(raw);
      const entry = entries.get(title);
      if (!entry) entries.set(title, { title, from: date, to: date, source: titleSource(article, m, raw, texts) });
      else if (hasYear(date)) {
        entry.from = hasYear(entry.from) ? entry.from : date;
        entry.to = date;
      }
    }
  return [...entries.values()].sort((a, b) => byDate({ date: a.from }, { date: b.from }));
}

/** Everyone present at a meeting the person was present at, with the roles both took (by codes, not ids). */
function metOf(
  data: Dataset,
  own: readonly MentionRow[],
  personId: string,
  index: DatasetIndex,
  passes: Uint8Array,
  texts: Map<string, string>,
): MetPerson[] {
  const c = columnsOf(data);
  const mp = meetingPeopleOf(data);
  const self = c.people.find(personId);
  const entries: MetPerson[] = [];
  const entryOf = new Map<number, MetPerson>();
  // Each person's first mention row in the current meeting's passing reports (-1: none yet), and its article.
  const firstRow = new Int32Array(c.people.size).fill(-1);
  const firstArticle = new Int32Array(c.people.size);
  const touched: number[] = [];
  const meetings = new Set(own.filter((m) => m.present && m.meetingId).map((m) => m.meetingId!));
  for (const meetingId of meetings) {
    const m = c.meetingIndex.get(meetingId);
    if (m === undefined) continue;
    const meeting = data.meetings[m]!;
    const [from, to] = [mp.people.start[m]!, mp.people.start[m + 1]!];
    let mine: Role | undefined;
    for (let k = from; k < to && !mine; k++) if (mp.people.items[k] === self) mine = mp.roles[mp.role[k]!]!;
    for (let k = c.meetingArticles.start[m]!; k < c.meetingArticles.start[m + 1]!; k++) {
      const article = c.meetingArticles.items[k]!;
      if (!passes[article]) continue;
      for (let j = c.articleMentions.start[article]!; j < c.articleMentions.start[article + 1]!; j++) {
        const row = c.articleMentions.items[j]!;
        const person = c.mentionPerson[row]!;
        if (firstRow[person]! < 0) {
          firstRow[person] = row;
          firstArticle[person] = article;
          touched.push(person);
        }
      }
    }
    for (let k = from; k < to; k++) {
      const code = mp.people.items[k]!;
      const role = mp.roles[mp.role[k]!]!;
      if (code === self || role === "提及") continue;
      let entry = entryOf.get(code);
      if (!entry) {
        const person = index.personById.get(c.people.values[code]!);
        if (!person) continue;
        entry = {
          id: person.id,
          name: person.name,
          province: person.province,
          meetings: 0,
          ownRoles: {},
          theirRoles: {},
          sources: [],
        };
        entryOf.set(code, entry);
        entries.push(entry);
      }
      entry.meetings++;
      entry.ownRoles[mine!] = (entry.ownRoles[mine!] ?? 0) + 1;
      entry.theirRoles[role] = (entry.theirRoles[role] ?? 0) + 1;
      const row = firstRow[code]!;
      if (row >= 0) {
        const mention = data.mentions[row]!;
        const article = data.articles[firstArticle[code]!]!;
        const text = texts.get(article.id);
        entry.sources.push({
          articleId: article.id,
          title: article.title,
          date: meeting.date ?? articleDate(article),
          sentence: text === undefined ? "" : sentenceAround(text, mention),
          role,
        });
      }
    }
    for (const person of touched) firstRow[person] = -1;
    touched.length = 0;
  }
  for (const entry of entries) entry.sources = sortedByDate(entry.sources);
  return entries.sort((a, b) => b.meetings - a.meetings || compareZh(a.name, b.name));
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
  const c = columnsOf(data);
  const inWindow = passing(data, timeWindow(filters)).articles;
  // The person's mentions in the window, in row order, and the article of each.
  const own: MentionRow[] = [];
  const ownArticles: ArticleRow[] = [];
  const code = c.people.find(personId);
  const { start, items } = c.personMentions;
  if (code >= 0)
    for (let k = start[code]!; k < start[code + 1]!; k++) {
      const article = c.mentionArticle[items[k]!]!;
      if (inWindow[article] !== 1) continue;
      own.push(data.mentions[items[k]!]!);
      ownArticles.push(data.articles[article]!);
    }
  // The passing reports of each meeting of the person's, once each.
  const meetingArticles: string[] = [];
  const seen = new Uint8Array(c.meetings);
  for (const m of own) {
    const meeting = m.meetingId === null ? undefined : c.meetingIndex.get(m.meetingId);
    if (meeting === undefined) {
      meetingArticles.push(m.articleId);
      continue;
    }
    if (seen[meeting]) continue;
    seen[meeting] = 1;
    for (let k = c.meetingArticles.start[meeting]!; k < c.meetingArticles.start[meeting + 1]!; k++) {
      const article = c.meetingArticles.items[k]!;
      if (inWindow[article]) meetingArticles.push(data.articles[article]!.id);
    }
  }
  const texts = await textsOf([...own.map((m) => m.articleId), ...meetingArticles], read);
  const articles = own.map((m, i) => {
    const article = ownArticles[i]!;
    return {
      articleId: m.articleId,
      title: article.title,
      date: articleDate(article),
      province: article.province,
      role: m.role,
    };
  });
  return {
    id: person.id,
    name: person.name,
    province: person.province,
    career: careerOf(own, ownArticles, texts),
    met: metOf(data, own, personId, index, inWindow, texts),
    articles: sortedByDate(articles),
  };
};

export const personAggregates = { personPage };
