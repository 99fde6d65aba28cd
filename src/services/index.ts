/**
 * The one typed API behind the worker: an import service that writes and an analytics service
 * that reads, over one shared workspace.
 */
import type { TifaDatabase } from "../db/schema";
import { AnalyticsService } from "./analytics-service";
import { ImportService } from "./import-service";
import { Workspace } from "./workspace";

export interface TifaApi {
  imports: ImportService;
  analytics: AnalyticsService;
}

export function createTifaApi(db?: TifaDatabase, options: { parseBudgetMs?: number } = {}): TifaApi {
  const workspace = new Workspace(db);
  return { imports: new ImportService(workspace, options.parseBudgetMs), analytics: new AnalyticsService(workspace) };
}

export type * from "./types";
export type { ImportService, AnalyticsService };
