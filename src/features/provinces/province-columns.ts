import type { ProvinceCount } from "../../analytics/provinces";
import type { Column } from "../../components/data-table";
import { provinceLabel } from "../../lib/i18n";
import type { Lang } from "../../lib/url-state";

/** The table behind the map and the ranking. */
export function provinceColumns(lang: Lang): Column<ProvinceCount>[] {
  return [
    { label: { zh: "省份", en: "Province" }, value: (r) => provinceLabel(r.province, lang) },
    { label: { zh: "会议", en: "Meetings" }, value: (r) => r.meetings, numeric: true },
    { label: { zh: "报道", en: "Reports" }, value: (r) => r.articles, numeric: true },
  ];
}
