/**
 * A document's parsed articles → the rows the views read. Meetings and people are matched
 * against what the database already holds (`sameMeeting`, `personId`).
 */
import { sentenceAround } from "../ingest/sentence";
import type { Article, PersonMention } from "../ingest/types";
import { ARTICLE_FACTS, pickFacts } from "../model/article-fields";
import { datesAgree, dayOfYear, monthOf, preciserDate } from "../model/partial-date";
import { isNationalPerson, nameOfPerson, nationalPersonId, type PersonId } from "../model/person-id";
import { isLocalTitle, mergeTitles, personId } from "./entities/people";
import { sameMeeting, type MeetingFacts } from "./entities/meetings";
import type { ArticleRow, MeetingRow, MentionRow, PersonRow, PhraseRow } from "./records";
import type { ArticleBody } from "./schema";
import type { CorrectionRecord } from "../model/correction";
import { applyCorrections } from "./corrections";

export interface DerivedRows {
  articles: ArticleRow[];
  bodies: ArticleBody[];
  mentions: MentionRow[];
  phrases: PhraseRow[];
  /** New or updated meetings and people, to be put over the stored ones. */
  meetings: MeetingRow[];
  people: PersonRow[];
}

/**
 * What derivation needs to know of the stored meetings and people, answered from memory and
 * synchronously: derivation runs inside an IndexedDB transaction, which must not wait on
 * anything but its own requests.
 */
export interface EntityLookup {
  /** Meetings of a province on a day of the year ("MM-DD"), whatever their year. */
  meetingsOn(province: string, day: string): MeetingRow[];
  presentNames(meetingId: string): string[];
  person(id: PersonId): PersonRow | undefined;
}

/** Marks for the rows of what an analyst's corrections changed: the facts, people and phrases that differ from the parse. */
function correctionMarks(parsed: Article, corrected: Article) {
  if (parsed === corrected) return { facts: false, person: () => false, phrase: () => false };
  const same = (a: PersonMention, b: PersonMention) =>
    a.name === b.name && a.role === b.role && a.titles.join("、") === b.titles.join("、");
  return {
    facts: ARTICLE_FACTS.some((k) => parsed[k] !== corrected[k]),
    person: (p: PersonMention) => !parsed.people.some((o) => same(o, p)),
    phrase: (phrase: string) => !parsed.phrases.some((o) => o.phrase === phrase),
  };
}

const mark = (corrected: boolean) => (corrected ? { corrected: true as const } : {});

export function articleIdFor(documentId: string, index: number): string {
  return `${documentId.slice(0, 16)}-${index}`;
}

function facts(article: Article): MeetingFacts {
  return {
    province: article.province,
    date: article.date,
    meetingType: article.meetingType,
    title: article.title,
    presentNames: article.people.filter((p) => p.role !== "提及").map((p) => p.name),
  };
}

function matchMeeting(
  article: Article,
  articleId: string,
  lookup: EntityLookup,
  rows: DerivedRows,
  fresh: Map<string, MeetingRow>,
): MeetingRow | null {
  if (!article.isMeeting) return null;
  const mine = facts(article);
  const day = dayOfYear(article.date);
  const stored = article.province && day ? lookup.meetingsOn(article.province, day) : [];
  // Cheap tests first: only meetings on an agreeing day need their people looked up.
  const candidates = [...fresh.values(), ...stored.filter((m) => !fresh.has(m.id))].filter(
    (m) => m.province === article.province && datesAgree(m.date, article.date),
  );
  for (const meeting of candidates) {
    const names = [
      ...lookup.presentNames(meeting.id),
      ...rows.mentions.filter((m) => m.meetingId === meeting.id && m.present).map((m) => nameOfPerson(m.personId)),
    ];
    const theirs: MeetingFacts = {
      province: meeting.province,
      date: meeting.date,
      meetingType: meeting.meetingType,
      title: meeting.title,
      presentNames: names,
    };
    if (!sameMeeting(mine, theirs)) continue;
    const date = preciserDate(meeting.date, article.date);
    return {
      ...meeting,
      date,
      month: monthOf(date),
      title: meeting.title ?? article.title,
      meetingType: meeting.meetingType ?? article.meetingType,
      articleIds: [...new Set([...meeting.articleIds, articleId])],
    };
  }
  return {
    id: `m-${articleId}`,
    date: article.date,
    month: monthOf(article.date),
    province: article.province,
    city: article.city,
    meetingType: article.meetingType,
    title: article.title,
    articleIds: [articleId],
  };
}

