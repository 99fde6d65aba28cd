/**
 * The people around one person: those they met (depth 1) and, on request, those those people
 * met (depth 2), linked by meetings together within the view's month window.
 */
import type { Aggregate } from "./aggregate";
import { passingMeetingIds } from "./apply-filters";
import { compareCodes, compareZh } from "./collation";
import { indexDataset } from "./dataset-index";
import { layoutNetwork } from "./network-layout";
import { meetingRoles } from "./meeting-people";
import type { Network, NetworkEdge } from "./network";
import { timeWindow } from "./person";

export interface EgoParams {
  personId: string;
  depth: 1 | 2;
}

const egoNetwork: Aggregate<EgoParams, Network> = (data, filters, { personId, depth }) => {
  const index = indexDataset(data);
  // Who was present at each meeting in the window, with their role.
  const present = [...passingMeetingIds(data, timeWindow(filters))].map((id) => ({
    id,
    roles: new Map([...meetingRoles(data, id)].filter(([, role]) => role !== "提及")),
  }));
  const circle = new Set([personId]);
  for (let step = 0; step < depth; step++) {
    const reached = [...circle];
    for (const { roles } of present)
      if (reached.some((id) => roles.has(id))) for (const id of roles.keys()) circle.add(id);
  }
  const meetings = new Map<string, number>();
  const edges = new Map<string, NetworkEdge>();
  for (const { roles } of present) {
    const here = [...roles].filter(([id]) => circle.has(id)).sort(([a], [b]) => compareCodes(a, b));
    for (const [id] of here) meetings.set(id, (meetings.get(id) ?? 0) + 1);
    for (let i = 0; i < here.length; i++)
      for (let j = i + 1; j < here.length; j++) {
        const [[a, roleA], [b, roleB]] = [here[i]!, here[j]!];
        const key = `${a}\u0000${b}`;
        const edge =
          edges.get(key) ??
          edges.set(key, { source: a, target: b, weight: 0, mentioned: false, roles: [{}, {}] }).get(key)!;
        edge.weight++;
        edge.roles[0][roleA] = (edge.roles[0][roleA] ?? 0) + 1;
        edge.roles[1][roleB] = (edge.roles[1][roleB] ?? 0) + 1;
      }
  }
  const people = [...circle]
    .map((id) => index.personById.get(id))
    .filter((p) => p !== undefined)
    .sort(
      (a, b) =>
        Number(b.id === personId) - Number(a.id === personId) ||
        (meetings.get(b.id) ?? 0) - (meetings.get(a.id) ?? 0) ||
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
    meetings: meetings.get(p.id) ?? 0,
    mentions: 0,
    mentionedOnly: !meetings.has(p.id),
    community: 0,
    ...places[i]!,
  }));
  return { nodes, edges: links, total: nodes.length, matches: [] };
};

export const egoAggregates = { egoNetwork };
