/**
 * The host of an event, from the words before the verb that convenes it, in the title or else in
 * the lead's first sentence: "湖南省委常委会召开会议，传达学习中央关于西藏工作的座谈会精神" is held
 * by 湖南省委常委会; "国务院召开常务会议" by a national body.
 */
import {
  CLAUSE_END,
  DATELINE_PREFIX,
  GREAT_HALL,
  GUEST_ARRIVING,
  HOST_CLAUSE,
  NATIONAL_BODY,
  NATIONAL_MEETING,
  DELEGATION_VISIT,
  ORGANISATION_WORD,
  VENUE_AT_END,
  VISIT_PLANNED,
  VISIT_VERB_AT_END,
  VISITED_PLACE_AT_END,
} from "./lexicon/hosts";
import { NATIONAL_LEADERS } from "./lexicon/leaders";
import { anyOf } from "./lexicon/pattern";
import { placesIn, type PlaceEvidence } from "./places";

/** Evidence from the host clause outweighs any count of places named elsewhere. */
const HOST_WEIGHT = 8;

export interface Host {
  /** Places named in the host clause, weighted. */
  places: PlaceEvidence[];
  /** The national body that holds the event (国务院, 全国政协…), when no place is named with it: no province. */
  nationalBody: string | null;
  /** A national body's official comes to the host as a guest (莅临): national leaders there take part. */
  nationalGuest?: boolean;
  /** The clause names a province's body bare, no place with it (省委常委会, 省委书记甲主持召开): the page's own province's. */
  provincialBody?: boolean;
}

/** A province's own body, as its own reports name it: 省委, 省政府, 省人大常委会, 省政协, 省交通运输厅, 省市场监管局. */
const PROVINCIAL_BODY = /省(?:委|政府|人大|政协|[\u4e00-\u9fff]{1,8}?[厅局院])/;

/** The longest dateline read before a host clause (新华社某某自治区某某市10月18日电). */
const DATELINE_MAX = 30;

const NO_HOST: Host = { places: [], nationalBody: null };
const NATIONAL_GUEST: Host = { places: [], nationalBody: null, nationalGuest: true };

/**
 * The words that name the host: those before the verb, or, when they name only a person
 * (甲主持召开全国政协主席会议), the meeting after it.
 */
interface HostClause {
  clause: string;
  /** What stands before the verb: the host, or a person and the venue. */
  subject: string;
  visit: boolean;
}

function clauseOf(text: string): HostClause | null {
  // A wire dateline names where the story was filed: 新华社北京2月2日电 国务院总理…
  const dateline = DATELINE_PREFIX.exec(text)?.[0] ?? "";
  const from = dateline.length <= DATELINE_MAX ? dateline.length : 0;
  const m = HOST_CLAUSE.exec(text.slice(from));
  if (!m) return null;
  const before = m[1]!;
  // A deck of what was studied (传达学习中央政治局常委会会议精神 安排部署…) has no subject: what it names is the topic.
  if (STUDIED_OPENING.test(m[0])) return null;
  const visit = VISIT_VERB_AT_END.test(m[0]);
  const meeting = text.slice(from + m[0].length).split(CLAUSE_END)[0] ?? "";
  // A chair's title names a body (县委书记甲主持召开…) but not always its place: the meeting's name does
  // (…主持召开某某县县委常委会会议).
  const chairedUnplaced = CHAIRS_AT_END.test(m[0]) && placesIn(before, 1).length === 0;
  if (ORGANISATION_WORD.test(before) && !chairedUnplaced) return { clause: before, subject: before, visit };
  return { clause: `${before}${meeting}`, subject: before, visit };
}

const STUDIED_OPENING = /^(?:传达|学习|贯彻|深入学习|认真学习)/;

/** The verb of chairing a meeting that it convenes: 主持召开, 主持. */
const CHAIRS_AT_END = /主持(?:召开)?$/;

/**
 * A national body's official on a visit to a place outside Beijing (全国政协副主席甲在某市调研,并召开座谈会;
 * 乙率调研组一行到某省调研):
 * the place holds what the visit brings about, its guest taking part; null when the clause is no such visit.
 */
