/**
 * Lookups over a Dataset, built once per Dataset object and reused by every aggregate:
 * at 50,000 articles a scan per query is affordable, a join per query is not.
 */
import type { ArticleRow, Dataset, MeetingRow, MentionRow, PersonRow, PhraseRow } from "../db/records";

export interface DatasetIndex {
  articleById: Map<string, ArticleRow>;
  meetingById: Map<string, MeetingRow>;
  personById: Map<string, PersonRow>;
  mentionsByArticle: Map<string, MentionRow[]>;
  mentionsByPerson: Map<string, MentionRow[]>;
  phrasesByArticle: Map<string, PhraseRow[]>;
  phrasesByPhrase: Map<string, PhraseRow[]>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(data: Dataset): DatasetIndex {
  const cached = cache.get(data);
  if (cached) return cached;
  const index: DatasetIndex = {
    articleById: new Map(data.articles.map((a) => [a.id, a])),
    meetingById: new Map(data.meetings.map((m) => [m.id, m])),
    personById: new Map(data.people.map((p) => [p.id, p])),
    mentionsByArticle: groupBy(data.mentions, (m) => m.articleId),
    mentionsByPerson: groupBy(data.mentions, (m) => m.personId),
    phrasesByArticle: groupBy(data.phrases, (p) => p.articleId),
    phrasesByPhrase: groupBy(data.phrases, (p) => p.phrase),
  };
  cache.set(data, index);
  return index;
}
