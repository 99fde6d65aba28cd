import type { PhraseHeatmap as Heatmap } from "../../analytics/phrases";
import { ChartFrame } from "../../components/chart-frame";
import type { Column } from "../../components/data-table";
import { provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { heatmapOption } from "./to-option";
import { usePhraseHeatmap } from "./use-phrase-heatmap";

type Cell = Heatmap["cells"][number];

const columns = (heat: Heatmap | undefined, lang: Lang): Column<Cell>[] => [
  { label: { zh: "提法", en: "Phrase" }, value: (c) => heat?.phrases[c[1]] ?? "" },
  { label: { zh: "省份", en: "Province" }, value: (c) => provinceLabel(heat?.provinces[c[0]] ?? "", lang) },
  { label: { zh: "文章", en: "Articles" }, value: (c) => c[2], numeric: true },
];

/** Which province uses which of the leading phrases; a click on a cell shows the phrase in detail. */
export function PhraseHeatmap() {
  const lang = useLang();
  const { update } = useViewState();
  const heat = usePhraseHeatmap();
  const data = heat.data;
  // A cell's value is [province index, phrase index, articles].
  const focusCell = (value: unknown) =>
    Array.isArray(value) && update({ focusPhrase: data?.phrases[Number(value[1])] ?? "" });
  return (
    <ChartFrame
      id="phrase-heatmap"
      title={{ zh: "提法 × 省份", en: "Phrases × provinces" }}
      option={data?.cells.length ? heatmapOption(data, lang) : null}
      rows={data?.cells ?? []}
      columns={columns(data, lang)}
      isLoading={heat.isPending}
      error={heat.error}
      height={Math.max(260, (data?.phrases.length ?? 0) * 26 + 110)}
      onEvents={{ click: (p) => focusCell(p.value) }}
    />
  );
}
