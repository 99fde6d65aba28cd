/** Errors of the database, as problems the page can word: a full disk, or a refused write. */
import { describeError, type Problem } from "../model/problem";

export function isQuotaError(error: unknown): boolean {
  const inner = (error as { inner?: unknown } | null)?.inner;
  return [error, inner].some((e) => {
    const { name } = describeError(e);
    return name === "QuotaExceededError" || name === "QuotaExceeded";
  });
}

export function storageProblem(error: unknown): Problem {
  return isQuotaError(error)
    ? { kind: "storage-full" }
    : { kind: "write-refused", detail: describeError(error).message };
}
