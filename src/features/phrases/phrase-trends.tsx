import { ChartFrame } from "../../components/chart-frame";
import { monthTable } from "../../components/month-pivot";
import { useViewState } from "../../lib/view-state";
import { rankingHeight, trendPhrases } from "./ranking-top";
import { trendsOption } from "./to-option";
import { usePhraseRanking } from "./use-phrase-ranking";
import { usePhraseTrends } from "./use-phrase-trends";

/** The focused phrase and the leading ones, month by month. */
export function PhraseTrends() {
  const { state } = useViewState();
  const items = usePhraseRanking().data?.items ?? [];
  const phrases = trendPhrases(items, state.focusPhrase);
  const trends = usePhraseTrends(phrases);
  const data = trends.data;
  const series = (data?.series ?? []).map((s) => ({ key: s.phrase, counts: s.counts }));
  const table = monthTable(data?.months ?? [], series, (phrase) => ({ zh: phrase, en: phrase }));
  return (
    <ChartFrame
      id="phrase-trends"
      title={{ zh: "提法走势", en: "Trends" }}
      option={data?.months.length ? trendsOption(data) : null}
      rows={table.rows}
      columns={table.columns}
      isLoading={trends.isPending && phrases.length > 0}
      error={trends.error}
      height={rankingHeight(items)}
    />
  );
}
