/**
 * What lies behind a link of the leader network: the meetings the two people attended together
 * (the link's weight), each with the role each took and the sentences of its reports that name
 * either of them; and the articles outside any meeting that name both.
 */
import type { Role } from "../ingest/types";
import { sortKeyUndatedFirst } from "../model/partial-date";
import type { Aggregate } from "./aggregate";
import { articleDate, passingArticleSet, type ArticleSet } from "./apply-filters";
import { compareCodes, compareZh } from "./collation";
import { indexDataset, type DatasetIndex } from "./dataset-index";
import { sentencesNaming } from "./name-sentences";
import { columnsOf, type Columns } from "./columns";
import { meetingRoles, roleAt } from "./meeting-people";

/** At most this many meetings (and articles outside meetings) are given; the rest are counted. */
export const EVIDENCE_LIMIT = 50;
/** At most this many sentences of one article are given; the rest are counted. */
export const SENTENCE_LIMIT = 4;

export interface EvidencePerson {
  id: string;
  name: string;
  province: string | null;
}

/** One article and the sentences in it that name the people asked about. */
export interface ArticleSentences {
  articleId: string;
  title: string | null;
  date: string | null;
  sentences: string[];
  moreSentences: number;
  /** How the text writes a person where it differs from the name the views give (a corrected name, a short form). */
  otherForms: string[];
}

export interface LinkMeeting {
  meetingId: string;
  date: string | null;
  province: string | null;
  title: string | null;
  meetingType: string | null;
  /** The role of each of the two people there, in the order they were asked for. */
  roles: [Role, Role];
  articles: ArticleSentences[];
}

export interface LinkEvidence {
  people: [EvidencePerson, EvidencePerson];
  meetings: LinkMeeting[];
  moreMeetings: number;
  /** Articles that report no meeting and name both. */
  articles: ArticleSentences[];
  moreArticles: number;
}

export interface LinkParams {
  a: string;
  b: string;
  /** As in the network: a person only mentioned at a meeting links to those present. */
  includeMentioned: boolean;
}

/** Newest first; dates without a year, and no date, after every dated one. */
export const newestFirst = (a: { date: string | null }, b: { date: string | null }) =>
  compareCodes(sortKeyUndatedFirst(b.date), sortKeyUndatedFirst(a.date));

/** Each article with the sentences that name any of the people. */
export function articleSentences(
  ids: readonly string[],
  people: readonly { id: string; name: string }[],
  index: DatasetIndex,
  texts: Map<string, string>,
): ArticleSentences[] {
  const names = people.map((p) => p.name);
  const wanted = new Set(people.map((p) => p.id));
  return ids.map((id) => {
    const article = index.articleById.get(id)!;
    const text = texts.get(id) ?? "";
    const mentions = (index.mentionsByArticle.get(id) ?? []).filter((m) => wanted.has(m.personId));
    const { sentences, more } = sentencesNaming(text, names, SENTENCE_LIMIT, mentions);
    const written = mentions.map((m) => text.slice(m.start, m.end));
    const otherForms = [...new Set(written)].filter((form) => form && !names.includes(form));
    return {
      articleId: id,
      title: article.title,
      date: articleDate(article),
      sentences,
      moreSentences: more,
      otherForms,
    };
  });
}

/**
 * Whether a meeting has a report that passes the filters: asked of a few meetings, cheaper than
 * `passingMeetingIds`, which builds the set of every passing meeting.
 */
export function meetingPasses(index: DatasetIndex, meetingId: string, passingArticles: ArticleSet): boolean {
  return index.meetingById.get(meetingId)?.articleIds.some((id) => passingArticles.has(id)) ?? false;
}

/** Whether a meeting links the two, by the network's rule: both present, or one present and the other named. */
function linkingRoles(roleA: Role | undefined, roleB: Role | undefined, includeMentioned: boolean): boolean {
  if (roleA === undefined || roleB === undefined) return false;
  const named = Number(roleA === "提及") + Number(roleB === "提及");
  return named === 0 || (named === 1 && includeMentioned);
}

/** Whether an article (by index) names a person (by code). */
function names(c: Columns, article: number, person: number): boolean {
  if (article < 0) return false;
  const { start, items } = c.articleMentions;
  for (let k = start[article]!; k < start[article + 1]!; k++) if (c.mentionPerson[items[k]!] === person) return true;
  return false;
}

