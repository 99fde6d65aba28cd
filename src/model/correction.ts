/**
 * An analyst's correction of what the parser read: a record of its own, kept beside the
 * documents and applied on top of the parsed facts after every derivation, so that it survives a
 * parser change. A correction whose target is no longer in the parsed text is orphaned: shown,
 * never silently dropped.
 */
import type { PersonId } from "./person-id";

/** Article facts an analyst can set. */
export type CorrectedArticleField = "title" | "date" | "province" | "meetingType" | "isMeeting";

/** What one correction changes. `old` values are what the parser had when it was made. */
export type CorrectionChange =
  | { kind: "article"; field: CorrectedArticleField; old: string | boolean | null; value: string | boolean | null }
  /** A person as the parser read them in this article (by the parsed name). */
  | { kind: "person"; name: string; field: "name"; old: string; value: string }
  | { kind: "person"; name: string; field: "titles"; old: string[]; value: string[] }
  | { kind: "person"; name: string; field: "role"; old: string; value: string }
  | { kind: "person"; name: string; field: "notPerson"; old: false; value: true }
  /** A person the parser missed, from a text selection (offsets into the article's normalized text). */
  | { kind: "addPerson"; name: string; role: string; titles: string[]; start: number; end: number }
  | { kind: "addPhrase"; phrase: string; start: number; end: number }
  | { kind: "removePhrase"; phrase: string }
  /** Two person records are one person (across provinces too); undone by removing the record. */
  | { kind: "samePerson"; personId: PersonId; sameAs: PersonId };

export interface CorrectionRecord {
  /** Random id (crypto.randomUUID). */
  id: string;
  createdAt: number;
  /** Who made it, as the analyst named themselves; "" when not named. */
  author: string;
  /** SHA-256 of the document the corrected article is in; null for corrections of people across articles. */
  documentId: string | null;
  /** The article's index in its document; null with `documentId`. */
  articleIndex: number | null;
  change: CorrectionChange;
}
