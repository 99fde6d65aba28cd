import { useMemo } from "react";
import { ChartFrame } from "../../components/chart-frame";
import { monthTable } from "../../components/month-pivot";
import { NOTE } from "../../components/styles";
import { pick, provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { StackByPicker } from "./stack-by-picker";
import { useViewState } from "../../lib/view-state";
import { brushedWindow, timelineOption, windowBounds, type StackBy } from "./to-option";
import { useMeetingsByMonth } from "./use-meetings-by-month";

const MONTH = /^\d{4}-\d{2}$/;

/** Meetings month by month, stacked by province or by meeting type; a click on a month opens its meetings. */
export function ProvinceTimeline({
  stackBy,
  onStackBy,
  onMonth,
}: {
  stackBy: StackBy;
  onStackBy: (stackBy: StackBy) => void;
  onMonth: (month: string) => void;
}) {
  const lang = useLang();
  const { state, setFilters } = useViewState();
  const timeline = useMeetingsByMonth(stackBy);
  const data = timeline.data;
  const { from, to } = state.filters;
  const option = useMemo(
    () => (data?.months.length ? timelineOption(data, lang, stackBy, { from, to }) : null),
    [data, lang, stackBy, from, to],
  );
  const table = monthTable(data?.months ?? [], data?.series ?? [], (key) => ({
    zh: key,
    en: stackBy === "province" ? provinceLabel(key, "en") : key,
  }));
  return (
    <ChartFrame
      id="provinces-timeline"
      title={{ zh: "逐月会议", en: "Meetings by month" }}
      option={option}
      rows={table.rows}
      columns={table.columns}
      isLoading={timeline.isPending}
      error={timeline.error}
      height={300}
      note={
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          <StackByPicker value={stackBy} onChange={onStackBy} />
          <p className={NOTE}>
            {pick(lang, {
              zh: "拖动下方的滑块选择月份，所有视图随之筛选。点击某月查看其会议及原文依据。",
              en: "Drag the handles below the bars to choose the months every view shows. Click a month for its meetings and their sources.",
            })}
          </p>
        </div>
      }
      onRowClick={(r) => onMonth(r.month)}
      onEvents={{
        click: (p) => {
          if (typeof p.name === "string" && MONTH.test(p.name)) onMonth(p.name);
        },
        // Fired when the brush is released: its window, as month indexes, sets the bounds.
        datazoom: (params) => {
          const window = data && brushedWindow(params, data.months.length);
          if (window) setFilters(windowBounds(data.months, window.start, window.end));
        },
      }}
    />
  );
}
