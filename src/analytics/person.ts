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
  /** One per meeting together, the earliest few: the sentence that names this person there. */
  sources: (Source & { role: Role })[];
  /** Meetings together whose sentence is left out (see `SOURCES_PER_MET`). */
  moreSources: number;
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

/** Where a fact was read, before its article's text is at hand. */
interface Sighting {
  article: ArticleRow;
  mention: MentionRow;
  date: string | null;
}

/** The sentence naming the person where they were seen (empty when the text is missing). */
function sourceOf({ article, mention, date }: Sighting, texts: Map<string, string>): Source {
  const text = texts.get(article.id);
  return {
    articleId: article.id,
    title: article.title,
    date,
    sentence: text === undefined ? "" : sentenceAround(text, mention),
  };
}

/** Where a title was first seen: the sentence naming the person that holds it (see `titleSentence`). */
function titleSource(first: Sighting, title: string, texts: Map<string, string>): Source {
  const text = texts.get(first.article.id);
  const source = sourceOf(first, texts);
  return text === undefined
    ? source
    : { ...source, sentence: titleSentence(text, nameOfPerson(first.mention.personId), title, first.mention) };
}

interface PendingCareer {
  title: string;
  from: string | null;
  to: string | null;
  /** The title as written where it was first seen, and that sighting. */
  raw: string;
  first: Sighting;
}

/** `articles`: the article of each of `own`. The sentences come later, once their texts are read. */
function careerOf(own: readonly MentionRow[], articles: readonly ArticleRow[]): PendingCareer[] {
  const all = [...new Set(own.flatMap((m) => m.titles))];
  // A person's mentions repeat a few titles: each is merged once.
  const merged = new Map<string, string>();
  const mergedKey = (raw: string) => merged.get(raw) ?? merged.set(raw, mergeKey(raw, all)).get(raw)!;
  const entries = new Map<string, PendingCareer>();
  const dated = sortedByDate(
    own.map((mention, i) => ({ mention, article: articles[i]!, date: articleDate(articles[i]!) })),
  );
  for (const sighting of dated)
    for (const raw of sighting.mention.titles) {
      const title = mergedKey(raw);
      const entry = entries.get(title);
      const { date } = sighting;
      if (!entry) entries.set(title, { title, from: date, to: date, raw, first: sighting });
      else if (hasYear(date)) {
        entry.from = hasYear(entry.from) ? entry.from : date;
        entry.to = date;
      }
    }
  return [...entries.values()].sort((a, b) => byDate({ date: a.from }, { date: b.from }));
}

/**
 * At most this many sentences are given for one person met, the earliest: all the meetings of
 * two people, with their sentences, are the link's evidence in the leader network.
 */
export const SOURCES_PER_MET = 3;

type PendingMet = Omit<MetPerson, "sources"> & { seen: (Sighting & { role: Role })[] };

/** Everyone present at a meeting the person was present at, with the roles both took (by codes, not ids). */
function metOf(
  data: Dataset,
  own: readonly MentionRow[],
  personId: string,
  index: DatasetIndex,
  passes: Uint8Array,
): PendingMet[] {
  const c = columnsOf(data);
  const mp = meetingPeopleOf(data);
  const self = c.people.find(personId);
  const entries: PendingMet[] = [];
  const entryOf = new Map<number, PendingMet>();
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
          seen: [],
          moreSources: 0,
        };
        entryOf.set(code, entry);
        entries.push(entry);
      }
      entry.meetings++;
      entry.ownRoles[mine!] = (entry.ownRoles[mine!] ?? 0) + 1;
      entry.theirRoles[role] = (entry.theirRoles[role] ?? 0) + 1;
      const row = firstRow[code]!;
      if (row >= 0) {
        const article = data.articles[firstArticle[code]!]!;
        entry.seen.push({ article, mention: data.mentions[row]!, date: meeting.date ?? articleDate(article), role });
      }
    }
    for (const person of touched) firstRow[person] = -1;
    touched.length = 0;
  }
  for (const entry of entries) {
    entry.moreSources = Math.max(0, entry.seen.length - SOURCES_PER_MET);
    entry.seen = sortedByDate(entry.seen).slice(0, SOURCES_PER_MET);
  }
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
  const career = careerOf(own, ownArticles);
  const met = metOf(data, own, personId, index, inWindow);
  // Only the texts of the sentences shown are read.
  const texts = await textsOf(
    [...career.map((e) => e.first.article.id), ...met.flatMap((e) => e.seen.map((s) => s.article.id))],
    read,
  );
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
    career: career.map(({ raw, first, ...entry }) => ({ ...entry, source: titleSource(first, raw, texts) })),
    met: met.map(({ seen, ...entry }) => ({
      ...entry,
      sources: seen.map((s) => ({ ...sourceOf(s, texts), role: s.role })),
    })),
    articles: sortedByDate(articles),
  };
};

export const personAggregates = { personPage };
