import { useMemo } from "react";
import type { PhraseDetail } from "../../analytics/phrases";
import { ChartFrame } from "../../components/chart-frame";
import { FILTER_BUTTON } from "../../components/styles";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { canDrawSpread, spreadOption } from "./to-option";
import { dateLabel } from "../../lib/dates";
import { UndatedNote } from "./undated-note";

/** How a phrase spread: its first use in each province, with the button that filters by it. */
export function PhraseSpread({ phrase, detail, error }: { phrase: string; detail: PhraseDetail; error: unknown }) {
  const lang = useLang();
  const { state, update, setFilters } = useViewState();
  const first = detail.stat?.first;
  const spread = detail.spread;
  const option = useMemo(() => (canDrawSpread(spread) ? spreadOption(spread, lang) : null), [spread, lang]);
  return (
    <ChartFrame
      id="phrase-spread"
      title={{ zh: `“${phrase}”的传播`, en: `How “${phrase}” spread` }}
      option={option}
      rows={detail.spread}
      columns={[
        { label: { zh: "省份", en: "Province" }, value: (s) => provinceLabel(s.province, lang) },
        { label: { zh: "首次使用", en: "First used" }, value: (s) => dateLabel(s.date, lang) },
      ]}
      isLoading={false}
      error={error}
      height={Math.max(160, detail.spread.length * 36 + 40)}
      onRowClick={(s) => update({ view: "articles", article: s.articleId })}
      note={
        <>
          <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
            <span>
              {pick(lang, { zh: "最早：", en: "First: " })}
              {dateLabel(first?.date ?? null, lang)} · {first?.province ? provinceLabel(first.province, lang) : "?"}
            </span>
            <button
              type="button"
              className={`px-2 py-0.5 ${FILTER_BUTTON}`}
              onClick={() => setFilters({ phrases: [...new Set([...state.filters.phrases, phrase])] })}
            >
              {pick(lang, { zh: "按此提法筛选", en: "Filter by this phrase" })}
            </button>
          </div>
          <UndatedNote id="phrase-spread" count={detail.undated} phrases={[phrase]} />
        </>
      }
    />
  );
}
