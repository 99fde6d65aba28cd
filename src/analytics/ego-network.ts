/**
 * The people around one person: those they met (depth 1) and, on request, those those people
 * met (depth 2), linked by meetings together within the view's month window.
 */
import type { Aggregate } from "./aggregate";
import { passing } from "./apply-filters";
import { columnsOf } from "./columns";
import { compareZh } from "./collation";
import { indexDataset } from "./dataset-index";
import { layoutNetwork } from "./network-layout";
import { meetingPeopleOf } from "./meeting-people";
import type { Network, NetworkEdge } from "./network";
import { timeWindow } from "./person";

export interface EgoParams {
  personId: string;
  depth: 1 | 2;
}

const egoNetwork: Aggregate<EgoParams, Network> = (data, filters, { personId, depth }) => {
  const index = indexDataset(data);
  const c = columnsOf(data);
  const mp = meetingPeopleOf(data);
  const named = mp.roles.indexOf("提及");
  const meetings = passing(data, timeWindow(filters)).meetingList;
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
    for (const m of meetings) {
      let meets = false;
      for (let k = start[m]!; k < start[m + 1]! && !meets; k++) meets = presentAt(k) && reached[items[k]!] === 1;
      if (meets) for (let k = start[m]!; k < start[m + 1]!; k++) if (presentAt(k)) join(items[k]!);
    }
  }
  const circle = circleOrder.map((code) => (code < 0 ? personId : c.people.values[code]!));
  const meetingsOf = new Map<string, number>();
  const edges = new Map<number, NetworkEdge>();
  const inMeeting: number[] = [];
  for (const m of meetings) {
    inMeeting.length = 0;
    for (let k = start[m]!; k < start[m + 1]!; k++) if (presentAt(k) && inCircle[items[k]!]) inMeeting.push(k);
    if (!inMeeting.length) continue;
    const here = inMeeting
      .map((k) => ({
        code: mp.people.items[k]!,
        id: c.people.values[mp.people.items[k]!]!,
        role: mp.roles[mp.role[k]!]!,
      }))
      .sort((x, y) => c.personIdRank[x.code]! - c.personIdRank[y.code]!);
    for (const { id } of here) meetingsOf.set(id, (meetingsOf.get(id) ?? 0) + 1);
    for (let i = 0; i < here.length; i++)
      for (let j = i + 1; j < here.length; j++) {
        const [x, y] = [here[i]!, here[j]!];
        const key = x.code * c.people.size + y.code;
        const edge =
          edges.get(key) ??
          edges.set(key, { source: x.id, target: y.id, weight: 0, mentioned: false, roles: [{}, {}] }).get(key)!;
        edge.weight++;
        edge.roles[0][x.role] = (edge.roles[0][x.role] ?? 0) + 1;
        edge.roles[1][y.role] = (edge.roles[1][y.role] ?? 0) + 1;
      }
  }
  const people = [...circle]
    .map((id) => index.personById.get(id))
    .filter((p) => p !== undefined)
    .sort(
      (a, b) =>
        Number(b.id === personId) - Number(a.id === personId) ||
        (meetingsOf.get(b.id) ?? 0) - (meetingsOf.get(a.id) ?? 0) ||
        compareZh(a.name, b.name),
    );
  const links = [...edges.values()];
  const places = layoutNetwork(
    people.map((p) => p.id),
    links,
  );
  const nodes = people.map((p, i) => ({
    id: p.id,
    name: p.name,
    province: p.province,
    meetings: meetingsOf.get(p.id) ?? 0,
    mentions: 0,
    mentionedOnly: !meetingsOf.has(p.id),
    community: 0,
    ...places[i]!,
  }));
  return { nodes, edges: links, total: nodes.length, matches: [] };
};

export const egoAggregates = { egoNetwork };
