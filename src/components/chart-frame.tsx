/**
 * The frame every chart sits in: a title, loading/empty/error states, a data table with the
 * same numbers, and export as PNG and CSV.
 */
import { useId, useRef, useState, type ReactNode } from "react";
import type { EChartsType } from "echarts/core";
import { pick, type Text } from "../lib/i18n";
import { useLang } from "../lib/use-lang";
import { useDark } from "../lib/use-dark";
import { Chart, type ChartEvents, type ChartOption } from "./chart";
import { download, downloadText, toCsv } from "./csv";
import { ErrorBoundary } from "./error-boundary";
import { Empty, ErrorNotice, Loading } from "./states";
import { DataTable, type Column } from "./data-table";

export interface ChartFrameProps<Row> {
  id: string;
  title: Text;
  option: ChartOption | null;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  isLoading: boolean;
  error: unknown;
  height?: number | string;
  onEvents?: ChartEvents;
  onRowClick?: (row: Row) => void;
  emptyAction?: ReactNode;
  note?: ReactNode;
}

const button =
  "rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

export function ChartFrame<Row>(props: ChartFrameProps<Row>) {
  const lang = useLang();
  const dark = useDark();
  const [showTable, setShowTable] = useState(false);
  const chart = useRef<EChartsType | null>(null);
  const headingId = useId();
  const height = props.height ?? 360;
  const hasData = props.rows.length > 0 && props.option !== null;

  const exportPng = () => {
    const url = chart.current?.getDataURL({
      type: "png",
      pixelRatio: 2,
      backgroundColor: dark ? "#1c1917" : "#ffffff",
    });
    if (url) download(`tifa-${props.id}.png`, url);
  };
  const exportCsv = () =>
    downloadText(
      `tifa-${props.id}.csv`,
      toCsv(
        props.columns.map((c) => pick(lang, c.label)),
        props.rows.map((r) => props.columns.map((c) => c.value(r))),
      ),
      "text/csv;charset=utf-8",
    );

  return (
    <section
      aria-labelledby={headingId}
      data-testid={`frame-${props.id}`}
      className="flex min-w-0 flex-col rounded-lg border border-stone-200 bg-white p-3 shadow-sm dark:border-stone-700 dark:bg-stone-900"
    >
      <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {pick(lang, props.title)}
        </h2>
        {hasData && (
          <div className="flex gap-1">
            <button
              type="button"
              className={button}
              aria-pressed={showTable}
              onClick={() => setShowTable((v) => !v)}
              data-testid={`table-toggle-${props.id}`}
            >
              {pick(lang, showTable ? { zh: "图表", en: "Chart" } : { zh: "数据表", en: "Table" })}
            </button>
            {!showTable && (
              <button type="button" className={button} onClick={exportPng}>
                PNG
              </button>
            )}
            <button type="button" className={button} onClick={exportCsv}>
              CSV
            </button>
          </div>
        )}
      </header>
      {props.note}
      <ErrorBoundary resetKey={props.option}>
        {props.error ? (
          <ErrorNotice error={props.error} />
        ) : props.isLoading ? (
          <div style={{ height }}>
            <Loading />
          </div>
        ) : !hasData ? (
          <div style={{ height: Math.min(160, Number(height) || 160) }}>
            <Empty>{props.emptyAction}</Empty>
          </div>
        ) : showTable ? (
          <DataTable id={props.id} rows={props.rows} columns={props.columns} onRowClick={props.onRowClick} />
        ) : (
          <Chart
            option={props.option!}
            onEvents={props.onEvents}
            height={height}
            testId={`chart-${props.id}`}
            onInstance={(c) => (chart.current = c)}
          />
        )}
      </ErrorBoundary>
    </section>
  );
}
