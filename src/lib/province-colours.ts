/**
 * One colour per province, the same in every view (timeline, network, and wherever provinces
 * are told apart by colour), whatever the data: a province never changes colour after an import.
 * Assembled from the Tableau 10, ColorBrewer Dark2 and Set1 and Okabe–Ito palettes (medium tones
 * that read on light and dark backgrounds), neighbours in the list drawn from different palettes.
 */
import { PROVINCES, isProvince, type Province } from "../model/province";

const PALETTE = [
  "#4e79a7", "#d95f02", "#59a14f", "#e15759", "#7570b3", "#edc948", "#1b9e77", "#b07aa1",
  "#f28e2b", "#377eb8", "#e7298a", "#76b7b2", "#a6761d", "#9c755f", "#66a61e", "#ff9da7",
  "#d55e00", "#e6ab02", "#984ea3", "#009e73", "#0072b2", "#56b4e9", "#cc79a7", "#e41a1c",
  "#4daf4a", "#ff7f00", "#a65628", "#f781bf", "#6a3d9a", "#b15928", "#1f78b4", "#33a02c",
  "#fb9a99", "#8dd3c7",
] as const; // prettier-ignore

/** People and meetings with no province (national bodies) or an unknown one. */
export const NO_PROVINCE_COLOUR = "#8c8c8c";

const COLOURS = new Map<string, string>(PROVINCES.map((p: Province, i) => [p, PALETTE[i]!]));

export function provinceColour(province: string | null | undefined): string {
  return isProvince(province) ? COLOURS.get(province)! : NO_PROVINCE_COLOUR;
}