function visitedPlace(clause: string, withoutVenue: string): Host | null {
  const venue = VISITED_PLACE_AT_END.exec(clause)?.[0];
  if (!venue || !NATIONAL_BODY.test(withoutVenue)) return null;
  const places = placesIn(venue, HOST_WEIGHT);
  if (!places.length || places.some((p) => p.province === "北京")) return null;
  return { places, nationalBody: null, nationalGuest: true };
}

/**
 * A national leader as the subject, by post or by name (国家主席甲, 国务院总理乙, 习近平): who meets a
 * guest in Beijing (会见来京述职的某某行政长官) holds a national event, wherever the guest is from.
 */
const NATIONAL_LEADER_SUBJECT = new RegExp(
  `^(?:(?:中共中央政治局常委、)?(?:国家(?:副)?主席|国务院(?:副)?总理)|${anyOf([...NATIONAL_LEADERS.keys()])})`,
);

/** A visiting party its subject meets with, up to 一行: 与某省委常委、某市委书记乙一行. */
const VISITING_PARTY = /[与同][^,，。;；与同]{2,40}?一行/;

/** What stands right before a partner its subject meets with: 甲与, 乙同. */
const MET_WITH = /[与同跟]$/;

function hostOfClause(found: HostClause | null): Host {
  if (found === null) return NO_HOST;
  const { clause, subject } = found;
  const leader = found.visit ? null : NATIONAL_LEADER_SUBJECT.exec(subject);
  if (leader && placesIn(subject.replace(VENUE_AT_END, ""), 1).length === 0)
    return { places: [], nationalBody: leader[0] };
  // A national body meets in Beijing: the venue (在北京人民大会堂) does not make it Beijing's.
  const withoutVenue = clause.replace(VENUE_AT_END, "");
  const conference = NATIONAL_MEETING.exec(withoutVenue);
  if (conference) return { places: [], nationalBody: conference[1]! };
  // Held in the Great Hall of the People: a national event, whoever the clause names first.
  // A city's own 人民大会堂 (市政协会议在人民大会堂开幕) is not Beijing's: the clause names the city.
  const hall = GREAT_HALL.exec(clause);
  if (hall && (hall[0].startsWith("北京") || placesIn(withoutVenue, 1).every((p) => p.province === "北京")))
    return { places: [], nationalBody: hall[0] };
  const visited = found.visit ? visitedPlace(clause, withoutVenue) : null;
  if (visited) return visited;
  const body = NATIONAL_BODY.exec(withoutVenue);
  // A national official who comes to a local body (莅临立法会), or whom its leaders meet with (省委书记甲与中国人民
  // 银行行长乙举行会谈), is its guest: the text's places decide.
  if (
    body &&
    (GUEST_ARRIVING.test(clause.slice(body.index + body[0].length)) || MET_WITH.test(withoutVenue.slice(0, body.index)))
  )
    return NATIONAL_GUEST;
  if (body && placesIn(withoutVenue, 1).length === 0) return { places: [], nationalBody: body[0] };
  // A visiting party the subject meets (甲与某省委常委乙一行座谈) is the guest: its place is not the host's.
  const places = placesIn(clause.replace(VISITING_PARTY, ""), HOST_WEIGHT);
  return {
    places,
    nationalBody: null,
    ...(!places.length && PROVINCIAL_BODY.test(clause) ? { provincialBody: true } : {}),
  };
}

/**
 * The title's host, or the lead's when the title names none ("召开党组会议" over "4月3日,某某省民政厅党组召开会议"),
 * or names places only as its topic (a deck: "研究加强与乙省对接合作等事项" over "甲省政府党组书记…主持召开…").
 */
