import { useState } from "react";
import { pick, type Text } from "../../lib/i18n";
import { problemText } from "../../lib/problem-text";
import { parseViewState } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { inspectAnalysis, useOpenAnalysis } from "../../queries/analysis";
import type { Progress } from "../../services";
import { openAnalysisQuestion } from "./open-analysis-confirm";
import type { BackupMessage } from "./use-restore-flow";

/**
 * Opening a `.tifa` file in two steps: the worker reads and checks it (a file that is not one is
 * refused here, nothing changed), then, unless the database is empty, the reader confirms that it
 * replaces everything. Once opened, the view it saved is shown, in the reader's language and theme.
 */
export function useOpenAnalysisFlow(report: (message: BackupMessage) => void) {
  const lang = useLang();
  const { state, update } = useViewState();
  const open = useOpenAnalysis();
  const [pending, setPending] = useState<{ file: File; question: Text } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);

  const run = async (file: File) => {
    report(null);
    const result = await open.mutateAsync({ file, onProgress: setProgress }).finally(() => setProgress(null));
    if (!result.ok) return report({ ok: false, text: problemText(result.problem, file.name, lang) });
    const { theme, embed, allowOrigins } = state;
    update({ ...parseViewState(result.view), lang: state.lang, theme, embed, allowOrigins });
    report({
      ok: true,
      text: pick(lang, {
        zh: `已打开 ${file.name}：${result.counts.documents} 个文档。`,
        en: `Opened ${file.name}: ${result.counts.documents} documents.`,
      }),
    });
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    report(null);
    const inspection = await inspectAnalysis(file);
    if (!inspection.ok) return report({ ok: false, text: problemText(inspection.problem, file.name, lang) });
    const { current, incoming } = inspection;
    if (current.documents + current.corrections + current.notes === 0) return run(file);
    setPending({ file, question: openAnalysisQuestion(file.name, current, incoming) });
  };

  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    await run(pending.file);
  };

  return { pending, progress, busy: open.isPending, choose, confirm, cancel: () => setPending(null) };
}
