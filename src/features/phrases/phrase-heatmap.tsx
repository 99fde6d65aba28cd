import { useMemo } from "react";
import { ChartFrame } from "../../components/chart-frame";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { heatmapColumns } from "./phrase-columns";
import { heatmapOption } from "./to-option";
import { usePhraseHeatmap } from "./use-phrase-heatmap";

/** Which province uses which of the leading phrases; a click on a cell shows the phrase in detail. */
export function PhraseHeatmap() {
  const lang = useLang();
  const { update } = useViewState();
  const heat = usePhraseHeatmap();
  const data = heat.data;
  const option = useMemo(() => (data?.cells.length ? heatmapOption(data, lang) : null), [data, lang]);
  // A cell's value is [province index, phrase index, articles].
  const focusCell = (value: unknown) =>
    Array.isArray(value) && update({ focusPhrase: data?.phrases[Number(value[1])] ?? "" });
  return (
    <ChartFrame
      id="phrase-heatmap"
      title={{ zh: "提法 × 省份", en: "Phrases × provinces" }}
      option={option}
      rows={data?.cells ?? []}
      columns={heatmapColumns(data, lang)}
      isLoading={heat.isPending}
      error={heat.error}
      height={Math.max(260, (data?.phrases.length ?? 0) * 32 + 110)}
      onEvents={{ click: (p) => focusCell(p.value) }}
    />
  );
}
