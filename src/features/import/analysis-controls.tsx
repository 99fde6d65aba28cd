import { useEffect, useState } from "react";
import { download } from "../../components/csv";
import { CARD, OUTLINE_BUTTON } from "../../components/styles";
import { pick, type Text } from "../../lib/i18n";
import { serializeViewState } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { describeError } from "../../model/problem";
import { exportAnalysis, exportData } from "../../queries/analysis";
import type { ExportedFile } from "../../services";
import { setDroppedAnalysis, useDroppedAnalysis } from "./dropped-analysis";
import { OpenAnalysisConfirm } from "./open-analysis-confirm";
import { useOpenAnalysisFlow } from "./use-open-analysis-flow";
import type { BackupMessage } from "./use-restore-flow";
import { FileButton } from "../../components/file-button";

const DISABLED = "disabled:cursor-not-allowed disabled:opacity-50";
const OPEN_FAILED = { zh: "打开失败，未作任何更改：", en: "Opening failed; nothing was changed: " };

function save({ fileName, blob }: ExportedFile): void {
  const url = URL.createObjectURL(blob);
  download(fileName, url);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The whole analysis in one `.tifa` file (documents, corrections, notes, the view) and back, and
 * the data itself for other tools (JSON, or a zip of CSV tables). Files are built in the worker.
 */
export function AnalysisControls() {
  const lang = useLang();
  const { state, analysisView } = useViewState();
  const [message, setMessage] = useState<BackupMessage>(null);
  const [exporting, setExporting] = useState(false);
  const open = useOpenAnalysisFlow(setMessage);
  const busy = open.busy || exporting;
  const dropped = useDroppedAnalysis();
  const choose = open.choose;
  useEffect(() => {
    if (!dropped) return;
    setDroppedAnalysis(null);
    void choose(dropped).catch((error: unknown) =>
      setMessage({ ok: false, text: `${pick(lang, OPEN_FAILED)}${describeError(error).message}` }),
    );
  }, [dropped, choose, lang]);

  const failed = (action: Text) => (error: unknown) =>
    setMessage({ ok: false, text: `${pick(lang, action)}${describeError(error).message}` });
  const run = (build: () => Promise<ExportedFile>, done: (file: ExportedFile) => Text) => {
    setMessage(null);
    setExporting(true);
    void build()
      .then((file) => {
        save(file);
        setMessage({ ok: true, text: pick(lang, done(file)) });
      })
      .catch(failed({ zh: "导出失败：", en: "The export failed: " }))
      .finally(() => setExporting(false));
  };
  // The view the reader came from, with its filters; language, theme and embedding stay the opener's.
  const savedView = () =>
    serializeViewState({
      ...state,
      view: analysisView(),
      lang: null,
      theme: null,
      embed: false,
      allowOrigins: [],
      corpus: null,
    });

  return (
    <section className={`p-4 ${CARD}`} aria-labelledby="analysis-title" aria-busy={busy}>
      <h2 id="analysis-title" className="mb-2 text-lg font-semibold">
        {pick(lang, { zh: "分析文件与数据导出", en: "Analysis file and data export" })}
      </h2>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-300">
        {pick(lang, {
          zh: "分析文件（.tifa）包含全部文档、更正、笔记和当前视图，在另一台电脑上打开即得到同样的页面。数据导出为 JSON 或 CSV（已应用更正），供其他工具分析。",
          en:
            "An analysis file (.tifa) holds every document, correction and note and the current view: opened on " +
            "another computer, it shows the same screens. The data export (corrections applied) is for other tools.",
        })}
      </p>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={`${OUTLINE_BUTTON} ${DISABLED}`}
          data-testid="analysis-export"
          disabled={busy}
          onClick={() =>
            run(
              () => exportAnalysis(savedView()),
              (f) => ({ zh: `已导出分析文件 ${f.fileName}。`, en: `Exported the analysis as ${f.fileName}.` }),
            )
          }
        >
          {pick(lang, { zh: "导出分析（.tifa）", en: "Export analysis (.tifa)" })}
        </button>
        <FileButton
          accept=".tifa,application/json"
          testId="analysis-open-input"
          disabled={busy}
          onFile={(file) => void open.choose(file).catch(failed(OPEN_FAILED))}
        >
          {pick(lang, { zh: "打开分析…", en: "Open analysis…" })}
        </FileButton>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm">{pick(lang, { zh: "导出数据：", en: "Export data:" })}</span>
        {(["json", "csv"] as const).map((format) => (
          <button
            key={format}
            type="button"
            className={`${OUTLINE_BUTTON} ${DISABLED}`}
            data-testid={`data-export-${format}`}
            disabled={busy}
            onClick={() =>
              run(
                () => exportData(format),
                (f) => ({ zh: `已导出数据 ${f.fileName}。`, en: `Exported the data as ${f.fileName}.` }),
              )
            }
          >
            {format === "json"
              ? "JSON"
              : pick(lang, { zh: "CSV（zip，每表一个文件）", en: "CSV (zip, one file per table)" })}
          </button>
        ))}
      </div>
      {open.pending && (
        <div className="mt-3">
          <OpenAnalysisConfirm
            question={open.pending.question}
            onConfirm={() => void open.confirm().catch(failed(OPEN_FAILED))}
            onCancel={open.cancel}
          />
        </div>
      )}
      {open.busy && (
        <p role="status" data-testid="analysis-status" className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          {pick(lang, { zh: "正在打开分析…", en: "Opening the analysis…" })}
          {open.progress && (
            <progress
              aria-label={pick(lang, { zh: "打开进度", en: "Opening progress" })}
              className="ml-2 h-2 w-full max-w-md accent-rose-800"
              max={open.progress.total}
              value={open.progress.done}
            />
          )}
        </p>
      )}
      {message && (
        <p
          role={message.ok ? "status" : "alert"}
          data-testid="analysis-message"
          className={`mt-3 text-sm ${message.ok ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300"}`}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
