/**
 * Who meets whom: people as nodes, co-attendance at the same meeting as weighted edges.
 * People only mentioned (提及) join only on request, linked to the meeting's present people.
 */
import type { Dataset } from "../db/records";
import { compareCodes, compareZh } from "./collation";
import type { Aggregate } from "./aggregate";
import { passing, type Passing } from "./apply-filters";
import { columnsOf, type Groups } from "./columns";
import { indexDataset } from "./dataset-index";
import { meetingPeopleOf, type MeetingPeople } from "./meeting-people";
import { detectCommunities } from "./network-communities";
import { layoutNetwork } from "./network-layout";
import { PairTable } from "./pair-table";
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

type PersonCounts = ReturnType<typeof countPeople>;

/**
 * The order people are first linked in. A class, not a closure made per call: the compiled loop
 * that calls it stays valid from one network to the next.
 */
class Slots {
  readonly slot: Int32Array;
  private next = 0;

  constructor(people: number) {
    this.slot = new Int32Array(people).fill(-1);
  }

  link(person: number): void {
    if (this.slot[person]! < 0) this.slot[person] = this.next++;
  }
}

/**
 * Meetings attended and only mentioned per person (codes), in one pass over the passing meetings.
 * Also the order each person would first be linked in (`slot`): a link's source is the one of its
 * two people linked first, as the network has always drawn it.
 */
function countPeople(mp: MeetingPeople, people: number, meetings: Int32Array, includeMentioned: boolean) {
  const present = new Int32Array(people);
  const mentioned = new Int32Array(people);
  const order: number[] = [];
  const mentionedOrder: number[] = [];
  const slots = new Slots(people);
  const { attendees, named } = mp;
  for (const m of meetings) {
    const a0 = attendees.start[m]!;
    const a1 = attendees.start[m + 1]!;
    for (let k = a0; k < a1; k++) {
      const person = attendees.items[k]!;
      if (!present[person]!++) order.push(person);
      if (a1 - a0 >= 2) slots.link(person);
    }
    if (!includeMentioned) continue;
    for (let k = named.start[m]!; k < named.start[m + 1]!; k++) {
      const person = named.items[k]!;
      if (!mentioned[person]!++) mentionedOrder.push(person);
      if (a1 > a0) {
        slots.link(person);
        slots.link(attendees.items[a0]!);
      }
    }
  }
  return {
    present,
    mentioned,
    order: [...order, ...mentionedOrder.filter((p) => !present[p])],
    slot: slots.slot,
  };
}

/**
 * The `limit` most active of `people` (by `activity`, most first): only those tied with the last
 * one need the full order, so a network of 150 does not sort tens of thousands of names.
 */
function mostActive<T extends { code: number }>(
  people: readonly T[],
  limit: number,
  activity: (code: number) => number,
  order: (a: T, b: T) => number,
): T[] {
  if (people.length <= limit) return [...people].sort(order);
  const levels = Float64Array.from(people, (p) => activity(p.code)).sort();
  const lowest = levels[levels.length - limit]!;
  return people
    .filter((p) => activity(p.code) >= lowest)
    .sort(order)
    .slice(0, limit);
}

/** Everyone under the filters, most meetings first; a search keeps its first match and the people they met. */
function pickShown(
  data: Dataset,
  pass: Passing,
  counts: PersonCounts,
  { limit, search, includeMentioned }: NetworkParams,
) {
  const c = columnsOf(data);
  const index = indexDataset(data);
  const { present, mentioned } = counts;
  const people = counts.order
    .map((code) => ({ code, id: c.people.values[code]!, person: index.personById.get(c.people.values[code]!)! }))
    .filter(({ person }) => person);
  const byActivity = (a: (typeof people)[number], b: (typeof people)[number]) =>
    present[b.code]! - present[a.code]! ||
    mentioned[b.code]! - mentioned[a.code]! ||
    compareZh(a.person.name, b.person.name);
  // Meetings first, mentions next: exact in a double while either stays under 2^26.
  const activity = (code: number) => present[code]! * 2 ** 26 + mentioned[code]!;
  const needle = search.trim();
  const matches = needle ? people.filter(({ person }) => person.name.includes(needle)).sort(byActivity) : [];
  const shown = new Uint8Array(c.people.size);
  for (const p of mostActive(people, Math.max(1, limit), activity, byActivity)) shown[p.code] = 1;
  const first = matches[0];
  if (first !== undefined) {
    shown[first.code] = 1;
    for (const neighbour of linkedTo(meetingPeopleOf(data), pass, first.code, includeMentioned)) shown[neighbour] = 1;
  }
  return {
    ranked: people.filter((p) => shown[p.code]).sort(byActivity),
    total: people.length,
    matches: matches.map((p) => p.id),
  };
}

