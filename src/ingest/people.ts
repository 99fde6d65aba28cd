/**
 * Every person an article names, with the titles it gives them and how they took part.
 */
import { lastStartingBefore, occurrencesOf, spansOfForms } from "./mentions";
import { findHeadlineNames } from "./headline-names";
import { findBeforeTitles } from "./people-before-titles";
import { findAfterTitles, unreadTails, type NameFind } from "./people-find";
import {
  findBareLists,
  findBracketedTitles,
  findOpenedAndPairedLists,
  findBareNameLists,
  findBareNamesBeforeVerbs,
  findCountedGroups,
  findRosterEntries,
  findUnitNamedLists,
} from "./people-untitled";
import { findDecidedOn } from "./people-decided";
import { cueReader, strongestRole, type Cue } from "./roles";
import { BYLINE_BEFORE } from "./lexicon/bylines";
import { NATIONAL_LEADERS } from "./lexicon/leaders";
import { WEAK_TITLES } from "./lexicon/titles";
import { isNationalLeader } from "./national";
import { Words } from "./lexicon/words";
import { VERB_AFTER_SHORTER_NAME } from "./lexicon/name-followers";
import type { PersonMention, Span } from "./types";

interface Draft {
  name: string;
  aliases: string[];
  titles: string[];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The first of `names` that ends with each shorter form: 治原 → 陆治原 (names are 2 to 4 characters). */
function fullNamesByEnding(names: Iterable<string>): Map<string, string> {
  const byEnding = new Map<string, string>();
  for (const name of names) {
    for (let length = 1; length < name.length; length++) {
      const ending = name.slice(-length);
      if (!byEnding.has(ending)) byEnding.set(ending, name);
    }
  }
  return byEnding;
}

/** The file's names indexed once per file, not once per article: a file may hold thousands of both. */
const fileNameIndexes = new WeakMap<readonly string[], Map<string, string>>();

function fileNamesByEnding(fullNamesInFile: readonly string[]): Map<string, string> {
  let index = fileNameIndexes.get(fullNamesInFile);
  if (!index) fileNameIndexes.set(fullNamesInFile, (index = fullNamesByEnding(fullNamesInFile)));
  return index;
}

/** Joins given-name-only finds (治原) to the full name that ends with them (陆治原), the article's own names first. */
function mergeFinds(finds: readonly NameFind[], fullNamesInFile: () => readonly string[]): Draft[] {
  const drafts = new Map<string, Draft>();
  const inArticle = fullNamesByEnding(finds.filter((f) => !f.givenNameOnly).map((f) => f.name));
  for (const find of [...finds].sort((a, b) => a.start - b.start)) {
    const full = find.givenNameOnly
      ? (inArticle.get(find.name) ?? fileNamesByEnding(fullNamesInFile()).get(find.name))
      : undefined;
    const name = full ?? find.name;
    const draft = drafts.get(name) ?? { name, aliases: [], titles: [] };
    if (full && !draft.aliases.includes(find.name)) draft.aliases.push(find.name);
    draft.titles.push(...find.titles);
    drafts.set(name, draft);
  }
  return [...drafts.values()];
}

/** The titles among `titles` (all different) that end another one. */
function endingOthers(titles: readonly string[]): Set<string> {
  return new Set(titles.filter((t) => titles.some((other) => other !== t && other.endsWith(t))));
}

function cleanTitles(titles: readonly string[]): string[] {
  const all = unique(titles.map((t) => t.trim()).filter(Boolean));
  const strong = all.filter((t) => !WEAK_TITLES.has(t));
  const kept = strong.length ? strong : all;
  // "教授" adds nothing beside "南京陆军指挥学院教授".
  const ending = endingOthers(kept);
  return kept.filter((t) => !ending.has(t));
}

export interface PeopleOptions {
  /** A speech transcript reports on other events: everyone it names is only mentioned. */
  isSpeech: boolean;
  /** Full names found anywhere in the file, to join given names used alone; called only when needed. */
  fullNamesInFile: () => readonly string[];
  /** A national body's event: national leaders named there take part like anyone else. */
  nationalEvent?: boolean;
  /**
   * Full names the file's other articles give with a title, to find them written bare here (a
   * chronicle names its leaders once: 市长宋立安…, then 宋立安主持会议); null for a file of one article.
   */
  namesOfOtherItems?: () => KnownNames | null;
}

/** A file's full names, found with a title somewhere in it, and the titles first given each. */
export interface KnownNames {
  words: Words;
  titles: ReadonlyMap<string, readonly string[]>;
}

/**
 * The shortest of a file's known names looked for written bare anywhere; a name of two characters may
 * be a word's part, and is taken only where a name opens a clause before its verb (,甲作具体部署).
 */
const KNOWN_NAME_LENGTH = 3;
const SHORT_KNOWN_NAME_LENGTH = 2;
const CLAUSE_OPENING = /[,，。;；:：\n]/;

/** Whether a known name of two characters is written as one: opening a clause, its verb right after it. */
function opensClauseBeforeVerb(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || CLAUSE_OPENING.test(text[start - 1]!)) && VERB_AFTER_SHORTER_NAME.test(text.slice(end, end + 12))
  );
}

export function knownNamesOf(finds: readonly NameFind[]): KnownNames {
  const titles = new Map<string, readonly string[]>();
  for (const find of finds) {
    if (find.name.length < SHORT_KNOWN_NAME_LENGTH || (titles.get(find.name)?.length ?? 0) > 0) continue;
    titles.set(find.name, find.titles);
  }
  return { words: new Words(titles.keys()), titles };
}

