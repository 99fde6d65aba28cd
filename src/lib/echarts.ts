/** The one registry of ECharts parts: only what the views use is bundled. */
import * as echarts from "echarts/core";
import { BarChart, GraphChart, HeatmapChart, LineChart, MapChart } from "echarts/charts";
import {
  AriaComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from "echarts/components";
import { LegacyGridContainLabel } from "echarts/features";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";
import chinaGeoJson from "./map/china.json";

echarts.use([
  BarChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  MapChart,
  AriaComponent,
  DataZoomSliderComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
  // The builders keep axis labels inside the grid with `containLabel`, which ECharts 6 supports through this.
  LegacyGridContainLabel,
]);

// Registered as 'china' so ECharts adds the South China Sea inset. Bundled: nothing is fetched at run time.
// The GeoJSON comes from echarts 4.9.0 (Apache-2.0, see map/LICENSE-echarts-4.9.0).
echarts.registerMap("china", chinaGeoJson as Parameters<typeof echarts.registerMap>[1]);

export { echarts };
