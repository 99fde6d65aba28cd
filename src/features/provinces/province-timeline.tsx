import { ChartFrame } from "../../components/chart-frame";
import { monthTable } from "../../components/month-pivot";
import { provinceLabel } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { StackByPicker } from "./stack-by-picker";
import { timelineOption, type StackBy } from "./to-option";
import { useMeetingsByMonth } from "./use-meetings-by-month";

/** Meetings month by month, stacked by province or by meeting type. */
export function ProvinceTimeline({ stackBy, onStackBy }: { stackBy: StackBy; onStackBy: (stackBy: StackBy) => void }) {
  const lang = useLang();
  const timeline = useMeetingsByMonth(stackBy);
  const data = timeline.data;
  const table = monthTable(data?.months ?? [], data?.series ?? [], (key) => ({
    zh: key,
    en: stackBy === "province" ? provinceLabel(key, "en") : key,
  }));
  return (
    <ChartFrame
      id="provinces-timeline"
      title={{ zh: "逐月会议", en: "Meetings by month" }}
      option={data?.months.length ? timelineOption(data, lang, stackBy) : null}
      rows={table.rows}
      columns={table.columns}
      isLoading={timeline.isPending}
      error={timeline.error}
      height={300}
      note={<StackByPicker value={stackBy} onChange={onStackBy} />}
    />
  );
}
