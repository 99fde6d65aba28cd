/**
 * The province counts and months the worker stored at the last change (db/first-draw-summary),
 * read by the page straight from IndexedDB, without Dexie and without the worker, so a returning
 * visit draws its map and timeline before the worker has loaded the data. The same read tells a
 * first visit: a database that does not exist yet is not created here but left to the worker.
 */
import { FIRST_DRAW_KEY, parseFirstDrawValue, type FirstDraw } from "../db/first-draw-summary";
import { REVISION_KEY } from "../db/revision";

const DATABASE = "tifa";

export interface StoredFirstDraw {
  /** False on a first visit: the browser holds no database of the app yet. */
  database: boolean;
  /** The stored summary, when usable. */
  summary: FirstDraw | null;
}

export function readStoredFirstDraw(): Promise<StoredFirstDraw> {
  return new Promise((resolve) => {
    // Storage refused or failing: as if a database were there without counts (nothing drawn early).
    const unknown = { database: true, summary: null };
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE);
    } catch {
      return resolve(unknown);
    }
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onerror = () => resolve(created ? { database: false, summary: null } : unknown);
    request.onblocked = () => resolve(unknown);
    request.onsuccess = () => {
      const db = request.result;
      const done = (summary: FirstDraw | null) => {
        db.close();
        resolve({ database: true, summary });
      };
      if (!db.objectStoreNames.contains("meta")) return done(null);
      try {
        // Both in one transaction: the counts and the revision they must be of.
        const meta = db.transaction("meta", "readonly").objectStore("meta");
        const summary = meta.get(FIRST_DRAW_KEY);
        const revision = meta.get(REVISION_KEY);
        const valueOf = (read: IDBRequest) => (read.result as { value?: unknown } | undefined)?.value;
        revision.onsuccess = () => {
          const stored = valueOf(revision);
          done(parseFirstDrawValue(valueOf(summary), typeof stored === "string" ? stored : null));
        };
        revision.onerror = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}
