/**
 * The slim rows the views aggregate over. They are stored in IndexedDB tables of the same names
 * and held in memory by the analytics worker; no article text lives here (see `articleTexts`).
 */
import type { Article, Role } from "../ingest/types";
import type { ArticleFact } from "../model/article-fields";
import type { PersonId } from "../model/person-id";

/** An article's facts without its text, people or phrases (those have tables of their own). */
export interface ArticleRow extends Pick<Article, ArticleFact> {
  id: string;
  documentId: string;
  /** Base name of the source file. */
  file: string;
  /** The meeting this article reports, when it reports one. Two reports of one meeting share it. */
  meetingId: string | null;
  /** An analyst corrected one of its facts (title, date, province, meeting type, is a meeting). */
  corrected?: true;
}

export interface MeetingRow {
  id: string;
  /** Best known date of the meeting: "YYYY-MM-DD", "YYYY-MM", "--MM-DD" or null. */
  date: string | null;
  /** "YYYY-MM" when the year and month are known, else null. */
  month: string | null;
  province: string | null;
  city: string | null;
  meetingType: string | null;
  title: string | null;
  articleIds: string[];
}

export interface PersonRow {
  id: PersonId;
  name: string;
  /** The province the person is matched in (people of the same name in other provinces are other rows). */
  province: string | null;
  /** Every title seen for this person, in first-seen order. */
  titles: string[];
  /** An analyst corrected or added them in an article, or merged another record into this one. */
  corrected?: true;
}

export interface MentionRow {
  id: string;
  personId: PersonId;
  articleId: string;
  meetingId: string | null;
  role: Role;
  /** false when the role is 提及: named, not present. */
  present: boolean;
  titles: string[];
  /** Offsets of the first mention in the article's normalized text. */
  start: number;
  end: number;
  /** An analyst corrected this person's name, titles or role in this article, or added them. */
  corrected?: true;
}

export interface PhraseRow {
  id: string;
  phrase: string;
  articleId: string;
  meetingId: string | null;
  province: string | null;
  /** The article's best date (event date, else publication date). */
  date: string | null;
  /** The sentence the phrase was first found in, for keyword-in-context. */
  sentence: string;
  start: number;
  end: number;
  /** An analyst added it to this article. */
  corrected?: true;
}

/** Everything the aggregates read, held in memory by the analytics worker. */
export interface Dataset {
  articles: ArticleRow[];
  meetings: MeetingRow[];
  people: PersonRow[];
  mentions: MentionRow[];
  phrases: PhraseRow[];
}
