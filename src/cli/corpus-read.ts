/**
 * One file of a corpus to be: read, decoded, hashed and parsed as the Data page would, into the
 * line the corpus file holds for it, or the problem that keeps it out.
 */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { documentLine } from "../db/corpus-file";
import { decodeProblem } from "../db/decode-problem";
import { prepareDocument } from "../db/prepare";
import { MAX_FILE_BYTES } from "../ingest";
import { decodeFile } from "../ingest/decode-file";
import type { Problem } from "../model/problem";
import type { CorpusInput } from "./corpus-files";

export type ReadOutcome =
  | { name: string; ok: true; id: string; articles: number; unread: Problem | null; line: string }
  | { name: string; ok: false; problem: Problem };

export async function readInput({ path, name }: CorpusInput, importedAt: number): Promise<ReadOutcome> {
  const failed = (problem: Problem): ReadOutcome => ({ name, ok: false, problem });
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) return failed({ kind: "too-large", bytes: size, limit: MAX_FILE_BYTES });
    bytes = await readFile(path);
  } catch {
    return failed({ kind: "unreadable" });
  }
  const decoded = await decodeFile(bytes, name);
  if (!decoded.ok) return failed(decodeProblem(decoded, bytes.length));
  // The id as `documentIdOf` computes it (the SHA-256 of the text's UTF-8), hashed here without a
  // round trip through WebCrypto's promise per file, which cost a seventh of the time.
  const id = createHash("sha256").update(decoded.text, "utf8").digest("hex");
  const doc = { id, fileName: name, raw: decoded.text, encoding: decoded.encoding, source: "corpus" as const };
  const preparation = prepareDocument({ ...doc, importedAt });
  if (!preparation.ok) return failed(preparation.problem);
  const { prepared } = preparation;
  return {
    name,
    ok: true,
    id,
    articles: prepared.articles.length,
    unread: prepared.unread ?? null,
    line: documentLine(prepared),
  };
}
