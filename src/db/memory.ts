/**
 * A database that lives only in memory, for pages where the browser refuses IndexedDB (an
 * embedded dashboard in a browser that blocks third-party storage, some private modes).
 * Loaded only when needed.
 */
import { TifaDatabase } from "./schema";

export async function memoryDatabase(): Promise<TifaDatabase> {
  const { IDBFactory, IDBKeyRange } = await import("fake-indexeddb");
  // A factory of its own: each memory database starts empty.
  return new TifaDatabase("tifa-memory", { indexedDB: new IDBFactory(), IDBKeyRange });
}