/** The people one person is linked to by the passing meetings. */
function linkedTo(mp: MeetingPeople, pass: Passing, person: number, includeMentioned: boolean): number[] {
  const linked: number[] = [];
  const { attendees, named, byPerson } = mp;
  const within = (g: Groups, m: number) => Array.from(g.items.subarray(g.start[m]!, g.start[m + 1]!));
  for (let k = byPerson.start[person]!; k < byPerson.start[person + 1]!; k++) {
    const m = byPerson.items[k]!;
    if (!pass.meetings[m]) continue;
    const here = within(attendees, m);
    if (here.includes(person)) linked.push(...here, ...(includeMentioned ? within(named, m) : []));
    else if (includeMentioned) linked.push(...here);
  }
  return linked.filter((p) => p !== person);
}

/**
 * The passing meetings where at least two shown people are named, in passing order: only there
 * can a shown link be (cheaper to find through the shown people's meetings than by reading every
 * meeting's people).
 */
function sharedMeetings(data: Dataset, pass: Passing, shown: readonly number[]): Int32Array {
  const mp = meetingPeopleOf(data);
  const here = new Uint8Array(pass.meetings.length);
  for (const person of shown)
    for (let k = mp.byPerson.start[person]!; k < mp.byPerson.start[person + 1]!; k++) {
      const m = mp.byPerson.items[k]!;
      if (pass.meetings[m] && here[m]! < 2) here[m]!++;
    }
  const shared = new Int32Array(pass.meetingList.length);
  let count = 0;
  for (const m of pass.meetingList) if (here[m] === 2) shared[count++] = m;
  return shared.subarray(0, count);
}

/** Links among the shown people: meetings together, and whether only a mention makes the link. */
function linksAmong(
  data: Dataset,
  meetings: Int32Array,
  ranked: { code: number; id: string }[],
  counts: PersonCounts,
  includeMentioned: boolean,
): NetworkEdge[] {
  const mp = meetingPeopleOf(data);
  const local = new Int32Array(columnsOf(data).people.size).fill(-1);
  ranked.forEach((p, i) => (local[p.code] = i));
  const size = ranked.length;
  const weights = new PairTable(size);
  const byPresence = new PairTable(size);
  // The shown people present at one meeting: `here[0..present)`.
  const here = new Int32Array(size);
  for (const m of meetings) {
    let present = 0;
    for (let k = mp.attendees.start[m]!; k < mp.attendees.start[m + 1]!; k++) {
      const at = local[mp.attendees.items[k]!]!;
      if (at >= 0) here[present++] = at;
    }
    for (let i = 0; i < present; i++)
      for (let j = i + 1; j < present; j++) {
        weights.countUnordered(here[i]!, here[j]!);
        byPresence.markUnordered(here[i]!, here[j]!);
      }
    if (!includeMentioned || !present) continue;
    for (let k = mp.named.start[m]!; k < mp.named.start[m + 1]!; k++) {
      const at = local[mp.named.items[k]!]!;
      if (at >= 0) for (let i = 0; i < present; i++) weights.countUnordered(at, here[i]!);
    }
  }
  const edges: NetworkEdge[] = [];
  for (let lo = 0; lo < size; lo++)
    for (let hi = lo + 1; hi < size; hi++) {
      const weight = weights.get(lo, hi);
      if (!weight) continue;
      const [a, b] = [ranked[lo]!, ranked[hi]!];
      const [source, target] = counts.slot[a.code]! < counts.slot[b.code]! ? [a, b] : [b, a];
      const mentioned = !byPresence.get(lo, hi);
      edges.push({ source: source.id, target: target.id, weight, mentioned, roles: [{}, {}] });
    }
  return edges.sort(
    (a, b) => b.weight - a.weight || compareCodes(a.source, b.source) || compareCodes(a.target, b.target),
  );
}

/**
 * Counts per (link end, role) in one typed array. Each end's roles are written out in the order
 * first met, as counting into the objects directly would have ordered their keys. A class, not a
 * closure made per call: the compiled loop that calls it stays valid from one network to the next.
 */
class RoleTally {
  private readonly counts: Int32Array;
  private readonly firstMet: number[][];

  constructor(
    ends: number,
    private readonly roleCount: number,
  ) {
    this.counts = new Int32Array(ends * roleCount);
    this.firstMet = Array.from({ length: ends }, () => []);
  }

