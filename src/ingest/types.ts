/** What the parsing core produces. Plain data: it crosses worker boundaries and is stored as is. */

/** How a person takes part: present in one of these roles, or 提及 (named, not present). */
export const ROLES = ["主持", "讲话", "出席", "致辞", "传达", "提及"] as const;
export type Role = (typeof ROLES)[number];

/** A half-open range [start, end) of UTF-16 offsets into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface PersonMention {
  name: string;
  /** Titles as the text gives them, e.g. ["省民政厅党组书记", "厅长"]. */
  titles: string[];
  role: Role;
  /** Other forms of the name used in the text, e.g. ["治原"] for 陆治原. */
  aliases: string[];
  spans: Span[];
}

export interface PhraseMention {
  phrase: string;
  spans: Span[];
}

/** What decided a fact: the deciding words, where they stand, and how strongly the text supports the value. */
export interface FactEvidence {
  /** The deciding words as written: a place, a date, a meeting word, or a page's date or source line. */
  quote: string;
  /** Where `quote` stands in `Article.text`; null when it is not article text (a page's date or source line). */
  span: Span | null;
  /** From 0 to 1. A value the text supports too weakly is not given at all: the fact is null, with no evidence. */
  confidence: number;
}

export interface ArticleEvidence {
  province: FactEvidence | null;
  date: FactEvidence | null;
  meetingType: FactEvidence | null;
}

export interface Article {
  title: string | null;
  /** The event's date: "YYYY-MM-DD", "YYYY-MM", "--MM-DD" (year unknown) or null. */
  date: string | null;
  /** The publication date, same forms as `date`. */
  published: string | null;
  /** Short map name of the province (山东, 内蒙古, 广西, 北京, …) or null. */
  province: string | null;
  /** Prefecture-level city where the meeting took place, when named. */
  city: string | null;
  isMeeting: boolean;
  meetingType: string | null;
  people: PersonMention[];
  phrases: PhraseMention[];
  /** What decided the province, the date and the meeting type. */
  evidence: ArticleEvidence;
  /** The normalized article text (simplified, chrome removed, lines re-joined); spans point into it. */
  text: string;
}

/** Why a file has no articles: it could not be read as text ("empty" … "too-large"), or a rule of the parser threw. */
export type FailureReason = "empty" | "binary" | "undecodable" | "too-large" | "parser-failed" | "too-complex";

export type ParseFileResult =
  | { ok: true; encoding: string; articles: Article[] }
  /** `rule` names the stage that failed when `reason` is "parser-failed" ("layout", "article 3"). */
  | { ok: false; reason: FailureReason; message: string; rule?: string };

export type ParseTextResult =
  | { ok: true; articles: Article[] }
  | { ok: false; reason: "parser-failed"; message: string; rule: string }
  /** The time budget ran out before `rule` (a safety net: the rules are linear, but text is hostile). */
  | { ok: false; reason: "too-complex"; message: string; rule: string };

export interface ParseOptions {
  fileName?: string;
  /** Stop and report "too-complex" when parsing takes longer than this, checked between stages. */
  budgetMs?: number;
}
