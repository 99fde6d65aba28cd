/**
 * The analyst's notes: one per article or person, read and saved by what the page knows of its
 * target (an article's id, a person's id). Saving empty text removes the note.
 */
import { readArticle } from "../db/article-reads";
import type { TifaDatabase } from "../db/schema";
import { noteTargetKey, type NoteRecord, type NoteTarget } from "../model/note";
import type { PersonId } from "../model/person-id";
import type { Workspace } from "./workspace";

/** A note's target as the page names it. */
export type NoteSubject = { kind: "article"; articleId: string } | { kind: "person"; personId: string };

/** Longer than any note written by hand: a pasted document is not a note. */
export const MAX_NOTE_LENGTH = 20_000;

async function targetOf(db: TifaDatabase, subject: NoteSubject): Promise<NoteTarget | null> {
  if (subject.kind === "person") return { kind: "person", personId: subject.personId as PersonId };
  const row = (await readArticle(db, subject.articleId))?.row;
  const index = row ? ((await db.documents.get(row.documentId))?.articleIds.indexOf(row.id) ?? -1) : -1;
  return row && index >= 0 ? { kind: "article", documentId: row.documentId, articleIndex: index } : null;
}

export class NotesService {
  constructor(private readonly workspace: Workspace) {}

  async note(subject: NoteSubject): Promise<NoteRecord | null> {
    const db = await this.workspace.db();
    const target = await targetOf(db, subject);
    return target ? ((await db.notes.where("targetKey").equals(noteTargetKey(target)).first()) ?? null) : null;
  }

  /** Saves the note (trimmed; empty removes it); an article the database does not hold is refused (null). */
  async save(subject: NoteSubject, text: string, now = Date.now()): Promise<NoteRecord | null> {
    const db = await this.workspace.db();
    const target = await targetOf(db, subject);
    if (!target) return null;
    const targetKey = noteTargetKey(target);
    const body = text.trim().slice(0, MAX_NOTE_LENGTH);
    return db.transaction("rw", db.notes, async () => {
      const existing = await db.notes.where("targetKey").equals(targetKey).first();
      if (!body) {
        if (existing) await db.notes.delete(existing.id);
        return null;
      }
      const note: NoteRecord = existing
        ? { ...existing, text: body, updatedAt: now }
        : { id: crypto.randomUUID(), targetKey, target, text: body, author: "", createdAt: now, updatedAt: now };
      await db.notes.put(note);
      return note;
    });
  }

  async count(): Promise<number> {
    return (await this.workspace.db()).notes.count();
  }
}
