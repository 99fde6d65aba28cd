import type { Text } from "../../lib/i18n";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import type { AnalysisCounts } from "../../services";
import { ConfirmDialog } from "./confirm-dialog";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const inEnglish = (c: AnalysisCounts) =>
  `${plural(c.documents, "document", "documents")}, ${plural(c.corrections, "correction", "corrections")} ` +
  `and ${plural(c.notes, "note", "notes")}`;
const inChinese = (c: AnalysisCounts) => `${c.documents} 个文档、${c.corrections} 条更正和 ${c.notes} 条笔记`;

/** The question before an analysis file replaces the database: what it holds now, and what replaces it. */
export function openAnalysisQuestion(fileName: string, current: AnalysisCounts, incoming: AnalysisCounts): Text {
  return {
    zh:
      `数据库现有 ${inChinese(current)}。打开“${fileName}”将用其中的 ${inChinese(incoming)}替换它们，` +
      `并打开文件保存的视图。此操作无法撤销；可先导出当前分析。`,
    en:
      `The database holds ${inEnglish(current)} now. Opening “${fileName}” replaces them all with its ` +
      `${inEnglish(incoming)}, and opens the view it saved. This cannot be undone; export this analysis first if unsure.`,
  };
}

export function OpenAnalysisConfirm({
  question,
  onConfirm,
  onCancel,
}: {
  question: Text;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const lang = useLang();
  return (
    <ConfirmDialog
      message={pick(lang, question)}
      confirmLabel={pick(lang, { zh: "用此分析替换", en: "Replace with this analysis" })}
      confirmTestId="analysis-open-confirm"
      cancelTestId="analysis-open-cancel"
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
