import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { ChartFrame } from "../../components/chart-frame";
import type { Column } from "../../components/data-table";
import { pick, provinceLabel, PROVINCE_EN } from "../../lib/i18n";
import { useLang } from "../../lib/use-lang";
import { useViewState } from "../../lib/view-state";
import type { ProvinceCount } from "../../analytics/provinces";
import { aggregateQuery } from "../../queries/reads";
import { mapOption, rankingOption, timelineOption } from "./to-option";

const toShort = Object.fromEntries(Object.entries(PROVINCE_EN).map(([zh, en]) => [en, zh]));

export default function ProvincesView() {
  const lang = useLang();
  const { state, setFilters } = useViewState();
  const filters = state.filters;
  const [stackBy, setStackBy] = useState<"province" | "meetingType">("province");
  const counts = useQuery(aggregateQuery("meetingsByProvince", filters, {}));
  const timeline = useQuery(aggregateQuery("meetingsByMonth", filters, { stackBy }));
  const rows = counts.data ?? [];

  const toggle = (province: string) => {
    const short = toShort[province] ?? province;
    const current = filters.provinces;
    setFilters({ provinces: current.includes(short) ? current.filter((p) => p !== short) : [...current, short] });
  };
  const onClick = {
    click: (params: Record<string, unknown>) => typeof params.name === "string" && toggle(params.name),
  };
  const columns: Column<ProvinceCount>[] = [
    { label: { zh: "省份", en: "Province" }, value: (r) => provinceLabel(r.province, lang) },
    { label: { zh: "会议", en: "Meetings" }, value: (r) => r.meetings, numeric: true },
    { label: { zh: "报道", en: "Reports" }, value: (r) => r.articles, numeric: true },
  ];
  const timelineRows = (timeline.data?.months ?? []).map((month, i) => ({
    month,
    ...Object.fromEntries((timeline.data?.series ?? []).map((s) => [s.key, s.counts[i] ?? 0])),
  }));
  const note = (
    <p className="mb-1 text-xs text-stone-500 dark:text-stone-400">
      {pick(lang, { zh: "点击省份即可筛选所有视图。", en: "Click a province to filter every view." })}
      {timeline.data?.undated
        ? ` ${pick(lang, { zh: `另有 ${timeline.data.undated} 次会议日期不详。`, en: `${timeline.data.undated} more meetings have no known month.` })}`
        : ""}
    </p>
  );

  return (
    <div className="grid gap-4 lg:grid-cols-5">
      <div className="lg:col-span-3">
        <ChartFrame
          id="provinces-map"
          title={{ zh: "各省会议数量", en: "Meetings by province" }}
          option={rows.length ? mapOption(rows, lang, filters.provinces) : null}
          rows={rows}
          columns={columns}
          isLoading={counts.isPending}
          error={counts.error}
          height={420}
          onEvents={onClick}
          onRowClick={(r) => toggle(r.province)}
          note={note}
        />
      </div>
      <div className="lg:col-span-2">
        <ChartFrame
          id="provinces-ranking"
          title={{ zh: "会议排名", en: "Ranking" }}
          option={rows.length ? rankingOption(rows, lang) : null}
          rows={rows}
          columns={columns}
          isLoading={counts.isPending}
          error={counts.error}
          height={Math.max(200, rows.length * 28 + 40)}
          onEvents={onClick}
          onRowClick={(r) => toggle(r.province)}
        />
      </div>
      <div className="lg:col-span-5">
        <ChartFrame
          id="provinces-timeline"
          title={{ zh: "逐月会议", en: "Meetings by month" }}
          option={timeline.data?.months.length ? timelineOption(timeline.data, lang, stackBy) : null}
          rows={timelineRows}
          columns={[
            { label: { zh: "月份", en: "Month" }, value: (r) => r.month },
            ...(timeline.data?.series ?? []).map((s) => ({
              label: { zh: s.key, en: stackBy === "province" ? (PROVINCE_EN[s.key] ?? s.key) : s.key },
              value: (r: Record<string, string | number>) => r[s.key] ?? 0,
              numeric: true,
            })),
          ]}
          isLoading={timeline.isPending}
          error={timeline.error}
          height={300}
          note={
            <div
              role="radiogroup"
              aria-label={pick(lang, { zh: "堆叠方式", en: "Stack by" })}
              className="mb-2 flex gap-3 text-sm"
            >
              {(["province", "meetingType"] as const).map((key) => (
                <label key={key} className="flex items-center gap-1">
                  <input type="radio" name="stack-by" checked={stackBy === key} onChange={() => setStackBy(key)} />
                  {pick(
                    lang,
                    key === "province"
                      ? { zh: "按省份", en: "By province" }
                      : { zh: "按会议类型", en: "By meeting type" },
                  )}
                </label>
              ))}
            </div>
          }
        />
      </div>
    </div>
  );
}
