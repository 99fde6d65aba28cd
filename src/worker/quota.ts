/** Storage errors in plain words. */
export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.some((n) => n === "QuotaExceededError" || n === "QuotaExceeded");
}

export function storageErrorMessage(fileName: string, error: unknown): string {
  if (isQuotaError(error)) {
    return `${fileName} was not imported: the browser's storage for this site is full. Free some space (remove other sites' data, or back up and clear Tifa's data) and try again. Nothing was changed.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `${fileName} was not imported: the database refused the write (${detail}). Nothing was changed.`;
}
