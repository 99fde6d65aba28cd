/**
 * A whole analysis in one `.tifa` file, out and back in, and the data itself for other tools.
 * Every file is built here, in the worker, and handed to the page as a Blob, so a large export
 * never freezes the page; a file to open is read here too.
 */
import { DatasetStore } from "../analytics/dataset-store";
import {
  buildAnalysisFile,
  checkAnalysisFile,
  isSavedView,
  MAX_ANALYSIS_BYTES,
  type AnalysisFile,
} from "../db/analysis-file";
import { replaceAll } from "../db/store";
import type { TifaDatabase } from "../db/schema";
import type { PersonId } from "../model/person-id";
import type { Problem } from "../model/problem";
import { correctionItems } from "./correction-status";
import { correctedMarks, dataJson, dataZip, type CorrectedMarks } from "./data-export";
import { throttleProgress } from "./progress";
import { storageProblem } from "./storage-problem";
import type { OnProgress } from "./types";
import type { Workspace } from "./workspace";

/** What an analysis holds, counted. */
export interface AnalysisCounts {
  documents: number;
  corrections: number;
  notes: number;
}

/** A file read and checked, before the reader confirms: what it holds, what the database holds now. */
export type AnalysisInspection =
  { ok: true; incoming: AnalysisCounts; current: AnalysisCounts; view: string } | { ok: false; problem: Problem };

export type AnalysisOpened = { ok: true; counts: AnalysisCounts; view: string } | { ok: false; problem: Problem };

export interface ExportedFile {
  fileName: string;
  blob: Blob;
}

const countsOf = (file: AnalysisFile): AnalysisCounts => ({
  documents: file.documents.length,
  corrections: file.corrections.length,
  notes: file.notes.length,
});

async function readChecked(source: Blob) {
  if (source.size > MAX_ANALYSIS_BYTES)
    return {
      ok: false as const,
      problem: { kind: "analysis-oversized", bytes: source.size, limit: MAX_ANALYSIS_BYTES } as Problem,
    };
  let text: string;
  try {
    text = await source.text();
  } catch {
    return { ok: false as const, problem: { kind: "unreadable" } as Problem };
  }
  return checkAnalysisFile(text);
}

const day = (now: Date) => now.toISOString().slice(0, 10);

export class AnalysisFileService {
  constructor(private readonly workspace: Workspace) {}

  private async currentCounts(db: TifaDatabase): Promise<AnalysisCounts> {
    const [documents, corrections, notes] = await Promise.all([
      db.documents.count(),
      db.corrections.count(),
      db.notes.count(),
    ]);
    return { documents, corrections, notes };
  }

  /** The `.tifa` file of everything stored, with `view` (the URL's query string) as the view to open. */
  async exportAnalysis(view: string, now = new Date()): Promise<ExportedFile> {
    const db = await this.workspace.db();
    const [documents, corrections, notes, seeds] = await db.transaction(
      "r",
      [db.documents, db.corrections, db.notes, db.meta],
      () =>
        Promise.all([
          db.documents.orderBy("importedAt").toArray(),
          db.corrections.orderBy("createdAt").toArray(),
          db.notes.orderBy("updatedAt").toArray(),
          db.meta.get("seeds"),
        ]),
    );
    const file = buildAnalysisFile(
      {
        documents,
        corrections,
        notes,
        seedsDeclined: seeds?.value === "declined",
        view: isSavedView(view) ? view : "",
      },
      now,
    );
    const blob = new Blob([JSON.stringify(file)], { type: "application/json" });
    return { fileName: `tifa-analysis-${day(now)}.tifa`, blob };
  }

  /** Reads and checks a file without writing anything: what it would replace, and with what. */
  async inspectAnalysis(source: Blob): Promise<AnalysisInspection> {
    const db = await this.workspace.db();
    const checked = await readChecked(source);
    if (!checked.ok) return checked;
    return {
      ok: true,
      incoming: countsOf(checked.file),
      current: await this.currentCounts(db),
      view: checked.file.view,
    };
  }

  /**
   * Replaces the documents, corrections and notes with the file's, in one transaction, and
   * derives everything again under its corrections; or refuses and changes nothing.
   */
  async openAnalysis(source: Blob, onProgress: OnProgress = () => {}): Promise<AnalysisOpened> {
    const db = await this.workspace.db();
    const checked = await readChecked(source);
    if (!checked.ok) return checked;
    const { file } = checked;
    const report = throttleProgress(onProgress);
    const onParsed = (done: number, total: number) => report({ done, total, file: "", articles: 0 });
    const written = new DatasetStore();
    try {
      await db.transaction("rw", [db.documents, ...db.derivedTables, db.meta, db.corrections, db.notes], async () => {
        // The corrections first: derivation reads them to apply them to the documents' rows.
        await Promise.all([db.notes.clear(), db.corrections.clear()]);
        await Promise.all([db.notes.bulkPut(file.notes), db.corrections.bulkPut(file.corrections)]);
        await replaceAll(db, file.documents, written, {
          seedsDeclined: file.seedsDeclined,
          onParsed,
          parse: this.workspace.parse,
        });
      });
    } catch (error) {
      await this.workspace.reload();
      return { ok: false, problem: storageProblem(error) };
    }
    await this.workspace.adopt(written);
    return { ok: true, counts: countsOf(file), view: file.view };
  }

  /** What the analyst corrected, by article and person: the corrections that found their target. */
  private async marks(db: TifaDatabase): Promise<CorrectedMarks> {
    const dataset = this.workspace.dataset;
    const items = await correctionItems(db, dataset);
    const applied = items.filter((i) => !i.orphaned).map((i) => ({ articleId: i.articleId, change: i.record.change }));
    return correctedMarks(applied, (id) => dataset.mergedId(id as PersonId));
  }

  /** The data as the views see it (corrections applied and marked): one JSON file, or a zip of one CSV per table. */
  async exportData(format: "json" | "csv", now = new Date()): Promise<ExportedFile> {
    const db = await this.workspace.db();
    const marks = await this.marks(db);
    const dataset = this.workspace.dataset.current();
    if (format === "json")
      return {
        fileName: `tifa-data-${day(now)}.json`,
        blob: new Blob([dataJson(dataset, marks, now)], { type: "application/json" }),
      };
    const zip = await dataZip(dataset, marks, now);
    return {
      fileName: `tifa-data-${day(now)}.zip`,
      blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }),
    };
  }
}
