/**
 * An analyst's corrections on top of the parsed articles. Applied at every derivation (import,
 * parser change, restore, a new correction), after the parser and before any row is built, so every
 * view sees the corrected facts and a parser change never loses one. A correction whose target is
 * not in the parsed article any more is orphaned: reported, never applied to something else.
 */
import { ROLES, type Article, type PersonMention, type Role, type Span } from "../ingest/types";
import type { CorrectedArticleField, CorrectionChange, CorrectionRecord } from "../model/correction";

export interface CorrectedArticle {
  article: Article;
  /** Ids of the corrections that found no target in this article. */
  orphaned: string[];
}

export interface CorrectedDocument {
  articles: Article[];
  orphaned: string[];
}

/** Every place `needle` stands in `text`, the one at `preferred` first when it is there. */
export function spansOf(text: string, needle: string, preferred?: number): Span[] {
  if (!needle) return [];
  const spans: Span[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length))
    spans.push({ start: at, end: at + needle.length });
  const first = spans.findIndex((s) => s.start === preferred);
  return first > 0 ? [spans[first]!, ...spans.slice(0, first), ...spans.slice(first + 1)] : spans;
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A person of the article as the parser named them: corrections find people by the parsed name. */
interface Tracked {
  parsedName: string;
  mention: PersonMention;
}

function setFact(article: Article, field: CorrectedArticleField, value: string | boolean | null): boolean {
  if (field === "isMeeting") {
    if (typeof value !== "boolean") return false;
    article.isMeeting = value;
  } else {
    if (typeof value === "boolean") return false;
    article[field] = value;
  }
  return true;
}

type ArticleChange = Exclude<CorrectionChange, { kind: "samePerson" }>;

/** Applies one change to the article being corrected; false when its target is not there. */
function applyChange(article: Article, people: Tracked[], change: ArticleChange): boolean {
  switch (change.kind) {
    case "article":
      return setFact(article, change.field, change.value);
    case "person": {
      const index = people.findIndex((p) => p.parsedName === change.name);
      const person = people[index]?.mention;
      if (!person) return false;
      if (change.field === "name") person.name = change.value;
      else if (change.field === "titles") person.titles = [...change.value];
      else if (change.field === "role") {
        if (!isRole(change.value)) return false;
        person.role = change.value;
      } else people.splice(index, 1);
      return true;
    }
    case "addPerson": {
      const spans = spansOf(article.text, change.name, change.start);
      if (!spans.length || !isRole(change.role)) return false;
      if (!people.some((p) => p.mention.name === change.name)) {
        const mention = { name: change.name, titles: [...change.titles], role: change.role, aliases: [], spans };
        people.push({ parsedName: change.name, mention });
      }
      return true;
    }
    case "addPhrase": {
      const spans = spansOf(article.text, change.phrase, change.start);
      if (!spans.length) return false;
      if (!article.phrases.some((p) => p.phrase === change.phrase))
        article.phrases = [...article.phrases, { phrase: change.phrase, spans }];
      return true;
    }
    case "removePhrase": {
      const kept = article.phrases.filter((p) => p.phrase !== change.phrase);
      if (kept.length === article.phrases.length) return false;
      article.phrases = kept;
      return true;
    }
  }
}

/** One article with its corrections applied in the order they were made; the parsed article is left as it was. */
export function correctArticle(parsed: Article, corrections: readonly CorrectionRecord[]): CorrectedArticle {
  if (!corrections.length) return { article: parsed, orphaned: [] };
  const article: Article = { ...parsed, phrases: [...parsed.phrases] };
  const people: Tracked[] = parsed.people.map((p) => ({
    parsedName: p.name,
    mention: { ...p, titles: [...p.titles], aliases: [...p.aliases], spans: [...p.spans] },
  }));
  const orphaned: string[] = [];
  for (const c of [...corrections].sort((a, b) => a.createdAt - b.createdAt)) {
    if (c.change.kind === "samePerson" || !applyChange(article, people, c.change)) orphaned.push(c.id);
  }
  article.people = people.map((p) => p.mention);
  return { article, orphaned };
}

/** A document's articles with the corrections made to them; those for an article it no longer has are orphaned. */
export function applyCorrections(
  documentId: string,
  articles: readonly Article[],
  corrections: readonly CorrectionRecord[],
): CorrectedDocument {
  const byIndex = new Map<number, CorrectionRecord[]>();
  const orphaned: string[] = [];
  for (const c of corrections) {
    if (c.documentId !== documentId || c.change.kind === "samePerson") continue;
    if (c.articleIndex === null || !articles[c.articleIndex]) orphaned.push(c.id);
    else byIndex.set(c.articleIndex, [...(byIndex.get(c.articleIndex) ?? []), c]);
  }
  const corrected = articles.map((article, index) => {
    const result = correctArticle(article, byIndex.get(index) ?? []);
    orphaned.push(...result.orphaned);
    return result.article;
  });
  return { articles: corrected, orphaned };
}
