import type { Comparison } from "../../analytics/compare";
import { ChartFrame } from "../../components/chart-frame";
import type { Column } from "../../components/data-table";
import { PartBoundary } from "../../components/part-boundary";
import { CARD } from "../../components/styles";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { CompareLists } from "./compare-lists";
import { ProvincePickers } from "./province-pickers";
import { compareOption } from "./to-option";
import { useComparison } from "./use-comparison";

interface MonthRow {
  month: string;
  a: number;
  b: number;
}

function monthRows(c: Comparison | undefined): MonthRow[] {
  return c ? c.months.map((month, i) => ({ month, a: c.counts[0][i]!, b: c.counts[1][i]! })) : [];
}

function columns(a: string, b: string): Column<MonthRow>[] {
  return [
    { label: { zh: "月份", en: "Month" }, value: (r) => r.month },
    { label: { zh: a, en: provinceLabel(a, "en") }, value: (r) => r.a, numeric: true },
    { label: { zh: b, en: provinceLabel(b, "en") }, value: (r) => r.b, numeric: true },
  ];
}

/** Two provinces side by side (`?view=compare&a=江苏&b=山东`): meetings by month, people in both, phrases. */
export default function CompareView() {
  const lang = useLang();
  const { state } = useViewState();
  const a = state.compareA ?? "";
  const b = state.compareB ?? "";
  const comparison = useComparison(a, b);
  const c = comparison.data;
  const undated = c ? c.undated[0] + c.undated[1] : 0;
  return (
    <div className="space-y-4" data-testid="compare-view">
      <div className={`flex flex-wrap items-center gap-3 p-3 ${CARD}`}>
        <h1 className="text-base font-semibold">{pick(lang, { zh: "两省对比", en: "Compare two provinces" })}</h1>
        <ProvincePickers a={a} b={b} />
      </div>
      {a && b ? (
        <>
          <PartBoundary>
            <ChartFrame
              id="compare-months"
              title={{ zh: "每月会议", en: "Meetings by month" }}
              option={c ? compareOption(c, a, b, lang) : null}
              rows={monthRows(c)}
              columns={columns(a, b)}
              isLoading={comparison.isPending}
              error={comparison.error}
              note={
                undated > 0 && (
                  <p className="mb-1 text-xs text-stone-500 dark:text-stone-400" data-testid="compare-undated">
                    {pick(lang, {
                      zh: `未计入日期不详的会议：${provinceLabel(a, lang)} ${c!.undated[0]}，${provinceLabel(b, lang)} ${c!.undated[1]}`,
                      en: `Not shown, month unknown: ${provinceLabel(a, lang)} ${c!.undated[0]}, ${provinceLabel(b, lang)} ${c!.undated[1]}`,
                    })}
                  </p>
                )
              }
            />
          </PartBoundary>
          {c && (
            <PartBoundary>
              <CompareLists c={c} a={a} b={b} />
            </PartBoundary>
          )}
        </>
      ) : (
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {pick(lang, { zh: "请选择两个省份。", en: "Choose two provinces." })}
        </p>
      )}
    </div>
  );
}
