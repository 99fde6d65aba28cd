/**
 * What the province map shows of the bundled articles with no filter, computed by the real
 * services over an in-memory database. Run at build time (scripts/seed-summary-plugin.ts) so a
 * first visit draws its map before the worker has parsed the same articles.
 */
import type { AggregateResult } from "../analytics";
import { memoryDatabase } from "../db/memory";
import { NO_FILTERS } from "../model/filters";
import { PARSER_VERSION } from "../ingest";
import { createTifaApi } from ".";

export interface SeedSummary {
  parserVersion: string;
  meetingsByProvince: AggregateResult<"meetingsByProvince">;
}

export async function summarizeSeeds(): Promise<SeedSummary> {
  const { imports, analytics } = createTifaApi(await memoryDatabase());
  await imports.importSeeds();
  return {
    parserVersion: PARSER_VERSION,
    meetingsByProvince: await analytics.aggregate("meetingsByProvince", NO_FILTERS, {}),
  };
}
