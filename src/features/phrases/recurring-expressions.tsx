import { useMemo } from "react";
import type { Expression } from "../../analytics/ngrams";
import { ChartFrame } from "../../components/chart-frame";
import { NOTE } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { expressionColumns } from "./phrase-columns";
import { expressionsOption } from "./to-option";
import { useExpressions } from "./use-expressions";

const TITLE = {
  zh: "反复出现的未加引号表述（统计得出）",
  en: "Recurring unquoted expressions (statistical)",
};

const NO_ROWS: Expression[] = [];

/** Expressions that recur without quotation marks, found statistically and marked as such. */
export function RecurringExpressions() {
  const lang = useLang();
  const { update } = useViewState();
  const query = useExpressions();
  const rows = query.data ?? NO_ROWS;
  const option = useMemo(() => (rows.length ? expressionsOption(rows, lang) : null), [rows, lang]);
  return (
    <ChartFrame<Expression>
      id="expressions"
      title={TITLE}
      option={option}
      rows={rows}
      columns={expressionColumns}
      isLoading={query.isPending}
      error={query.error}
      height={Math.max(220, Math.min(20, rows.length) * 30 + 60)}
      onRowClick={(e) => update({ view: "articles", q: e.expression })}
      note={
        <p className={NOTE}>
          {pick(lang, {
            zh: "非引号提法：在多篇文章中重复出现的字串，已去除职务和常见套话；按独特程度排序（省份多、但并非篇篇都有者在前）。",
            en: "Not quoted formulations: character strings shared by several articles, job titles and boilerplate removed; the most distinctive first (in many provinces, yet not in every report).",
          })}
        </p>
      }
    />
  );
}