export function hostOf(title: string | null, lead: string): Host {
  const inTitle = heldInOneOf(title ?? "", hostOfClause(clauseOf(title ?? "")));
  if (hostProvince(inTitle) || inTitle.nationalBody || inTitle.nationalGuest) return inTitle;
  const call = callClause(title ?? "", lead);
  const inLead = hostOfClause(call === undefined ? leadClause(lead) : call);
  // A headline that opens with a national body (某部在…活动发布…) names who holds what the lead places in Beijing.
  const titleBody = NATIONAL_BODY.exec(title ?? "");
  if (titleBody?.index === 0 && hostProvince(inLead) === "北京") return { places: [], nationalBody: titleBody[0] };
  return inTitle.places.length && !hostProvince(inLead) && !inLead.nationalBody ? inTitle : inLead;
}

/** Where a headline says its meeting was held: 座谈会在乌鲁木齐举行. Group 1 is the place. */
const HELD_AT = /在([^,，。;；在]{2,12}?)(?:召开|举行|开幕)/;

/**
 * A joint meeting of two places (甲省·乙区对口支援工作座谈会在乙区首府举行) is held by the one of them it is
 * held in; a host of one place, or a venue in neither, stays as it is.
 */
function heldInOneOf(title: string, host: Host): Host {
  const hosts = new Set(host.places.filter((p) => p.weight >= HOST_WEIGHT).map((p) => p.province));
  if (hosts.size < 2) return host;
  const venue = HELD_AT.exec(title)?.[1];
  const venues = new Set(placesIn(venue ?? "", 1).map((p) => p.province));
  const [held] = venues;
  if (venues.size !== 1 || !hosts.has(held!)) return host;
  return { ...host, places: host.places.filter((p) => p.province === held) };
}

/** A call a headline reports (甲拜会乙, 甲会见乙). */
const CALL_VERB = /会见|拜会|会晤|接见/;
const SENTENCE_END = /[。！？!?\n]/;

/**
 * The host clause of the lead's sentence that reports the headline's call: who calls, not a meeting
 * the lead names beside it (某中央常委会议5月30日在某市举行。5月29日晚,省委书记甲拜会前来出席会议的乙).
 * Undefined when the headline reports no call or the lead's first sentences none.
 */
function callClause(title: string, lead: string): HostClause | undefined {
  const verb = CALL_VERB.exec(title)?.[0];
  if (!verb) return undefined;
  const sentence = lead.split(SENTENCE_END, HOST_LINES + 1).find((s) => s.includes(verb));
  if (sentence === undefined) return undefined;
  const caller = sentence.slice(0, sentence.indexOf(verb));
  return { clause: caller, subject: caller, visit: false };
}

/** How many lines of the lead are read for its host clause when those before it hold none. */
const HOST_LINES = 3;

/**
 * The lead's host clause: its first line's, or, when that holds no host verb (the headline printed
 * again, a communiqué's adoption note, 据新华社消息…通过公报), the first of the next lines that does.
 */
function leadClause(lead: string): HostClause | null {
  const lines = lead.split("\n", HOST_LINES);
  for (const line of lines) {
    const found = clauseOf(line);
    if (found) return found;
  }
  return null;
}

/**
 * The one province the host clause names as the host (not as a topic: 赴西藏), or null when it
 * names none or several (甲省与乙省召开联席会议).
 */
export function hostProvince(host: Host): string | null {
  const provinces = new Set(host.places.filter((p) => p.weight >= HOST_WEIGHT).map((p) => p.province));
  return provinces.size === 1 ? [...provinces][0]! : null;
}

const SENTENCE_OR_CLAUSE_END = /[,，。;；]/;

/**
 * The one province a delegation visits in the lead (湖北省党政代表团在山南市进行考察 is in 西藏), or
 * null: the visitors are guests, whoever chairs or reports. A visit still to come is none.
 */
export function visitedProvince(lead: string): string | null {
  if (!lead.includes("代表团")) return null;
  const m = DELEGATION_VISIT.exec(lead);
  if (!m) return null;
  let start = m.index;
  while (start > 0 && !SENTENCE_OR_CLAUSE_END.test(lead[start - 1]!)) start--;
  if (VISIT_PLANNED.test(lead.slice(start, m.index))) return null;
  const provinces = new Set(placesIn(m[1]!, 1).map((p) => p.province));
  return provinces.size === 1 ? [...provinces][0]! : null;
}
