/**
 * The people around one person: those they met (depth 1) and, on request, those those people
 * met (depth 2), linked by meetings together within the view's month window.
 */
import type { Aggregate } from "./aggregate";
import { passing, placesInList, type Passing } from "./apply-filters";
import { columnsOf } from "./columns";
import { compareZh } from "./collation";
import { indexDataset } from "./dataset-index";
import { layoutNetwork } from "./network-layout";
import { meetingPeopleOf, type MeetingPeople } from "./meeting-people";
import type { Network, NetworkEdge, RoleCounts } from "./network";
import { PairTable } from "./pair-table";
import { timeWindow } from "./person";

export interface EgoParams {
  personId: string;
  depth: 1 | 2;
}

/**
 * The passing meetings at which any of `people` is named (only there can they be met), in passing
 * order, as a pass over every passing meeting would meet them: found from each person's meetings.
 */
function meetingsOfPeople(mp: MeetingPeople, pass: Passing, people: Iterable<number>): Int32Array {
  const place = placesInList(pass);
  const marked = new Uint8Array(pass.meetings.length);
  const places: number[] = [];
  for (const person of people)
    for (let k = mp.byPerson.start[person]!; k < mp.byPerson.start[person + 1]!; k++) {
      const m = mp.byPerson.items[k]!;
      if (pass.meetings[m] && !marked[m]) {
        marked[m] = 1;
        places.push(place[m]!);
      }
    }
  return Int32Array.from(places)
    .sort()
    .map((at) => pass.meetingList[at]!);
}

/** A meeting's few people (their places in `items`) in the order of their ids' ranks, sorted in place. */
function sortByRank(here: number[], items: Int32Array, rank: Int32Array): void {
  for (let i = 1; i < here.length; i++) {
    const k = here[i]!;
    const r = rank[items[k]!]!;
    let j = i - 1;
    for (; j >= 0 && rank[items[here[j]!]!]! > r; j--) here[j + 1] = here[j]!;
    here[j + 1] = k;
  }
}

const egoNetwork: Aggregate<EgoParams, Network> = (data, filters, { personId, depth }) => {
  const index = indexDataset(data);
  const c = columnsOf(data);
  const mp = meetingPeopleOf(data);
  const named = mp.roles.indexOf("提及");
  const pass = passing(data, timeWindow(filters));
  // Who was present at each meeting in the window: its people whose strongest role is not 提及.
  const { start, items } = mp.people;
  const presentAt = (k: number) => mp.role[k] !== named;
  const inCircle = new Uint8Array(c.people.size);
  const circleOrder: number[] = [];
  const join = (code: number) => {
    if (code >= 0 && !inCircle[code]) {
      inCircle[code] = 1;
      circleOrder.push(code);
    }
  };
  const own = c.people.find(personId);
  if (own < 0) circleOrder.push(-1);
  join(own);
  for (let step = 0; step < depth; step++) {
    const reached = inCircle.slice();
    // In meeting order, as a pass over every meeting would, but only where someone reached is named.
    const near = meetingsOfPeople(
      mp,
      pass,
      circleOrder.filter((code) => code >= 0),
    );
    for (const m of near) {
      let meets = false;
      for (let k = start[m]!; k < start[m + 1]! && !meets; k++) meets = presentAt(k) && reached[items[k]!] === 1;
      if (meets) for (let k = start[m]!; k < start[m + 1]!; k++) if (presentAt(k)) join(items[k]!);
    }
  }
  const circle = circleOrder.map((code) => (code < 0 ? personId : c.people.values[code]!));
  const meetingsOf = new Int32Array(c.people.size);
  // Links by the circle's places (a dense table while small); their roles counted in one typed
  // array and written out at the end, each end's roles in the order first met.
  const local = new Int32Array(c.people.size).fill(-1);
  const codes = circleOrder.filter((code) => code >= 0);
  codes.forEach((code, i) => (local[code] = i));
  const edgeAt = new PairTable(codes.length);
  const edges: NetworkEdge[] = [];
  const roleCount = mp.roles.length;
  let roleCounts = new Int32Array(64 * roleCount);
  const firstMet: number[][] = [];
  const count = (end: number, role: number) => {
    if (end * roleCount + role >= roleCounts.length) {
      const larger = new Int32Array(roleCounts.length * 2);
      larger.set(roleCounts);
      roleCounts = larger;
    }
    if (roleCounts[end * roleCount + role]!++ === 0) firstMet[end]!.push(role);
  };
  const here: number[] = [];
  for (const m of meetingsOfPeople(mp, pass, codes)) {
    here.length = 0;
    for (let k = start[m]!; k < start[m + 1]!; k++) if (presentAt(k) && inCircle[items[k]!]) here.push(k);
    if (!here.length) continue;
    sortByRank(here, items, c.personIdRank);
    for (const k of here) meetingsOf[items[k]!]!++;
    for (let i = 0; i < here.length; i++)
      for (let j = i + 1; j < here.length; j++) {
        const x = items[here[i]!]!;
        const y = items[here[j]!]!;
        let edge = edgeAt.get(local[x]!, local[y]!) - 1;
        if (edge < 0) {
          edge =
            edges.push({
              source: c.people.values[x]!,
              target: c.people.values[y]!,
              weight: 0,
              mentioned: false,
              roles: [{}, {}],
            }) - 1;
          edgeAt.set(local[x]!, local[y]!, edge + 1);
          firstMet.push([], []);
        }
        edges[edge]!.weight++;
        count(edge * 2, mp.role[here[i]!]!);
        count(edge * 2 + 1, mp.role[here[j]!]!);
      }
  }
  edges.forEach((e, i) =>
    e.roles.forEach((roles: RoleCounts, side) => {
      const end = i * 2 + side;
      for (const r of firstMet[end]!) roles[mp.roles[r]!] = roleCounts[end * roleCount + r]!;
    }),
  );
  const meetingsOfId = (id: string) => meetingsOf[c.people.find(id)] ?? 0;
  const people = [...circle]
    .map((id) => index.personById.get(id))
    .filter((p) => p !== undefined)
    .sort(
      (a, b) =>
        Number(b.id === personId) - Number(a.id === personId) ||
        meetingsOfId(b.id) - meetingsOfId(a.id) ||
        compareZh(a.name, b.name),
    );
  const links = edges;
  const places = layoutNetwork(
    people.map((p) => p.id),
    links,
  );
  const nodes = people.map((p, i) => ({
    id: p.id,
    name: p.name,
    province: p.province,
    meetings: meetingsOfId(p.id),
    mentions: 0,
    mentionedOnly: !meetingsOfId(p.id),
    community: 0,
    ...places[i]!,
  }));
  return { nodes, edges: links, total: nodes.length, matches: [] };
};

export const egoAggregates = { egoNetwork };
