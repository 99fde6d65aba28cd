/**
 * Lookups over a Dataset by id, answered from its columns (built once per Dataset object):
 * no map of rows is built beyond the columns' own.
 */
import type { ArticleRow, Dataset, MeetingRow, MentionRow, PersonRow, PhraseRow } from "../db/records";
import { columnsOf, type Groups } from "./columns";

export interface Lookup<T> {
  get(key: string): T | undefined;
}

export interface DatasetIndex {
  articleById: Lookup<ArticleRow>;
  meetingById: Lookup<MeetingRow>;
  personById: Lookup<PersonRow>;
  /** The rows of one article or person in the Dataset's order; undefined when there are none. */
  mentionsByArticle: Lookup<MentionRow[]>;
  mentionsByPerson: Lookup<MentionRow[]>;
  phrasesByArticle: Lookup<PhraseRow[]>;
}

function rowsOf<T>(rows: readonly T[], groups: Groups, key: number | undefined): T[] | undefined {
  if (key === undefined || key < 0 || groups.start[key] === groups.start[key + 1]) return undefined;
  return Array.from(groups.items.subarray(groups.start[key]!, groups.start[key + 1]!), (i) => rows[i]!);
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(data: Dataset): DatasetIndex {
  const cached = cache.get(data);
  if (cached) return cached;
  const c = columnsOf(data);
  const at = <T>(rows: readonly T[], index: Map<string, number>): Lookup<T> => ({
    get: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : rows[i];
    },
  });
  const index: DatasetIndex = {
    articleById: at(data.articles, c.articleIndex),
    meetingById: at(data.meetings, c.meetingIndex),
    personById: new Map(data.people.map((p) => [p.id, p])),
    mentionsByArticle: { get: (id) => rowsOf(data.mentions, c.articleMentions, c.articleIndex.get(id)) },
    mentionsByPerson: { get: (id) => rowsOf(data.mentions, c.personMentions, c.people.find(id)) },
    phrasesByArticle: { get: (id) => rowsOf(data.phrases, c.articlePhrases, c.articleIndex.get(id)) },
  };
  cache.set(data, index);
  return index;
}
