/** One person as the network's person panel shows them (ego-network and person.ts hold the rest). */
import { sortKeyUndatedFirst } from "../model/partial-date";
import type { Aggregate } from "./aggregate";
import { compareCodes } from "./collation";
import { indexDataset } from "./dataset-index";

export interface PersonDetail {
  id: string;
  name: string;
  province: string | null;
  titles: string[];
  appearances: {
    articleId: string;
    meetingId: string | null;
    title: string | null;
    date: string | null;
    province: string | null;
    role: string;
    titles: string[];
  }[];
}

/** Everything known of one person: titles over time, meetings and articles. */
const personDetail: Aggregate<{ personId: string }, PersonDetail | null> = (data, _filters, { personId }) => {
  const index = indexDataset(data);
  const person = index.personById.get(personId);
  if (!person) return null;
  const appearances = (index.mentionsByPerson.get(personId) ?? []).map((m) => {
    const article = index.articleById.get(m.articleId);
    return {
      articleId: m.articleId,
      meetingId: m.meetingId,
      title: article?.title ?? null,
      date: article ? (article.date ?? article.published) : null,
      province: article?.province ?? null,
      role: m.role,
      titles: m.titles,
    };
  });
  appearances.sort((a, b) => compareCodes(sortKeyUndatedFirst(a.date), sortKeyUndatedFirst(b.date)));
  return { id: person.id, name: person.name, province: person.province, titles: person.titles, appearances };
};

export const personDetailAggregates = { personDetail };
