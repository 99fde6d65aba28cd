/** An analyst's note on an article or a person, carried in a `.tifa` analysis file. */
import type { PersonId } from "./person-id";

export type NoteTarget =
  { kind: "article"; documentId: string; articleIndex: number } | { kind: "person"; personId: PersonId };

export interface NoteRecord {
  /** Random id (crypto.randomUUID). */
  id: string;
  /** `article:<documentId>:<index>` or `person:<personId>`: one note per target. */
  targetKey: string;
  target: NoteTarget;
  text: string;
  author: string;
  createdAt: number;
  updatedAt: number;
}

export function noteTargetKey(target: NoteTarget): string {
  return target.kind === "article"
    ? `article:${target.documentId}:${target.articleIndex}`
    : `person:${target.personId}`;
}