/** Where the file's known names are written in the text, outside the names found there. */
function knownNamesIn(text: string, known: KnownNames, finds: readonly NameFind[]): NameFind[] {
  const named = new Set(finds.map((f) => f.name));
  const added: NameFind[] = [];
  const words = known.words;
  for (let hit = words.nextIn(text, 0); hit; hit = words.nextIn(text, hit.index + hit.word.length)) {
    const end = hit.index + hit.word.length;
    if (named.has(hit.word) || finds.some((f) => f.start < end && f.end > hit!.index)) continue;
    if (hit.word.length < KNOWN_NAME_LENGTH && !opensClauseBeforeVerb(text, hit.index, end)) continue;
    named.add(hit.word);
    added.push({
      name: hit.word,
      start: hit.index,
      end,
      titles: [...(known.titles.get(hit.word) ?? [])],
      givenNameOnly: false,
    });
  }
  return added;
}

function findLeaders(text: string): NameFind[] {
  const finds: NameFind[] = [];
  for (const [name, title] of NATIONAL_LEADERS) {
    const at = text.indexOf(name);
    if (at >= 0) finds.push({ name, start: at, end: at + name.length, titles: [title], givenNameOnly: false });
  }
  return finds;
}

export function findNames(text: string): NameFind[] {
  const unread = unreadTails(text);
  return [
    ...findAfterTitles(text, unread),
    ...findBeforeTitles(text, unread),
    ...findBareLists(text, unread),
    ...findOpenedAndPairedLists(text, unread),
    ...findBracketedTitles(text, unread),
    ...findDecidedOn(text, unread),
    ...findBareNamesBeforeVerbs(text, unread),
    ...findBareNameLists(text, unread),
    ...findRosterEntries(text, unread),
    ...findUnitNamedLists(text, unread),
    ...findCountedGroups(text, unread),
    ...findLeaders(text),
    ...findHeadlineNames(text),
  ].filter((f) => !BYLINE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start)));
}

/**
 * A speech's salutation on a line of its own, as a speaker addresses the guests before them: "尊敬的甲国务委员、
 * 乙特派员、各位嘉宾、各位朋友:". Those it names are there, national figures too.
 */
const SALUTATION_LINE = /(?:^|\n)[ \t\u3000]*尊敬的[^\n。!?！？]{2,200}?[:：]/g;

function salutations(text: string): Span[] {
  if (!text.includes("尊敬的")) return [];
  return [...text.matchAll(SALUTATION_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const inAny = (spans: readonly Span[], lines: readonly Span[]) =>
  spans.some((s) => lines.some((line) => s.start >= line.start && s.end <= line.end));

/** The names a speech's salutation addresses (尊敬的甲国务委员、…:): they are at the event. */
export function addressedIn(text: string, people: readonly PersonMention[]): ReadonlySet<string> {
  const lines = salutations(text);
  return new Set(lines.length ? people.filter((p) => inAny(p.spans, lines)).map((p) => p.name) : []);
}

export function extractPeople(text: string, options: PeopleOptions): PersonMention[] {
  const finds = findNames(text);
  const known = options.namesOfOtherItems?.();
  const drafts = mergeFinds(known ? [...finds, ...knownNamesIn(text, known, finds)] : finds, options.fullNamesInFile);
  const occurrences = occurrencesOf(
    text,
    drafts.flatMap((d) => [d.name, ...d.aliases]),
  );
  const spansByName = new Map(drafts.map((d) => [d.name, spansOfForms(text, [d.name, ...d.aliases], occurrences)]));
  // Of two names at one place (王金, 王金玉), the longer is the mention a list reads on to.
  const allSpans = [...spansByName.values()].flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const nextMention = (after: number) => allSpans[lastStartingBefore(allSpans, after) + 1] ?? null;
  const cuesFor = cueReader(text, nextMention);
  const addressing = salutations(text);

  const found = drafts
    .map((draft): PersonMention => {
      const spans = spansByName.get(draft.name) ?? [];
      const titles = cleanTitles(draft.titles);
      const cues: Cue[] = [];
      let quoted = false;
      for (const span of spans) {
        const found = cuesFor(span);
        if (found === "mention") quoted = true;
        else cues.push(...found);
      }
      // 传达了甲在…上的讲话。甲强调: the statements are the relayed speech's, not made at this event.
      const counted = quoted ? cues.filter((c) => !c.bySubject) : cues;
      const placed = counted.some((c) => c.strong);
      // Addressed in the speech's salutation: there, whatever the speech says of them.
      const addressed = addressing.length > 0 && inAny(spans, addressing);
      const spoken = options.isSpeech ? "提及" : strongestRole(counted, placed);
      const role = addressed && (spoken === "提及" || options.isSpeech) ? "出席" : spoken;
      return { name: draft.name, titles, role, aliases: draft.aliases, spans };
    })
    .filter((p) => p.spans.length > 0)
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
  return options.nationalEvent ? found : asProvincialReport(found, addressedIn(text, found));
}

/**
 * National leaders named in a provincial report are quoted or studied, not at the meeting. Not
 * every national figure: a ministry's official (民政部副部长…出席会议并讲话) does attend, and so does
 * one a speech's salutation addresses (`addressed`).
 */
export function asProvincialReport(
  people: readonly PersonMention[],
  addressed: ReadonlySet<string> = new Set(),
): PersonMention[] {
  return people.map((p) =>
    p.role !== "提及" && !addressed.has(p.name) && isNationalLeader(p.name, p.titles) ? { ...p, role: "提及" } : p,
  );
}
