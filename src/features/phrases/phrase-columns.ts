/** The tables behind the phrase charts (and their CSV): each cell read from its row by position, never by a phrase. */
import type { Expression } from "../../analytics/ngrams";
import type { PhraseHeatmap, PhraseStat } from "../../analytics/phrases";
import type { Column } from "../../components/data-table";
import { provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";
import { dateLabel } from "../../lib/dates";

export function rankingColumns(lang: Lang): Column<PhraseStat>[] {
  return [
    { label: { zh: "提法", en: "Phrase" }, value: (s) => s.phrase },
    { label: { zh: "文章", en: "Articles" }, value: (s) => s.articles, numeric: true },
    { label: { zh: "省份", en: "Provinces" }, value: (s) => s.provinces, numeric: true },
    {
      label: { zh: "最早", en: "First" },
      value: (s) => `${dateLabel(s.first.date, lang)} ${s.first.province ? provinceLabel(s.first.province, lang) : ""}`,
    },
  ];
}

export type HeatmapCell = PhraseHeatmap["cells"][number];

/** A heatmap cell is [province index, phrase index, articles]. */
export function heatmapColumns(heat: PhraseHeatmap | undefined, lang: Lang): Column<HeatmapCell>[] {
  return [
    { label: { zh: "提法", en: "Phrase" }, value: (c) => heat?.phrases[c[1]] ?? "" },
    { label: { zh: "省份", en: "Province" }, value: (c) => provinceLabel(heat?.provinces[c[0]] ?? "", lang) },
    { label: { zh: "文章", en: "Articles" }, value: (c) => c[2], numeric: true },
  ];
}

export const expressionColumns: Column<Expression>[] = [
  { label: { zh: "表述", en: "Expression" }, value: (e) => e.expression },
  { label: { zh: "文章", en: "Articles" }, value: (e) => e.articles, numeric: true },
  { label: { zh: "省份", en: "Provinces" }, value: (e) => e.provinces, numeric: true },
];
