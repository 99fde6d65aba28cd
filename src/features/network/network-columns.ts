import type { NetworkNode } from "../../analytics/network";
import type { Column } from "../../components/data-table";
import { personLabel, provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";

/** The table behind the graph: one row per person. */
export function networkColumns(lang: Lang): Column<NetworkNode>[] {
  return [
    { label: { zh: "人物", en: "Person" }, value: (n) => personLabel(n.name, lang) },
    { label: { zh: "省份", en: "Province" }, value: (n) => (n.province ? provinceLabel(n.province, lang) : "—") },
    { label: { zh: "会议", en: "Meetings" }, value: (n) => n.meetings, numeric: true },
    { label: { zh: "被提及", en: "Mentioned" }, value: (n) => n.mentions, numeric: true },
  ];
}
