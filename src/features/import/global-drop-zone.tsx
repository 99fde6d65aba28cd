import { useState, type DragEvent, type ReactNode } from "react";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { isCorpusFile } from "./corpus-store";
import { isAnalysisFile, setDroppedAnalysis } from "./dropped-analysis";
import { useOpenCorpusFlow } from "./use-open-corpus";
import { useImportUserFiles } from "./use-import-user-files";

const OVERLAY =
  "pointer-events-none fixed inset-0 z-50 flex items-center justify-center border-4 border-dashed " +
  "border-rose-700 bg-rose-50/80 text-xl font-semibold text-rose-900 dark:bg-stone-950/80 dark:text-rose-200";

const hasFiles = (event: DragEvent) => [...event.dataTransfer.types].includes("Files");

/**
 * Files dropped anywhere on the page are imported; the results show on the data page. A dropped
 * analysis file (.tifa) is opened there instead, as "Open analysis…" opens it, and a prebuilt
 * corpus (.tifa-corpus) as "Open corpus…" opens it.
 */
export function GlobalDropZone({ children }: { children: ReactNode }) {
  const lang = useLang();
  const importUserFiles = useImportUserFiles();
  const openCorpus = useOpenCorpusFlow();
  const { update } = useViewState();
  const [dragging, setDragging] = useState(0);

  return (
    <div
      className="relative min-h-screen"
      onDragEnter={(e) => hasFiles(e) && setDragging((n) => n + 1)}
      onDragLeave={(e) => hasFiles(e) && setDragging((n) => Math.max(0, n - 1))}
      onDragOver={(e) => hasFiles(e) && e.preventDefault()}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(0);
        const all = [...e.dataTransfer.files];
        if (!all.length) return;
        update({ view: "data" });
        const analysis = all.find(isAnalysisFile);
        if (analysis) setDroppedAnalysis(analysis);
        const corpus = all.find(isCorpusFile);
        if (corpus) void openCorpus({ file: corpus, name: corpus.name });
        const files = all.filter((f) => !isAnalysisFile(f) && !isCorpusFile(f));
        // In a task of its own: the drop's render and the files' hand-over to the worker are each short.
        if (files.length) setTimeout(() => void importUserFiles(files));
      }}
    >
      {children}
      {dragging > 0 && (
        <div className={OVERLAY}>
          {pick(lang, {
            zh: "松开以导入文章（.txt、.md、.html、.json），或打开分析（.tifa）或语料库（.tifa-corpus）",
            en: "Drop to import articles (.txt, .md, .html, .json) or open an analysis (.tifa) or a corpus (.tifa-corpus)",
          })}
        </div>
      )}
    </div>
  );
}