/** A bare ministry title (部长) is the national figure of that name when one is already known. */
function resolvePerson(
  name: string,
  province: string | null,
  titles: readonly string[],
  lookup: EntityLookup,
  fresh: Map<PersonId, PersonRow>,
): PersonId {
  const id = personId(name, province, titles);
  if (isNationalPerson(id) || titles.some(isLocalTitle)) return id;
  const national = nationalPersonId(name);
  return fresh.has(national) || lookup.person(national) ? national : id;
}

function samePersonRow(a: PersonRow, b: PersonRow | undefined): boolean {
  return (
    b !== undefined &&
    a.name === b.name &&
    a.province === b.province &&
    a.corrected === b.corrected &&
    a.titles.length === b.titles.length &&
    a.titles.every((t, i) => t === b.titles[i])
  );
}

/**
 * The rows of one document. The analyst's corrections of its articles are applied first, so every
 * row holds the corrected facts; the body keeps the article as parsed, under its corrections.
 */
export function deriveRows(
  documentId: string,
  fileName: string,
  parsed: readonly Article[],
  lookup: EntityLookup,
  corrections: readonly CorrectionRecord[] = [],
): DerivedRows {
  const rows: DerivedRows = { articles: [], bodies: [], mentions: [], phrases: [], meetings: [], people: [] };
  const meetings = new Map<string, MeetingRow>();
  const people = new Map<PersonId, PersonRow>();
  const corrected = applyCorrections(documentId, parsed, corrections).articles;
  for (const [index, article] of corrected.entries()) {
    const id = articleIdFor(documentId, index);
    const marks = correctionMarks(parsed[index]!, article);
    const meeting = matchMeeting(article, id, lookup, rows, meetings);
    if (meeting) meetings.set(meeting.id, meeting);
    const meetingId = meeting?.id ?? null;
    rows.articles.push({
      id,
      documentId,
      file: fileName,
      ...pickFacts(article),
      meetingId,
      ...mark(marks.facts),
    });
    rows.bodies.push({ id, article: parsed[index]! });
    for (const person of article.people) {
      const pid = resolvePerson(person.name, article.province, person.titles, lookup, people);
      const known = people.get(pid) ?? lookup.person(pid);
      const corrected = marks.person(person);
      people.set(pid, {
        id: pid,
        name: person.name,
        province: isNationalPerson(pid) ? null : article.province,
        titles: mergeTitles(known?.titles ?? [], person.titles),
        ...mark(corrected || known?.corrected === true),
      });
      const first = person.spans[0] ?? { start: 0, end: 0 };
      rows.mentions.push({
        id: `${id}:${pid}`,
        personId: pid,
        articleId: id,
        meetingId,
        role: person.role,
        present: person.role !== "提及",
        titles: person.titles,
        start: first.start,
        end: first.end,
        ...mark(corrected),
      });
    }
    for (const phrase of article.phrases) {
      const first = phrase.spans[0] ?? { start: 0, end: 0 };
      rows.phrases.push({
        id: `${id}:${phrase.phrase}`,
        phrase: phrase.phrase,
        articleId: id,
        meetingId,
        province: article.province,
        date: article.date ?? article.published,
        sentence: sentenceAround(article.text, first),
        start: first.start,
        end: first.end,
        ...mark(marks.phrase(phrase.phrase)),
      });
    }
  }
  rows.meetings = [...meetings.values()];
  // Only people new or changed (a new title): most of a growing corpus names people already stored.
  rows.people = [...people.values()].filter((p) => !samePersonRow(p, lookup.person(p.id)));
  return rows;
}
