/**
 * The province counts the worker stored at the last change (db/first-draw-summary), read by the
 * page straight from IndexedDB, without Dexie and without the worker, so a returning visit draws
 * its map before the worker has loaded the data. Null when there is nothing usable.
 */
import { FIRST_DRAW_KEY, parseFirstDrawValue, type ProvinceCountRow } from "../db/first-draw-summary";

const DATABASE = "tifa";

export function readStoredFirstDraw(): Promise<ProvinceCountRow[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE);
    } catch {
      return resolve(null);
    }
    // Only a database that exists is read: one about to be created is left to the worker.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      const done = (rows: ProvinceCountRow[] | null) => {
        db.close();
        resolve(rows);
      };
      if (!db.objectStoreNames.contains("meta")) return done(null);
      try {
        const read = db.transaction("meta", "readonly").objectStore("meta").get(FIRST_DRAW_KEY);
        read.onsuccess = () => done(parseFirstDrawValue((read.result as { value?: unknown } | undefined)?.value));
        read.onerror = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}
