/**
 * The services over a database of the test's, with failures worded in English as the page
 * words them, so tests compare exact sentences.
 */
import type { TifaDatabase } from "../../src/db/schema";
import { problemText } from "../../src/lib/problem-text";
import { createTifaApi, type FileResult, type IncomingFile } from "../../src/services";

export type WordedResult =
  Exclude<FileResult, { status: "failed" }> | { file: string; status: "failed"; message: string };

export function inEnglish(results: readonly FileResult[]): WordedResult[] {
  return results.map((r) =>
    r.status === "failed" ? { file: r.file, status: "failed", message: problemText(r.problem, r.file, "en") } : r,
  );
}

export function openServices(db: TifaDatabase, options: { parseBudgetMs?: number } = {}) {
  const { imports, analytics, corrections } = createTifaApi(db, options);
  return {
    imports,
    analytics,
    importSeeds: async () => inEnglish(await imports.importSeeds()),
    importFiles: async (files: readonly IncomingFile[]) => inEnglish(await imports.importFiles(files)),
    backup: () => imports.backup(),
    restore: async (text: string, fileName: string) => {
      const result = await imports.restore(text);
      return result.ok ? result : { ok: false as const, message: problemText(result.problem, fileName, "en") };
    },
    clear: () => imports.clear(),
    corrections,
    counts: () => analytics.counts(),
    aggregate: analytics.aggregate.bind(analytics),
  };
}
