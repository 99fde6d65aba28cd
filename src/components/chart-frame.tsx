/**
 * The frame every chart sits in: a title, loading/empty/error states, a data table with the
 * same numbers, and export as PNG, SVG and CSV, each carrying its title, filters, source and date. The chart has its own error boundary: a chart that
 * fails to draw leaves its frame, and every other chart, in place.
 */
import { useId, useRef, useState, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type { EChartsType } from "echarts/core";
import { pick, type Text } from "../lib/i18n";
import { useViewState } from "../lib/view-state";
import { countsQuery } from "../queries/reads";
import { loadChartParts } from "../lib/echarts";
import { chartPng, chartSvg, svgDocument } from "./chart-image";
import { csvHeaderLine, exportContext, imageHeader } from "./export-context";
import { useLang } from "../lib/use-lang";
import { useDark } from "../lib/use-dark";
import { Chart, type ChartEvents, type ChartOption } from "./chart";
import { ChartToolbar } from "./chart-toolbar";
import { download, downloadText, tableCsv } from "./csv";
import { ErrorBoundary } from "./error-boundary";
import { Empty, ErrorNotice, Loading } from "./states";
import { DataTable, type Column } from "./data-table";
import { CARD } from "./styles";

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

export function ChartFrame<Row>(props: ChartFrameProps<Row>) {
  const lang = useLang();
  const dark = useDark();
  const [showTable, setShowTable] = useState(false);
  const chart = useRef<EChartsType | null>(null);
  const headingId = useId();
  const height = props.height ?? 360;
  const option = props.rows.length > 0 ? props.option : null;

  const { state } = useViewState();
  const articles = useQuery(countsQuery()).data?.articles ?? null;
  const context = () => exportContext(pick(lang, props.title), state.filters, articles, new Date(), lang);

  const exportPng = async () => {
    if (!chart.current) return;
    download(`tifa-${props.id}.png`, await chartPng(chart.current, imageHeader(context(), lang), dark));
  };
  const exportSvg = async () => {
    const c = chart.current;
    if (!c) return;
    await loadChartParts();
    const svg = svgDocument(imageHeader(context(), lang), chartSvg(c, dark), c.getWidth(), c.getHeight(), dark);
    downloadText(`tifa-${props.id}.svg`, svg, "image/svg+xml");
  };
  const exportCsv = () => {
    const csv = tableCsv(props.columns, props.rows, lang, csvHeaderLine(context()));
    downloadText(`tifa-${props.id}.csv`, csv, "text/csv;charset=utf-8");
  };

  const body = props.error ? (
    <ErrorNotice error={props.error} />
  ) : props.isLoading ? (
    <div style={{ height }}>
      <Loading />
    </div>
  ) : option === null ? (
    <div style={{ height: Math.min(160, Number(height) || 160) }}>
      <Empty>{props.emptyAction}</Empty>
    </div>
  ) : showTable ? (
    <DataTable id={props.id} rows={props.rows} columns={props.columns} onRowClick={props.onRowClick} />
  ) : (
    <Chart
      option={option}
      onEvents={props.onEvents}
      height={height}
      testId={`chart-${props.id}`}
      onInstance={(c) => (chart.current = c)}
    />
  );

  return (
    <section
      aria-labelledby={headingId}
      data-testid={`frame-${props.id}`}
      className={`flex min-w-0 flex-col p-3 ${CARD}`}
    >
      <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {pick(lang, props.title)}
        </h2>
        {option !== null && (
          <ChartToolbar
            id={props.id}
            showTable={showTable}
            onToggleTable={() => setShowTable((v) => !v)}
            onPng={() => void exportPng()}
            onSvg={exportSvg}
            onCsv={exportCsv}
          />
        )}
      </header>
      {props.note}
      <ErrorBoundary resetKey={props.option}>{body}</ErrorBoundary>
    </section>
  );
}