  count(end: number, role: number): void {
    if (this.counts[end * this.roleCount + role]!++ === 0) this.firstMet[end]!.push(role);
  }

  writeInto(end: number, roles: RoleCounts, names: readonly Role[]): void {
    for (const r of this.firstMet[end]!) roles[names[r]!] = this.counts[end * this.roleCount + r]!;
  }
}

/**
 * The roles behind each shown link: at each passing meeting, every ordered pair of shown people
 * that is a link, its source first.
 */
function addRoles(data: Dataset, meetings: Int32Array, edges: NetworkEdge[], includeMentioned: boolean) {
  const c = columnsOf(data);
  const mp = meetingPeopleOf(data);
  const local = new Int32Array(c.people.size).fill(-1);
  const shownIds = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  shownIds.forEach((id, i) => (local[c.people.find(id)] = i));
  const edgeAt = new PairTable(shownIds.length);
  edges.forEach((e, i) => edgeAt.set(local[c.people.find(e.source)]!, local[c.people.find(e.target)]!, i + 1));
  const named = mp.roles.indexOf("提及");
  const tally = new RoleTally(edges.length * 2, mp.roles.length);
  // The shown people at one meeting and their roles: `at[0..here)`, `role[0..here)`.
  const at = new Int32Array(shownIds.length);
  const role = new Int32Array(shownIds.length);
  for (const m of meetings) {
    let here = 0;
    for (let k = mp.people.start[m]!; k < mp.people.start[m + 1]!; k++) {
      const shown = local[mp.people.items[k]!]!;
      if (shown >= 0 && (includeMentioned || mp.role[k] !== named)) {
        at[here] = shown;
        role[here++] = mp.role[k]!;
      }
    }
    if (here < 2) continue;
    for (let a = 0; a < here; a++)
      for (let b = 0; b < here; b++) {
        const edge = edgeAt.get(at[a]!, at[b]!) - 1;
        // People only named are linked to those present, never to each other.
        if (edge < 0 || (role[a] === named && role[b] === named)) continue;
        tally.count(edge * 2, role[a]!);
        tally.count(edge * 2 + 1, role[b]!);
      }
  }
  edges.forEach((e, i) => e.roles.forEach((roles, side) => tally.writeInto(i * 2 + side, roles, mp.roles)));
}

/**
 * The last networks per Dataset, by parameters and passing meetings: filters that leave the same
 * meetings (a month window beyond the data, a province added and removed) give the same network,
 * so its layout is not run again.
 */
const lastNetworks = new WeakMap<Dataset, { params: string; meetings: Int32Array; network: Network }[]>();
const KEPT_NETWORKS = 4;

const sameList = (a: Int32Array, b: Int32Array) => a.length === b.length && a.every((v, i) => v === b[i]);

const network: Aggregate<NetworkParams, Network> = (data, filters, params) => {
  const pass = passing(data, filters);
  const key = JSON.stringify(params);
  const kept = lastNetworks.get(data) ?? [];
  const hit = kept.find((k) => k.params === key && sameList(k.meetings, pass.meetingList));
  if (hit) return hit.network;
  const built = buildNetwork(data, pass, params);
  lastNetworks.set(
    data,
    [{ params: key, meetings: pass.meetingList, network: built }, ...kept].slice(0, KEPT_NETWORKS),
  );
  return built;
};

function buildNetwork(data: Dataset, pass: Passing, params: NetworkParams): Network {
  const c = columnsOf(data);
  const counts = countPeople(meetingPeopleOf(data), c.people.size, pass.meetingList, params.includeMentioned);
  const { ranked, total, matches } = pickShown(data, pass, counts, params);
  const meetings = sharedMeetings(
    data,
    pass,
    ranked.map((r) => r.code),
  );
  const edges = linksAmong(data, meetings, ranked, counts, params.includeMentioned);
  addRoles(data, meetings, edges, params.includeMentioned);
  const communities = detectCommunities(
    ranked.map((r) => r.id),
    edges,
  );
  const places = layoutNetwork(
    ranked.map((r) => r.id),
    edges,
  );
  const nodes = ranked.map(({ code, id, person }, i) => ({
    id,
    name: person.name,
    province: person.province,
    meetings: counts.present[code]!,
    mentions: counts.mentioned[code]!,
    mentionedOnly: !counts.present[code],
    ...(person.corrected ? { corrected: true as const } : {}),
    community: communities.get(id) ?? 0,
    ...places[i]!,
  }));
  return { nodes, edges, total, matches };
}

export const networkAggregates = { network };
