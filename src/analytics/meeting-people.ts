/**
 * Who was at each meeting, built once per Dataset: every person any of its reports names, with
 * their strongest role there and whether any report has them present. Every aggregate of links
 * (the network, a person's links and page, the ego network) reads meetings through this.
 */
import type { Dataset } from "../db/records";
import type { Role } from "../ingest/types";
import { columnsOf, groupItems, type Groups } from "./columns";

/** Rank of a role when one person has several at one meeting (two reports of it): the most active wins. */
export const ROLE_RANK: readonly Role[] = ["主持", "讲话", "致辞", "传达", "出席", "提及"];

export interface MeetingPeople {
  /** Per meeting, its people (person codes) in the order its reports first name them. */
  people: Groups;
  /** Parallel to `people.items`: the strongest role (a code into `roles`), and 1 when present. */
  role: Int32Array;
  present: Uint8Array;
  /** Per meeting, the people present, in the order their first present mention comes. */
  attendees: Groups;
  /** Per meeting, the people only named there, in the order they are first named. */
  named: Groups;
  roles: Role[];
  /** Meetings per person code (each once), in meeting order: where a person's links lie. */
  byPerson: Groups;
}

const cache = new WeakMap<Dataset, MeetingPeople>();

export function meetingPeopleOf(data: Dataset): MeetingPeople {
  let built = cache.get(data);
  if (!built) cache.set(data, (built = build(data)));
  return built;
}

function build(data: Dataset): MeetingPeople {
  const c = columnsOf(data);
  const roles: Role[] = [];
  const roleCode = new Map<Role, number>();
  const codeOf = (role: Role) => roleCode.get(role) ?? (roleCode.set(role, roles.push(role) - 1), roles.length - 1);
  const peopleStart = new Int32Array(c.meetings + 1);
  const attendeesStart = new Int32Array(c.meetings + 1);
  const namedStart = new Int32Array(c.meetings + 1);
  const people: number[] = [];
  const role: number[] = [];
  const present: number[] = [];
  const attendees: number[] = [];
  const named: number[] = [];
  // Where a person stands in the current meeting's lists (+1; 0: not yet), reset after each meeting.
  const slot = new Int32Array(c.people.size);
  const wasNamed = new Uint8Array(c.people.size);
  const { start, items } = c.articleMentions;
  for (let meeting = 0; meeting < c.meetings; meeting++) {
    const first = people.length;
    const firstNamed = named.length;
    for (let k = c.meetingArticles.start[meeting]!; k < c.meetingArticles.start[meeting + 1]!; k++) {
      const article = c.meetingArticles.items[k]!;
      for (let j = start[article]!; j < start[article + 1]!; j++) {
        const mention = data.mentions[items[j]!]!;
        const person = c.mentionPerson[items[j]!]!;
        const asRole: Role = mention.present ? mention.role : "提及";
        let at = slot[person]! - 1;
        if (at < 0) {
          at = people.push(person) - 1;
          slot[person] = at + 1;
          role.push(codeOf(asRole));
          present.push(0);
        } else if (ROLE_RANK.indexOf(asRole) < ROLE_RANK.indexOf(roles[role[at]!]!)) role[at] = codeOf(asRole);
        if (mention.present && !present[at]) {
          present[at] = 1;
          attendees.push(person);
        } else if (!mention.present && !wasNamed[person]) {
          wasNamed[person] = 1;
          named.push(person);
        }
      }
    }
    // Named only: those never present at this meeting, in the order they were first named.
    const onlyNamed = named.splice(firstNamed).filter((person) => !present[slot[person]! - 1]);
    named.push(...onlyNamed);
    for (let at = first; at < people.length; at++) {
      slot[people[at]!] = 0;
      wasNamed[people[at]!] = 0;
    }
    peopleStart[meeting + 1] = people.length;
    attendeesStart[meeting + 1] = attendees.length;
    namedStart[meeting + 1] = named.length;
  }
  const peopleItems = Int32Array.from(people);
  const meetingOfItem = new Int32Array(peopleItems.length);
  for (let m = 0; m < c.meetings; m++) meetingOfItem.fill(m, peopleStart[m]!, peopleStart[m + 1]!);
  const byItem = groupItems(c.people.size, peopleItems.length, (i) => peopleItems[i]!);
  return {
    people: { start: peopleStart, items: peopleItems },
    role: Int32Array.from(role),
    present: Uint8Array.from(present),
    attendees: { start: attendeesStart, items: Int32Array.from(attendees) },
    named: { start: namedStart, items: Int32Array.from(named) },
    roles,
    byPerson: { start: byItem.start, items: byItem.items.map((i) => meetingOfItem[i]!) },
  };
}

/** Each person at one meeting with their strongest role; people only named get 提及. */
export function rolesAt(data: Dataset, meeting: number): Map<string, Role> {
  const mp = meetingPeopleOf(data);
  const people = columnsOf(data).people.values;
  const roles = new Map<string, Role>();
  for (let k = mp.people.start[meeting]!; k < mp.people.start[meeting + 1]!; k++)
    roles.set(people[mp.people.items[k]!]!, mp.roles[mp.role[k]!]!);
  return roles;
}

/** `rolesAt` by meeting id (empty for an unknown meeting). */
export function meetingRoles(data: Dataset, meetingId: string): Map<string, Role> {
  const meeting = columnsOf(data).meetingIndex.get(meetingId);
  return meeting === undefined ? new Map() : rolesAt(data, meeting);
}

/** One person's strongest role at a meeting (by codes), undefined when no report of it names them. */
export function roleAt(data: Dataset, meeting: number, person: number): Role | undefined {
  const mp = meetingPeopleOf(data);
  for (let k = mp.people.start[meeting]!; k < mp.people.start[meeting + 1]!; k++)
    if (mp.people.items[k] === person) return mp.roles[mp.role[k]!];
  return undefined;
}
