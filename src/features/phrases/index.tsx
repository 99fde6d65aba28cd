import { PartBoundary } from "../../components/part-boundary";
import { useViewState } from "../../lib/view-state";
import { PhraseDetail } from "./phrase-detail";
import { PhraseHeatmap } from "./phrase-heatmap";
import { PhraseRanking } from "./phrase-ranking";
import { PhraseTrends } from "./phrase-trends";
import { RecurringExpressions } from "./recurring-expressions";

/** Recurring formulations: ranking and trends side by side, phrases × provinces, the focused phrase, expressions. */
export default function PhrasesView() {
  const { state } = useViewState();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <PartBoundary>
        <PhraseRanking />
      </PartBoundary>
      <PartBoundary>
        <PhraseTrends />
      </PartBoundary>
      <div className="lg:col-span-2">
        <PartBoundary>
          <PhraseHeatmap />
        </PartBoundary>
      </div>
      {state.focusPhrase && (
        <div className="lg:col-span-2">
          <PartBoundary>
            <PhraseDetail phrase={state.focusPhrase} />
          </PartBoundary>
        </div>
      )}
      <div className="lg:col-span-2">
        <PartBoundary>
          <RecurringExpressions />
        </PartBoundary>
      </div>
    </div>
  );
}
