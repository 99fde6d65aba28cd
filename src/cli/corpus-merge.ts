/**
 * `npm run corpus -- merge FILES... --out FILE`: shards made by `--shard i/n` (or any corpora of
 * one parser) into one corpus. Each input is read as a stream and checked as the app checks it;
 * documents come out in the order of their names, as one build of all the files would give
 * them, each text once (the first name keeps it).
 */
import { createReadStream } from "node:fs";
import { readCorpus, documentLine, type CorpusHeader } from "../db/corpus-file";
import type { PreparedDocument } from "../db/prepare";
import type { Problem } from "../model/problem";
import { CorpusOutput } from "./corpus-output";

export type MergeResult =
  | { ok: true; header: CorpusHeader; duplicates: number; seconds: number }
  | { ok: false; file: string; problem: Problem | { kind: "other-parser"; parserVersion: string; expected: string } };

interface Source {
  file: string;
  documents: AsyncGenerator<PreparedDocument, Problem | null>;
  head: PreparedDocument | null;
}

async function* documentsOf(
  file: string,
  onHeader: (header: CorpusHeader) => void,
): AsyncGenerator<PreparedDocument, Problem | null> {
  try {
    for await (const item of readCorpus(createReadStream(file))) {
      if (item.kind === "problem") return item.problem;
      if (item.kind === "header") onHeader(item.header);
      else yield* item.documents;
    }
  } catch {
    return { kind: "unreadable" };
  }
  return null;
}

/** Moves a source to its next document; a problem in the file is returned. */
async function advance(source: Source): Promise<Problem | null> {
  const next = await source.documents.next();
  source.head = next.done ? null : next.value;
  return next.done ? next.value : null;
}

export async function mergeCorpora(files: readonly string[], out: string, now = new Date()): Promise<MergeResult> {
  const started = performance.now();
  const headers = new Map<string, CorpusHeader>();
  const sources: Source[] = files.map((file) => ({
    file,
    documents: documentsOf(file, (header) => headers.set(file, header)),
    head: null,
  }));
  const output = new CorpusOutput(out);
  const fail = async (result: Extract<MergeResult, { ok: false }>) => (await output.abandon(), result);
  let parserVersion: string | null = null;
  for (const source of sources) {
    const problem = await advance(source);
    if (problem) return fail({ ok: false, file: source.file, problem });
    const header = headers.get(source.file)!;
    parserVersion ??= header.parserVersion;
    if (header.parserVersion !== parserVersion)
      return fail({
        ok: false,
        file: source.file,
        problem: { kind: "other-parser", parserVersion: header.parserVersion, expected: parserVersion },
      });
  }
  const seen = new Set<string>();
  let duplicates = 0;
  for (;;) {
    // The smallest name next; between equal names, the file given first.
    let first: Source | null = null;
    for (const source of sources)
      if (source.head && (!first || source.head.doc.fileName < first.head!.doc.fileName)) first = source;
    if (!first) break;
    const prepared = first.head!;
    if (seen.has(prepared.doc.id)) duplicates++;
    else {
      seen.add(prepared.doc.id);
      output.add(documentLine(prepared), prepared.articles.length);
    }
    const problem = await advance(first);
    if (problem) return fail({ ok: false, file: first.file, problem });
  }
  if (!output.documents) {
    await output.abandon();
    return { ok: false, file: files[0] ?? "", problem: { kind: "no-article" } };
  }
  const header = await output.finish(parserVersion!, now);
  return { ok: true, header, duplicates, seconds: (performance.now() - started) / 1000 };
}
