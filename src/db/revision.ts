/**
 * The database's revision: a mark in the `meta` table written with every change of the derived
 * tables, in the same transaction. A cache of the rows (db/snapshot, db/first-draw-summary) is
 * used only when it is of the revision the database is at.
 */
export const REVISION_KEY = "revision";

/** A new revision mark. */
export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
