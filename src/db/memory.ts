/**
 * A database that lives only in memory, for pages where the browser refuses IndexedDB (an
 * embedded dashboard in a browser that blocks third-party storage, some private modes).
 * Loaded only when needed.
 */
import { TifaDatabase } from "./schema";

export async function memoryDatabase(): Promise<TifaDatabase> {
  const { indexedDB, IDBKeyRange } = await import("fake-indexeddb");
  return new TifaDatabase("tifa-memory", { indexedDB, IDBKeyRange });
}
