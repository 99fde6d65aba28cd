/**
 * Every person an article names, with the titles it gives them and how they took part.
 */
import { findAfterTitles, findBeforeTitles, type NameFind } from "./people-find";
import { cuesForMention, strongestRole, type Cue } from "./roles";
import { BYLINE_BEFORE } from "./lexicon/bylines";
import { NATIONAL_LEADERS } from "./lexicon/leaders";
import { WEAK_TITLES } from "./lexicon/titles";
import { isNationalLeader } from "./national";
import type { PersonMention, Span } from "./types";

interface Draft {
  name: string;
  aliases: string[];
  titles: string[];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Joins given-name-only finds (治原) to the full name that ends with them (陆治原). */
function mergeFinds(finds: readonly NameFind[], fullNamesInFile: readonly string[]): Draft[] {
  const drafts = new Map<string, Draft>();
  const fullNames = unique([...finds.filter((f) => !f.givenNameOnly).map((f) => f.name), ...fullNamesInFile]);
  for (const find of [...finds].sort((a, b) => a.start - b.start)) {
    const full = find.givenNameOnly
      ? fullNames.find((n) => n.length > find.name.length && n.endsWith(find.name))
      : undefined;
    const name = full ?? find.name;
    const draft = drafts.get(name) ?? { name, aliases: [], titles: [] };
    if (full && !draft.aliases.includes(find.name)) draft.aliases.push(find.name);
    draft.titles.push(...find.titles);
    drafts.set(name, draft);
  }
  return [...drafts.values()];
}

function spansOf(text: string, forms: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (BYLINE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
      if (spans.some((s) => at < s.end && at + form.length > s.start)) continue;
      spans.push({ start: at, end: at + form.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function cleanTitles(titles: readonly string[]): string[] {
  const all = unique(titles.map((t) => t.trim()).filter(Boolean));
  const strong = all.filter((t) => !WEAK_TITLES.has(t));
  const kept = strong.length ? strong : all;
  // "教授" adds nothing beside "南京陆军指挥学院教授".
  return kept.filter((t) => !kept.some((other) => other !== t && other.endsWith(t)));
}

export interface PeopleOptions {
  /** A speech transcript reports on other events: everyone it names is only mentioned. */
  isSpeech: boolean;
  /** Full names found anywhere in the file, to join given names used alone. */
  fullNamesInFile: readonly string[];
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
  return [...findAfterTitles(text), ...findBeforeTitles(text), ...findLeaders(text)].filter(
    (f) => !BYLINE_BEFORE.test(text.slice(Math.max(0, f.start - 8), f.start)),
  );
}

export function extractPeople(text: string, options: PeopleOptions): PersonMention[] {
  const drafts = mergeFinds(findNames(text), options.fullNamesInFile);
  const spansByName = new Map(drafts.map((d) => [d.name, spansOf(text, [d.name, ...d.aliases])]));
  const allSpans = [...spansByName.values()].flat().sort((a, b) => a.start - b.start);
  const nextMention = (after: number) => allSpans.find((s) => s.start >= after) ?? null;

  return drafts
    .map((draft): PersonMention => {
      const spans = spansByName.get(draft.name) ?? [];
      const titles = cleanTitles(draft.titles);
      const cues: Cue[] = [];
      for (const span of spans) {
        const found = cuesForMention(text, span, nextMention);
        if (found !== "mention") cues.push(...found);
      }
      const placed = cues.some((c) => c.strong);
      let role = options.isSpeech ? "提及" : strongestRole(cues, placed);
      // National leaders named in a provincial report are quoted or studied, not at the meeting.
      // Not every national figure: a ministry's official (民政部副部长…出席会议并讲话) does attend.
      if (isNationalLeader(draft.name, titles)) role = "提及";
      return { name: draft.name, titles, role, aliases: draft.aliases, spans };
    })
    .filter((p) => p.spans.length > 0)
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