const linkEvidence: Aggregate<LinkParams, Promise<LinkEvidence | null>> = async (data, filters, params, read) => {
  const index = indexDataset(data);
  const [personA, personB] = [index.personById.get(params.a), index.personById.get(params.b)];
  if (!personA || !personB || personA.id === personB.id) return null;
  const passingArticles = passingArticleSet(data, filters);
  const meetings = [];
  const c = columnsOf(data);
  const [codeA, codeB] = [c.people.find(personA.id), c.people.find(personB.id)];
  const ownMeetings = new Set((index.mentionsByPerson.get(personA.id) ?? []).map((m) => m.meetingId));
  for (const meetingId of ownMeetings) {
    if (!meetingId || !meetingPasses(index, meetingId, passingArticles)) continue;
    const at = c.meetingIndex.get(meetingId)!;
    const [roleA, roleB] = [roleAt(data, at, codeA), roleAt(data, at, codeB)];
    if (!linkingRoles(roleA, roleB, params.includeMentioned)) continue;
    meetings.push({ meeting: index.meetingById.get(meetingId)!, roles: [roleA!, roleB!] as [Role, Role] });
  }
  meetings.sort((x, y) => newestFirst(x.meeting, y.meeting) || compareCodes(x.meeting.id, y.meeting.id));
  const namingB = { has: (articleId: string) => names(c, c.articleIndex.get(articleId) ?? -1, codeB) };
  const loose = (index.mentionsByPerson.get(personA.id) ?? [])
    .map((m) => index.articleById.get(m.articleId)!)
    .filter((a) => a.meetingId === null && passingArticles.has(a.id) && namingB.has(a.id))
    .sort((x, y) => newestFirst({ date: articleDate(x) }, { date: articleDate(y) }) || compareCodes(x.id, y.id));
  const shown = meetings.slice(0, EVIDENCE_LIMIT);
  const shownLoose = loose.slice(0, EVIDENCE_LIMIT).map((a) => a.id);
  const reports = (meetingId: string) =>
    index.meetingById.get(meetingId)!.articleIds.filter((id) => passingArticles.has(id));
  const ids = [...shown.flatMap((m) => reports(m.meeting.id)), ...shownLoose];
  const texts = new Map((await read([...new Set(ids)])).map((t) => [t.id, t.text]));
  const person = (p: typeof personA): EvidencePerson => ({ id: p.id, name: p.name, province: p.province });
  return {
    people: [person(personA), person(personB)],
    meetings: shown.map(({ meeting, roles }) => ({
      meetingId: meeting.id,
      date: meeting.date,
      province: meeting.province,
      title: meeting.title,
      meetingType: meeting.meetingType,
      roles,
      articles: articleSentences(reports(meeting.id), [personA, personB], index, texts),
    })),
    moreMeetings: meetings.length - shown.length,
    articles: articleSentences(shownLoose, [personA, personB], index, texts),
    moreArticles: loose.length - shownLoose.length,
  };
};

export interface LinkedPerson extends EvidencePerson {
  /** Meetings together, under the filters. */
  meetings: number;
}

/** The people one person is linked to in the network, most meetings together first: each link's way in by keyboard. */
const personLinks: Aggregate<{ personId: string; includeMentioned: boolean }, LinkedPerson[]> = (
  data,
  filters,
  { personId, includeMentioned },
) => {
  const index = indexDataset(data);
  const passing = passingArticleSet(data, filters);
  const counts = new Map<string, number>();
  const ownMeetings = new Set((index.mentionsByPerson.get(personId) ?? []).map((m) => m.meetingId));
  for (const meetingId of ownMeetings) {
    if (!meetingId || !meetingPasses(index, meetingId, passing)) continue;
    const roles = meetingRoles(data, meetingId);
    for (const [other, role] of roles)
      if (other !== personId && linkingRoles(roles.get(personId), role, includeMentioned))
        counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .flatMap(([id, meetings]) => {
      const p = index.personById.get(id);
      return p ? [{ id, name: p.name, province: p.province, meetings }] : [];
    })
    .sort((x, y) => y.meetings - x.meetings || compareZh(x.name, y.name));
};

export const linkAggregates = { linkEvidence, personLinks };
