/**
 * The one typed API behind the worker: an import service that writes and an analytics service
 * that reads, over one shared workspace.
 */
import type { TifaDatabase } from "../db/schema";
import { AnalysisFileService } from "./analysis-file-service";
import { AnalyticsService } from "./analytics-service";
import { CorrectionService } from "./correction-service";
import { CorpusService } from "./corpus-service";
import type { ParseDocument } from "../db/prepare";
import { ImportService, type DecodeFile } from "./import-service";
import { NotesService } from "./notes-service";
import { Workspace } from "./workspace";

export interface TifaApi {
  imports: ImportService;
  analytics: AnalyticsService;
  notes: NotesService;
  analysis: AnalysisFileService;
  corrections: CorrectionService;
  corpus: CorpusService;
}

export function createTifaApi(
  db?: TifaDatabase,
  options: { parseBudgetMs?: number; parse?: ParseDocument; decode?: DecodeFile } = {},
): TifaApi {
  const workspace = new Workspace(db, options.parse);
  const imports = new ImportService(workspace, options.parseBudgetMs, options.decode);
  return {
    imports,
    analytics: new AnalyticsService(workspace),
    notes: new NotesService(workspace),
    analysis: new AnalysisFileService(workspace),
    corrections: new CorrectionService(workspace),
    corpus: new CorpusService(workspace, imports),
  };
}

export type * from "./types";
export type { ParseDocument };
export type { NoteSubject } from "./notes-service";
export type { AnalysisCounts, AnalysisInspection, AnalysisOpened, ExportedFile } from "./analysis-file-service";
export type { CorpusOpened, CorpusSource } from "./corpus-service";
export type { ImportService, AnalyticsService, CorrectionService, CorpusService };
