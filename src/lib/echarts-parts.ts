/**
 * The ECharts parts the first map does not need, registered when a chart needs them
 * (`loadChartParts` in lib/echarts): they stay out of the bytes before the first map.
 */
import { BarChart, GraphChart, HeatmapChart, LineChart, LinesChart, ScatterChart } from "echarts/charts";
import {
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from "echarts/components";
import { use as register } from "echarts/core";
import { LegacyGridContainLabel } from "echarts/features";
import { SVGRenderer } from "echarts/renderers";

register([
  BarChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  LinesChart,
  ScatterChart,
  DataZoomInsideComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  SVGRenderer,
  // The builders keep axis labels inside the grid with `containLabel`, which ECharts 6 supports through this.
  LegacyGridContainLabel,
]);
