/**
 * Who meets whom: people as nodes, co-attendance at the same meeting as weighted edges.
 * People only mentioned (提及) join only on request, linked to the meeting's present people.
 */
import { sortKeyUndatedFirst } from "../model/partial-date";
import { compareCodes, compareZh } from "./collation";
import type { Aggregate } from "./aggregate";
import { passingMeetingIds } from "./apply-filters";
import { indexDataset } from "./dataset-index";
import { detectCommunities } from "./network-communities";

export interface NetworkNode {
  id: string;
  name: string;
  province: string | null;
  /** Meetings attended (present), under the filters. */
  meetings: number;
  /** Meetings at which the person was only mentioned. */
  mentions: number;
  mentionedOnly: boolean;
  community: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  /** Meetings together. */
  weight: number;
  /** The link involves someone only mentioned. */
  mentioned: boolean;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** People in the network before the limit. */
  total: number;
}

export interface NetworkParams {
  includeMentioned: boolean;
  limit: number;
  search: string;
}

const network: Aggregate<NetworkParams, Network> = (data, filters, { includeMentioned, limit, search }) => {
  const index = indexDataset(data);
  const present = new Map<string, number>();
  const mentioned = new Map<string, number>();
  // Pairs keyed by a number (two person indexes), not a string: tens of thousands of meetings
  // make hundreds of thousands of pairs, and string keys spend most of the time in allocation.
  const slot = new Map<string, number>();
  const ids: string[] = [];
  const indexOf = (id: string) => slot.get(id) ?? (slot.set(id, ids.push(id) - 1), ids.length - 1);
  const pairs = new Map<number, { weight: number; mentioned: boolean }>();
  const link = (a: string, b: string, isMention: boolean) => {
    const i = indexOf(a);
    const j = indexOf(b);
    const key = i < j ? i * 1_000_000 + j : j * 1_000_000 + i;
    const pair = pairs.get(key);
    if (pair) {
      pair.weight++;
      pair.mentioned &&= isMention;
    } else pairs.set(key, { weight: 1, mentioned: isMention });
  };
  for (const meetingId of passingMeetingIds(data, filters)) {
    const meeting = index.meetingById.get(meetingId)!;
    const here = new Set<string>();
    const named = new Set<string>();
    for (const articleId of meeting.articleIds) {
      for (const m of index.mentionsByArticle.get(articleId) ?? []) (m.present ? here : named).add(m.personId);
    }
    for (const id of here) named.delete(id);
    const attendees = [...here];
    for (const id of attendees) present.set(id, (present.get(id) ?? 0) + 1);
    for (let i = 0; i < attendees.length; i++)
      for (let j = i + 1; j < attendees.length; j++) link(attendees[i]!, attendees[j]!, false);
    if (!includeMentioned) continue;
    for (const id of named) {
      mentioned.set(id, (mentioned.get(id) ?? 0) + 1);
      for (const attendee of attendees) link(id, attendee, true);
    }
  }
  const people = new Set([...present.keys(), ...(includeMentioned ? mentioned.keys() : [])]);
  const needle = search.trim();
  let ranked = [...people]
    .map((id) => ({ id, person: index.personById.get(id)! }))
    .filter(({ person }) => person && (!needle || person.name.includes(needle)))
    .sort(
      (a, b) =>
        (present.get(b.id) ?? 0) - (present.get(a.id) ?? 0) ||
        (mentioned.get(b.id) ?? 0) - (mentioned.get(a.id) ?? 0) ||
        compareZh(a.person.name, b.person.name),
    );
  const total = ranked.length;
  ranked = ranked.slice(0, Math.max(1, limit));
  const shown = new Set(ranked.map((r) => r.id));
  const edges: NetworkEdge[] = [];
  for (const [key, { weight, mentioned: isMention }] of pairs) {
    const source = ids[Math.floor(key / 1_000_000)]!;
    const target = ids[key % 1_000_000]!;
    if (shown.has(source) && shown.has(target)) edges.push({ source, target, weight, mentioned: isMention });
  }
  edges.sort((a, b) => b.weight - a.weight || compareCodes(a.source, b.source) || compareCodes(a.target, b.target));
  const communities = detectCommunities([...shown], edges);
  const nodes = ranked.map(({ id, person }) => ({
    id,
    name: person.name,
    province: person.province,
    meetings: present.get(id) ?? 0,
    mentions: mentioned.get(id) ?? 0,
    mentionedOnly: !present.has(id),
    community: communities.get(id) ?? 0,
  }));
  return { nodes, edges, total };
};

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

export const networkAggregates = { network, personDetail };
