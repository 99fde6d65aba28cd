/**
 * How many documents a backup file says it holds, read before asking whether to restore it. Only
 * the file's own `documentCount` is read; whether the file is a sound backup is the restore's
 * question, and a file this cannot read (null) goes straight to the restore, which says why.
 */
export function backupDocumentCount(text: string): number | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null || !("documentCount" in data)) return null;
  const count = data.documentCount;
  return typeof count === "number" && Number.isSafeInteger(count) && count >= 0 ? count : null;
}
