import { useEffect, useMemo } from "react";
import { ChartFrame } from "../../components/chart-frame";
import { firstDrawDone } from "../../lib/first-draw";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import { MapNote } from "./map-note";
import { provinceColumns } from "./province-columns";
import { mapOption, type StackBy } from "./to-option";
import { useMeetingsByProvince } from "./use-meetings-by-province";
import { useProvinceToggle } from "./use-province-toggle";

const NO_ROWS: never[] = [];

/** The China map, coloured by meetings; a click on a province filters every view. */
export function ProvinceMap({ stackBy }: { stackBy: StackBy }) {
  const lang = useLang();
  const { state } = useViewState();
  const counts = useMeetingsByProvince();
  const toggle = useProvinceToggle();
  const rows = counts.data ?? NO_ROWS;
  const selected = state.filters.provinces;
  const option = useMemo(() => (rows.length ? mapOption(rows, lang, selected) : null), [rows, lang, selected]);
  // Leaving the map before it has drawn lets what waited for it load at once.
  useEffect(() => firstDrawDone, []);
  return (
    <ChartFrame
      id="provinces-map"
      title={{ zh: "各省会议数量", en: "Meetings by province" }}
      option={option}
      rows={rows}
      columns={provinceColumns(lang)}
      isLoading={counts.isPending}
      error={counts.error}
      height={420}
      onEvents={{ click: (p) => typeof p.name === "string" && toggle(p.name) }}
      onRowClick={(r) => toggle(r.province)}
      note={<MapNote stackBy={stackBy} />}
    />
  );
}
