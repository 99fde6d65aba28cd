import { PartBoundary } from "../../components/part-boundary";
import { Loading } from "../../components/states";
import { PhraseContext } from "./phrase-context";
import { PhraseSpread } from "./phrase-spread";
import { usePhraseDetail } from "./use-phrase-detail";

/** One phrase: its first use, how it spread across provinces, and the sentences it stands in. */
export function PhraseDetail({ phrase }: { phrase: string }) {
  const detail = usePhraseDetail(phrase);
  if (detail.isPending) return <Loading />;
  const data = detail.data;
  if (!data?.stat) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="phrase-detail">
      <PartBoundary>
        <PhraseSpread phrase={phrase} detail={data} error={detail.error} />
      </PartBoundary>
      <PartBoundary>
        <PhraseContext phrase={phrase} sentences={data.sentences} />
      </PartBoundary>
    </div>
  );
}
