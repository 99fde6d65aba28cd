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
import { layoutNetwork } from "./network-layout";
import type { Role } from "../ingest/types";

export interface NetworkNode {
  id: string;
  name: string;
  province: string | null;
  /** Meetings attended (present), under the filters. */
  meetings: number;
  /** Meetings at which the person was only mentioned. */
  mentions: number;
  mentionedOnly: boolean;
  /** An analyst corrected the person somewhere, or merged another record into theirs. */
  corrected?: true;
  community: number;
  /** Position from the layout, in arbitrary units: the chart fits them to its box. */
  x: number;
  y: number;
}

/** How often a person took each role at the meetings of a link. */
export type RoleCounts = Partial<Record<Role, number>>;

export interface NetworkEdge {
  source: string;
  target: string;
  /** Meetings together. */
  weight: number;
  /** The link involves someone only mentioned. */
  mentioned: boolean;
  /** The roles each end took at the meetings they share: [source's, target's]. */
  roles: [RoleCounts, RoleCounts];
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** People in the network before the limit. */
  total: number;
  /** People whose name holds the search, most active first; the first and the people they met are always shown. */
  matches: string[];
}

export interface NetworkParams {
  includeMentioned: boolean;
  limit: number;
  search: string;
}

/** Rank of a role when one person has several at one meeting (two reports of it): the most active wins. */
const ROLE_RANK: readonly Role[] = ["主持", "讲话", "致辞", "传达", "出席", "提及"];

type Index = ReturnType<typeof indexDataset>;

/** Each person at one meeting with their strongest role; people only named get 提及. */
export function meetingRoles(index: Index, meetingId: string): Map<string, Role> {
  const meeting = index.meetingById.get(meetingId)!;
  const roles = new Map<string, Role>();
  for (const articleId of meeting.articleIds)
    for (const m of index.mentionsByArticle.get(articleId) ?? []) {
      const role: Role = m.present ? m.role : "提及";
      const before = roles.get(m.personId);
      if (before === undefined || ROLE_RANK.indexOf(role) < ROLE_RANK.indexOf(before)) roles.set(m.personId, role);
    }
  return roles;
}

/** Meetings attended and only mentioned per person, and every pair of people with meetings together. */
function countPairs(index: Index, meetingIds: Iterable<string>, includeMentioned: boolean) {
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
  for (const meetingId of meetingIds) {
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
  return { present, mentioned, ids, pairs };
}

/**
 * The roles behind each shown link, read again only for the meetings of shown people (a second
 * pass over few people is cheaper than keeping roles for every pair of the first).
 */
function addRoles(index: Index, meetingIds: Iterable<string>, edges: NetworkEdge[], includeMentioned: boolean) {
  const byPair = new Map(edges.map((e) => [`${e.source}\u0000${e.target}`, e]));
  const shown = new Set(edges.flatMap((e) => [e.source, e.target]));
  const count = (roles: RoleCounts, role: Role) => (roles[role] = (roles[role] ?? 0) + 1);
  for (const meetingId of meetingIds) {
    const here = [...meetingRoles(index, meetingId)].filter(
      ([id, role]) => shown.has(id) && (includeMentioned || role !== "提及"),
    );
    for (const [a, roleA] of here)
      for (const [b, roleB] of here) {
        const edge = byPair.get(`${a}\u0000${b}`);
        // People only named are linked to those present, never to each other.
        if (!edge || (roleA === "提及" && roleB === "提及")) continue;
        count(edge.roles[0], roleA);
        count(edge.roles[1], roleB);
      }
  }
}

/** Everyone under the filters, most meetings first; a search keeps its first match and the people they met. */
function pickShown(
  index: Index,
  counts: ReturnType<typeof countPairs>,
  includeMentioned: boolean,
  { limit, search }: NetworkParams,
) {
  const { present, mentioned } = counts;
  const people = [...new Set([...present.keys(), ...(includeMentioned ? mentioned.keys() : [])])]
    .map((id) => ({ id, person: index.personById.get(id)! }))
    .filter(({ person }) => person)
    .sort(
      (a, b) =>
        (present.get(b.id) ?? 0) - (present.get(a.id) ?? 0) ||
        (mentioned.get(b.id) ?? 0) - (mentioned.get(a.id) ?? 0) ||
        compareZh(a.person.name, b.person.name),
    );
  const needle = search.trim();
  const matches = needle ? people.filter(({ person }) => person.name.includes(needle)).map((p) => p.id) : [];
  const shown = new Set(people.slice(0, Math.max(1, limit)).map((p) => p.id));
  const first = matches[0];
  if (first !== undefined) {
    shown.add(first);
    const at = counts.ids.indexOf(first);
    for (const key of counts.pairs.keys()) {
      const [i, j] = [Math.floor(key / 1_000_000), key % 1_000_000];
      if (i === at) shown.add(counts.ids[j]!);
      else if (j === at) shown.add(counts.ids[i]!);
    }
  }
  return { ranked: people.filter((p) => shown.has(p.id)), total: people.length, matches };
}

const network: Aggregate<NetworkParams, Network> = (data, filters, params) => {
  const index = indexDataset(data);
  const meetingIds = passingMeetingIds(data, filters);
  const counts = countPairs(index, meetingIds, params.includeMentioned);
  const { ranked, total, matches } = pickShown(index, counts, params.includeMentioned, params);
  const shown = new Set(ranked.map((r) => r.id));
  const edges: NetworkEdge[] = [];
  for (const [key, { weight, mentioned: isMention }] of counts.pairs) {
    const source = counts.ids[Math.floor(key / 1_000_000)]!;
    const target = counts.ids[key % 1_000_000]!;
    if (shown.has(source) && shown.has(target))
      edges.push({ source, target, weight, mentioned: isMention, roles: [{}, {}] });
  }
  edges.sort((a, b) => b.weight - a.weight || compareCodes(a.source, b.source) || compareCodes(a.target, b.target));
  addRoles(index, meetingIds, edges, params.includeMentioned);
  const communities = detectCommunities([...shown], edges);
  const places = layoutNetwork(
    ranked.map((r) => r.id),
    edges,
  );
  const nodes = ranked.map(({ id, person }, i) => ({
    id,
    name: person.name,
    province: person.province,
    meetings: counts.present.get(id) ?? 0,
    mentions: counts.mentioned.get(id) ?? 0,
    mentionedOnly: !counts.present.has(id),
    ...(person.corrected ? { corrected: true as const } : {}),
    community: communities.get(id) ?? 0,
    ...places[i]!,
  }));
  return { nodes, edges, total, matches };
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
