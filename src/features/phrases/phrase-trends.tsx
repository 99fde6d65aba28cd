import { useMemo, useState } from "react";
import { ChartFrame } from "../../components/chart-frame";
import { monthTable } from "../../components/month-pivot";
import { SMALL_BUTTON } from "../../components/styles";
import { pick } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { rankingHeight, trendPhrases } from "./ranking-top";
import { trendsOption, type TrendScale } from "./to-option";
import { UndatedNote } from "./undated-note";
import { usePhraseRanking } from "./use-phrase-ranking";
import { usePhraseTrends } from "./use-phrase-trends";

const SCALES: { scale: TrendScale; label: { zh: string; en: string } }[] = [
  { scale: "count", label: { zh: "篇数", en: "Reports" } },
  { scale: "share", label: { zh: "每千篇", en: "Per 1,000 articles" } },
];

/** The focused phrase and the leading ones, month by month, as counts or per 1,000 articles of the month. */
export function PhraseTrends() {
  const lang = useLang();
  const { state } = useViewState();
  const [scale, setScale] = useState<TrendScale>("count");
  const items = usePhraseRanking().data?.items ?? [];
  const phrases = trendPhrases(items, state.focusPhrase);
  const trends = usePhraseTrends(phrases);
  const data = trends.data;
  const focus = state.focusPhrase;
  const option = useMemo(
    () => (data?.months.length ? trendsOption(data, { scale, focus }) : null),
    [data, scale, focus],
  );
  const series = (data?.series ?? []).map((s) => ({ key: s.phrase, counts: s.counts }));
  const totals = { key: "\u0000totals", counts: data?.totals ?? [] };
  const table = monthTable(data?.months ?? [], [...series, totals], (phrase) =>
    phrase === totals.key ? { zh: "当月文章", en: "Articles that month" } : { zh: phrase, en: phrase },
  );
  return (
    <ChartFrame
      id="phrase-trends"
      title={{ zh: "提法走势", en: "Trends" }}
      option={option}
      rows={table.rows}
      columns={table.columns}
      isLoading={trends.isPending && phrases.length > 0}
      error={trends.error}
      height={rankingHeight(items)}
      note={
        <>
          <div className="mb-2 flex gap-1" role="group" aria-label={pick(lang, { zh: "刻度", en: "Scale" })}>
            {SCALES.map((s) => (
              <button
                key={s.scale}
                type="button"
                className={`${SMALL_BUTTON} ${scale === s.scale ? "bg-stone-200 dark:bg-stone-700" : ""}`}
                aria-pressed={scale === s.scale}
                onClick={() => setScale(s.scale)}
                data-testid={`trend-scale-${s.scale}`}
              >
                {pick(lang, s.label)}
              </button>
            ))}
          </div>
          <UndatedNote id="phrase-trends" count={data?.undated ?? 0} phrases={phrases} />
        </>
      }
    />
  );
}
