import { useMemo } from "react";
import { ChartFrame } from "../../components/chart-frame";
import { useLang } from "../../lib/use-lang";
import { provinceColumns } from "./province-columns";
import { rankingOption } from "./to-option";
import { useMeetingsByProvince } from "./use-meetings-by-province";
import { useProvinceToggle } from "./use-province-toggle";

const NO_ROWS: never[] = [];

/** Provinces ranked by meetings; a click on a bar filters every view. */
export function ProvinceRanking() {
  const lang = useLang();
  const counts = useMeetingsByProvince();
  const toggle = useProvinceToggle();
  const rows = counts.data ?? NO_ROWS;
  const option = useMemo(() => (rows.length ? rankingOption(rows, lang) : null), [rows, lang]);
  return (
    <ChartFrame
      id="provinces-ranking"
      title={{ zh: "会议排名", en: "Ranking" }}
      option={option}
      rows={rows}
      columns={provinceColumns(lang)}
      isLoading={counts.isPending}
      error={counts.error}
      height={Math.max(200, rows.length * 28 + 40)}
      onEvents={{ click: (p) => typeof p.name === "string" && toggle(p.name) }}
      onRowClick={(r) => toggle(r.province)}
    />
  );
}
