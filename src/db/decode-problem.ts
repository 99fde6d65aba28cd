/** Why a file's bytes could not become text, as the problem the page and the CLI word. */
import { decodeBytes, MAX_FILE_BYTES } from "../ingest";
import type { Problem } from "../model/problem";

export function decodeProblem(failure: Extract<ReturnType<typeof decodeBytes>, { ok: false }>, bytes: number): Problem {
  switch (failure.reason) {
    case "binary":
      return { kind: "binary", format: failure.format ?? "unknown" };
    case "too-large":
      return { kind: "too-large", bytes, limit: MAX_FILE_BYTES };
    case "undecodable":
      if (failure.pdf) return { kind: "pdf-unreadable", cause: failure.pdf };
      return failure.japanese
        ? { kind: "japanese" }
        : failure.word
          ? { kind: "word-unreadable" }
          : { kind: "undecodable" };
    case "empty":
      return { kind: "empty" };
    default:
      return { kind: "unexpected", detail: failure.message };
  }
}
